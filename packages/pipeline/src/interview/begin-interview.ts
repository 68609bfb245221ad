import { MAX_QUESTIONS, type InterviewQuestion } from '@statex/core';
import type { Generator } from '@statex/ai';
import { notifications } from '@statex/db';
import { sql } from 'drizzle-orm';
import { stageText } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestRow } from '../request-repository.ts';
import { buildGeneratorInput } from '../stages/generator-input.ts';
import { questionCounts, sealQuestionsForEvent, storeQuestions } from './interview-questions.ts';

/**
 * The questions to ask before generating, or none: only the first version of a request whose
 * customer asked to be asked (`interview=ask`), with CLARIFY_TIMEOUT above 0, a generator that asks,
 * and no interview held before (an operator's re-run uses the answers already given). A generator
 * that fails to ask is logged and passed over: the interview never fails a request.
 */
export async function questionsToAsk(ctx: PipelineContext, generator: Generator, request: RequestRow, signal: AbortSignal): Promise<InterviewQuestion[]> {
  if (request.interview !== 'ask' || ctx.config.interview.clarifyTimeoutMs <= 0 || request.version !== 1 || !generator.askQuestions) return [];
  if ((await questionCounts(ctx.db, request.id)).asked > 0) return [];
  const input = await buildGeneratorInput(ctx, request);
  let asked: InterviewQuestion[];
  try {
    asked = await generator.askQuestions(input, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    ctx.log.warn({ err: error, requestId: request.id }, 'the brief interview could not find its questions; generating without them');
    return [];
  }
  return asked
    .filter((q) => q.text.trim().length > 0)
    .slice(0, MAX_QUESTIONS)
    .map((q, i) => ({ ...q, id: `q${i + 1}`, text: q.text.trim(), suggestion: q.suggestion?.trim() || null }));
}

/**
 * `extracting` → `clarifying` for `owner`, in one transaction: the questions stored (sealed), the
 * deadline set (now + CLARIFY_TIMEOUT, by the database's clock, which every check reads), the stage
 * event carrying the questions (sealed; opened for the event stream) and the questions email queued.
 * False when the lease was lost.
 */
export async function beginInterview(ctx: PipelineContext, request: RequestRow, owner: string, questions: InterviewQuestion[]): Promise<boolean> {
  const seconds = ctx.config.interview.clarifyTimeoutMs / 1000;
  return ctx.db.transaction(async (tx) => {
    const sealed = await sealQuestionsForEvent(tx, ctx.vault, request.id, questions);
    const moved = await ctx.repo.advance(
      tx,
      request.id,
      owner,
      'extracting',
      'clarifying',
      request.version,
      stageText(request.locale, 'clarifying'),
      { clarifyUntil: sql`now() + make_interval(secs => ${seconds})` },
      { questions: sealed },
    );
    if (!moved) return false;
    await storeQuestions(tx, ctx.vault, request.id, questions);
    await tx.insert(notifications).values({ requestId: request.id, kind: 'questions', version: request.version }).onConflictDoNothing();
    return true;
  });
}
