import { recordAnswers, viewInterview, type Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { Errors } from '../errors.ts';
import { AnswersAccepted, AnswersBody, AuthHeaders, ErrorBody, IdParams, QuestionsView } from '../schemas.ts';
import { loadOwnedRequest } from './request-access.ts';

const errorResponses = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));

/**
 * The brief interview, for the request's owner (bearer token or session, like the status route):
 * the questions with the answers given so far, and the answers. Answering, skipping (an empty list)
 * or `done` closes the interview and generation starts at once.
 */
export async function questionRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  app.get(
    '/api/requests/:id/questions',
    {
      schema: {
        tags: ['requests'],
        summary: 'The brief interview’s questions (at most 5, in the request’s language) with the answers given so far; empty when none were asked (owner only)',
        params: IdParams,
        headers: AuthHeaders,
        response: { 200: QuestionsView, ...errorResponses(400, 401, 403, 404, 410) },
      },
    },
    async (request) => {
      const { id } = request.params as Static<typeof IdParams>;
      await loadOwnedRequest(runtime, request, id);
      const view = await viewInterview(runtime.pipeline, id);
      return {
        questions: view.questions.map(({ id: questionId, kind, text, requirement, suggestion, answer }) => ({ id: questionId, kind, text, requirement, suggestion, answer })),
        open: view.open,
        answerBy: view.answerBy?.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/api/requests/:id/answers',
    {
      schema: {
        tags: ['requests'],
        summary:
          'Answer the brief interview’s questions (owner only): some, all, or none — an empty list skips them; done: true stops waiting. Sending an answer again replaces it (the same text changes nothing). Once every question is answered, skipped or done, generation starts at once. Answers cost no quota.',
        params: IdParams,
        headers: AuthHeaders,
        body: AnswersBody,
        response: { 202: AnswersAccepted, ...errorResponses(400, 401, 403, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as Static<typeof IdParams>;
      const { answers, done } = request.body as Static<typeof AnswersBody>;
      const row = await loadOwnedRequest(runtime, request, id);
      const result = await recordAnswers(runtime.pipeline, id, answers, done ?? false);
      if (result.ok) return reply.code(202).send({ answered: result.answered, remaining: result.remaining, open: result.open });
      switch (result.reason) {
        case 'no-interview':
          throw new Errors.NO_INTERVIEW(
            row.interview === 'ask' && (row.stage === 'received' || row.stage === 'extracting')
              ? `The questions about this request are not ready yet (it is "${row.stage}"). They arrive with the stage "clarifying": follow /api/requests/${id}/events or read /api/requests/${id}/questions again in a moment.`
              : 'No questions were asked about this request, so there is nothing to answer: it was sent without interview=ask, or its brief left nothing open.',
          );
        case 'closed':
          throw new Errors.INTERVIEW_CLOSED(result.stage);
        case 'unknown-question':
          throw new Errors.UNKNOWN_QUESTION(
            `${result.questionIds.length === 1 ? 'No question has the id' : 'No questions have the ids'} ${result.questionIds.map((q) => `"${q}"`).join(', ')}. This request's questions are ${result.known.join(', ')} (GET /api/requests/${id}/questions).`,
          );
        case 'repeated-question':
          throw new Errors.VALIDATION(`Answer each question once: ${result.questionIds.map((q) => `"${q}"`).join(', ')} appears more than once in answers.`);
        case 'empty-answer':
          throw new Errors.VALIDATION(`The answer to ${result.questionIds.map((q) => `"${q}"`).join(', ')} is blank. Write an answer, or leave the question out to skip it.`);
      }
    },
  );
}
