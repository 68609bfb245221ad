import { MAX_QUESTIONS, type AskedQuestion, type GapKind, type InterviewQuestion } from '@statex/core';
import { requestQuestions, type Db, type Tx } from '@statex/db';
import { asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { PersonalDataVault } from '../privacy/personal-data-vault.ts';

/** A stored question with the customer's answer (null until answered). */
export type StoredQuestion = AskedQuestion & { answeredAt: Date | null };

const field = (questionId: string, part: 'text' | 'suggestion' | 'answer') => `question:${questionId}:${part}`;

/**
 * Stores the interview's questions (at most MAX_QUESTIONS, renumbered `q1`… in order) with their
 * texts sealed by the request's key, in the caller's transaction. Returns them as stored.
 */
export async function storeQuestions(tx: Db | Tx, vault: PersonalDataVault, requestId: string, questions: InterviewQuestion[]): Promise<InterviewQuestion[]> {
  const kept = questions.slice(0, MAX_QUESTIONS).map((q, i) => ({ ...q, id: `q${i + 1}` }));
  if (kept.length === 0) return [];
  const rows = await Promise.all(
    kept.map(async (q, position) => ({
      requestId,
      questionId: q.id,
      position,
      kind: q.kind,
      text: (await vault.seal(tx, requestId, 'request', field(q.id, 'text'), q.text)) as string,
      requirement: q.requirement,
      suggestion: await vault.seal(tx, requestId, 'request', field(q.id, 'suggestion'), q.suggestion),
    })),
  );
  await tx.insert(requestQuestions).values(rows).onConflictDoNothing();
  return kept;
}

/** The request's questions, in order, opened (texts '' and answers null once the request's key is gone). */
export async function questionsOf(db: Db | Tx, vault: PersonalDataVault, requestId: string): Promise<StoredQuestion[]> {
  const rows = await db.select().from(requestQuestions).where(eq(requestQuestions.requestId, requestId)).orderBy(asc(requestQuestions.position));
  return Promise.all(
    rows.map(async (r) => ({
      id: r.questionId,
      kind: r.kind as GapKind,
      text: (await vault.open(db, requestId, 'request', field(r.questionId, 'text'), r.text)) ?? '',
      requirement: r.requirement,
      suggestion: await vault.open(db, requestId, 'request', field(r.questionId, 'suggestion'), r.suggestion),
      answer: await vault.open(db, requestId, 'request', field(r.questionId, 'answer'), r.answer),
      answeredAt: r.answeredAt,
    })),
  );
}

/** How many questions were asked and answered (no texts opened). */
export async function questionCounts(db: Db | Tx, requestId: string): Promise<{ asked: number; answered: number }> {
  const [row] = await db
    .select({ asked: count(), answered: sql<number>`count(*) filter (where ${isNotNull(requestQuestions.answer)})`.mapWith(Number) })
    .from(requestQuestions)
    .where(eq(requestQuestions.requestId, requestId));
  return { asked: row?.asked ?? 0, answered: row?.answered ?? 0 };
}

/** Seals and stores one answer (replacing an earlier one). */
export async function storeAnswer(tx: Tx, vault: PersonalDataVault, requestId: string, questionId: string, text: string, at: Date): Promise<void> {
  const answer = await vault.seal(tx, requestId, 'request', field(questionId, 'answer'), text);
  await tx
    .update(requestQuestions)
    .set({ answer, answeredAt: at })
    .where(sql`${requestQuestions.requestId} = ${requestId} and ${requestQuestions.questionId} = ${questionId}`);
}

/** The questions as the event stream carries them: sealed like the documents' streamed text. */
export async function sealQuestionsForEvent(tx: Db | Tx, vault: PersonalDataVault, requestId: string, questions: InterviewQuestion[]): Promise<string> {
  const payload = questions.map(({ id, kind, text, requirement, suggestion }) => ({ id, kind, text, requirement, suggestion }));
  return (await vault.seal(tx, requestId, 'request', 'event:questions', JSON.stringify(payload))) as string;
}

export async function openQuestionsOfEvent(db: Db | Tx, vault: PersonalDataVault, requestId: string, sealed: string): Promise<InterviewQuestion[] | null> {
  const opened = await vault.open(db, requestId, 'request', 'event:questions', sealed);
  return opened ? (JSON.parse(opened) as InterviewQuestion[]) : null;
}
