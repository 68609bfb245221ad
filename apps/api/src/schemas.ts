import { ANSWER_MAX_CHARS, COMPLIANCE_MODES, GAP_KINDS, INTERVIEW_MODES, LOCALES, MAX_QUESTIONS, PRIVACY_MODES, REQUEST_ID_PATTERN, STAGES } from '@statex/core';
import Type from 'typebox';
import { PRIVACY_EXPLANATION } from '@statex/pipeline';

const literalUnion = <T extends string>(values: readonly T[]) => Type.Enum([...values]);

export const ErrorBody = Type.Object(
  { error: Type.Object({ code: Type.String(), message: Type.String() }) },
  { $id: 'ErrorBody', description: 'Every error: a stable code from the catalogue and a message for people' },
);

export const IdParams = Type.Object({ id: Type.String({ pattern: REQUEST_ID_PATTERN, description: '16 lowercase base32 characters' }) });

export const SubmissionFields = Type.Object({
  brief: Type.String({ minLength: 20, maxLength: 20_000, description: 'What the customer wants, in their words' }),
  email: Type.String({ format: 'email', description: 'Where to send the result' }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  locale: Type.Optional(literalUnion(LOCALES)),
  privacy: Type.Optional({ ...literalUnion(PRIVACY_MODES), description: PRIVACY_EXPLANATION }),
  compliance: Type.Optional(literalUnion(COMPLIANCE_MODES)),
  interview: Type.Optional({
    ...literalUnion(INTERVIEW_MODES),
    description:
      'ask: before generating, wait (up to CLARIFY_TIMEOUT, 30 min by default) for answers to at most 5 questions about what the brief leaves open (GET /api/requests/:id/questions, POST …/answers, also emailed); skip (default): generate at once',
  }),
  files: Type.Optional(Type.Array(Type.String({ format: 'binary' }), { maxItems: 10, description: 'txt, md, pdf, docx, png, jpeg, webp; 50 MB in all' })),
  voice: Type.Optional(Type.String({ format: 'binary', description: 'Audio: webm, ogg, mp3, wav, m4a, flac' })),
});

export const Links = Type.Object({
  self: Type.String(),
  events: Type.String(),
  terms: Type.String(),
  plan: Type.String(),
  modifications: Type.String(),
  prototype: Type.String(),
});

export const Accepted = Type.Object({
  id: Type.String(),
  token: Type.String({ description: 'Bearer token for this request; shown once' }),
  status: Type.Literal('received'),
  links: Links,
  confirmation: Type.Optional(
    Type.Literal('email-sent', { description: 'Generation waits until the link mailed to the email is opened (anonymous submissions when REQUIRE_EMAIL_CONFIRMATION is on)' }),
  ),
});

const StageName = literalUnion(STAGES);

export const RequestStatus = Type.Object({
  id: Type.String(),
  status: StageName,
  stage: StageName,
  version: Type.Integer(),
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  history: Type.Array(
    Type.Object({ stage: StageName, version: Type.Integer(), message: Type.String(), at: Type.String({ format: 'date-time' }) }),
  ),
  notices: Type.Array(Type.String()),
  documents: Type.Object({
    terms: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
    plan: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
    termsDiff: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
  }),
  prototype: Type.Union([
    Type.Object({ url: Type.String(), path: Type.String(), version: Type.Integer(), expiresAt: Type.String({ format: 'date-time' }) }),
    Type.Null(),
  ]),
  modificationsLeft: Type.Integer({ minimum: 0 }),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  links: Links,
  interview: Type.Union(
    [
      Type.Object({
        asked: Type.Integer({ minimum: 1, maximum: MAX_QUESTIONS }),
        answered: Type.Integer({ minimum: 0, maximum: MAX_QUESTIONS }),
        open: Type.Boolean({ description: 'Answers are taken now (the request waits in clarifying)' }),
        answerBy: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Until when answers are taken; null once closed' }),
      }),
      Type.Null(),
    ],
    { description: 'The brief interview, once questions were asked; null when none were (interview=skip, nothing open, or not yet)' },
  ),
});

const QuestionText = { description: 'In the request’s language' };

export const QuestionsView = Type.Object({
  questions: Type.Array(
    Type.Object({
      id: Type.String({ description: 'q1…q5' }),
      kind: literalUnion(GAP_KINDS),
      text: Type.String(QuestionText),
      requirement: Type.Union([Type.String(), Type.Null()], { description: 'The requirement it would settle (R3), or null for the whole brief' }),
      suggestion: Type.Union([Type.String(), Type.Null()], { description: 'A suggested answer, or null' }),
      answer: Type.Union([Type.String(), Type.Null()], { description: 'The answer given so far, or null' }),
    }),
    { maxItems: MAX_QUESTIONS, description: 'Empty when no questions were asked' },
  ),
  open: Type.Boolean({ description: 'Answers are taken now' }),
  answerBy: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Until when; null once closed' }),
});

export const AnswersBody = Type.Object(
  {
    answers: Type.Array(
      Type.Object(
        {
          questionId: Type.String({ minLength: 1, maxLength: 20, description: 'q1…q5, from GET /api/requests/:id/questions' }),
          text: Type.String({ minLength: 1, maxLength: ANSWER_MAX_CHARS, description: 'The answer, in your words' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_QUESTIONS, description: 'Some or all answers; an empty list skips the questions and generation starts at once' },
    ),
    done: Type.Optional(Type.Boolean({ description: 'true: no more answers; generation starts at once (unanswered questions become stated assumptions)' })),
  },
  { additionalProperties: false },
);

export const AnswersAccepted = Type.Object({
  answered: Type.Integer({ minimum: 0 }),
  remaining: Type.Integer({ minimum: 0 }),
  open: Type.Boolean({ description: 'false: the interview closed and generation started' }),
});

export const ModificationBody = Type.Object(
  { change: Type.String({ minLength: 5, maxLength: 5_000, description: 'The one change you want, in your words' }) },
  { additionalProperties: false },
);

export const ModificationAccepted = Type.Object({ id: Type.String(), status: Type.Literal('received'), version: Type.Integer(), modificationsLeft: Type.Integer() });

export const AuthHeaders = Type.Object({ authorization: Type.Optional(Type.String({ description: 'Bearer <token>' })) });
