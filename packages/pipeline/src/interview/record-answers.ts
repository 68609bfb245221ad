import type { InterviewAnswer } from '@statex/core';
import { requests, type Tx } from '@statex/db';
import { eq, sql } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { questionsOf, storeAnswer, type StoredQuestion } from './interview-questions.ts';

export type AnswersResult =
  | { ok: true; answered: number; remaining: number; open: boolean }
  /** `no-interview`: nothing was asked (yet, or at all); `closed`: the interview is over (the request went on). */
  | { ok: false; reason: 'no-interview' | 'closed'; stage: string }
  | { ok: false; reason: 'unknown-question' | 'repeated-question' | 'empty-answer'; questionIds: string[]; known: string[] };

/** The interview's state as the owner sees it. */
export interface InterviewView {
  questions: StoredQuestion[];
  open: boolean;
  answerBy: Date | null;
}

async function lockInterview(tx: Tx, requestId: string): Promise<{ stage: string; open: boolean; clarifyUntil: Date | null } | null> {
  const [row] = await tx
    .select({ stage: requests.stage, clarifyUntil: requests.clarifyUntil, open: sql<boolean>`(${requests.stage} = 'clarifying' and ${requests.clarifyUntil} > now())` })
    .from(requests)
    .where(eq(requests.id, requestId))
    .for('update');
  return row ? { ...row, open: row.open === true || (row.open as unknown) === 't' } : null;
}

/** The request's questions with their answers, whether answers are still taken, and until when. */
export async function viewInterview(ctx: PipelineContext, requestId: string): Promise<InterviewView> {
  const [row] = await ctx.db
    .select({ clarifyUntil: requests.clarifyUntil, open: sql<boolean>`(${requests.stage} = 'clarifying' and ${requests.clarifyUntil} > now())` })
    .from(requests)
    .where(eq(requests.id, requestId));
  const questions = await questionsOf(ctx.db, ctx.vault, requestId);
  const open = row?.open === true && questions.length > 0;
  return { questions, open, answerBy: open ? (row?.clarifyUntil ?? null) : null };
}

/**
 * Records the customer's answers while the interview is open: each replaces the question's earlier
 * answer (the same text again changes nothing). The interview closes — and the request is dispatched
 * to generate at once — when every question is answered, when `done` is set, or when `answers` is
 * empty (the customer skips). Unknown or repeated question ids, or a blank answer, refuse the whole
 * call and store nothing. Answers never touch the quota.
 */
export async function recordAnswers(ctx: PipelineContext, requestId: string, answers: InterviewAnswer[], done = false): Promise<AnswersResult> {
  const outcome = await ctx.db.transaction(async (tx): Promise<{ result: AnswersResult; dispatch: number | null; changed: boolean }> => {
    // The row lock orders this against another call and against the worker leaving the stage.
    const state = await lockInterview(tx, requestId);
    const questions = state ? await questionsOf(tx, ctx.vault, requestId) : [];
    if (!state || questions.length === 0) return { result: { ok: false, reason: 'no-interview', stage: state?.stage ?? 'unknown' }, dispatch: null, changed: false };
    if (!state.open) return { result: { ok: false, reason: 'closed', stage: state.stage }, dispatch: null, changed: false };
    const known = questions.map((q) => q.id);
    const refuse = (reason: 'unknown-question' | 'repeated-question' | 'empty-answer', ids: string[]) => ({
      result: { ok: false as const, reason, questionIds: [...new Set(ids)], known },
      dispatch: null,
      changed: false,
    });
    const unknown = answers.filter((a) => !known.includes(a.questionId)).map((a) => a.questionId);
    if (unknown.length > 0) return refuse('unknown-question', unknown);
    const repeated = answers.filter((a, i) => answers.findIndex((b) => b.questionId === a.questionId) !== i).map((a) => a.questionId);
    if (repeated.length > 0) return refuse('repeated-question', repeated);
    const blank = answers.filter((a) => a.text.trim() === '').map((a) => a.questionId);
    if (blank.length > 0) return refuse('empty-answer', blank);
    const now = new Date();
    let changed = false;
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const { questionId, text } of answers) {
      const question = byId.get(questionId) as StoredQuestion;
      const answer = text.trim();
      if (question.answer === answer) continue;
      await storeAnswer(tx, ctx.vault, requestId, questionId, answer, now);
      byId.set(questionId, { ...question, answer });
      changed = true;
    }
    const answered = [...byId.values()].filter((q) => q.answer !== null).length;
    const remaining = questions.length - answered;
    if (answers.length > 0 && !done && remaining > 0) return { result: { ok: true, answered, remaining, open: true }, dispatch: null, changed };
    // Closed: the deadline becomes now, so the reconciler would also pick it up should this dispatch be lost.
    const [closed] = await tx
      .update(requests)
      .set({ clarifyUntil: sql`now()`, updatedAt: sql`now()`, dispatchCount: sql`${requests.dispatchCount} + 1` })
      .where(eq(requests.id, requestId))
      .returning({ dispatchCount: requests.dispatchCount });
    return { result: { ok: true, answered, remaining, open: false }, dispatch: closed?.dispatchCount ?? null, changed: true };
  });
  if (outcome.dispatch !== null) {
    await ctx.dispatch(requestId, outcome.dispatch);
    ctx.log.info({ requestId, answered: outcome.result.ok ? outcome.result.answered : 0 }, 'brief interview closed; generating');
  }
  // The status (answered count, open) changed: cached views and event streams read again.
  if (outcome.changed) await ctx.events.signal(requestId);
  return outcome.result;
}
