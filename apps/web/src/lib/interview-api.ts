import type { InterviewAnswer } from '@statex/core';
import { sessionWrite } from './session-api';

/** The status route's summary of the brief interview (`interview` in `GET /api/requests/:id`). */
export interface InterviewSummary {
  asked: number;
  answered: number;
  open: boolean;
  answerBy: string | null;
}

/** One question as `GET /api/requests/:id/questions` lists it, with the answer given so far. */
export interface PanelQuestion {
  id: string;
  text: string;
  requirement: string | null;
  suggestion: string | null;
  answer: string | null;
}

export interface QuestionsView {
  questions: PanelQuestion[];
  open: boolean;
  answerBy: string | null;
}

/** The request and how its owner reaches it: the status link's token, or (empty token) the session cookie. */
export interface RequestAuth {
  id: string;
  token: string;
}

export type SendOutcome =
  | { kind: 'accepted'; answered: number; remaining: number; open: boolean }
  /** 409: the stage has passed (answered already, or the wait ran out). */
  | { kind: 'closed'; message: string }
  | { kind: 'error'; message: string };

type Fetch = typeof fetch;

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Questions as the panel uses them, from the questions route or the `clarifying` stage event (which
 * carries no answers): every field present, a missing answer is "not answered", malformed entries dropped.
 */
export function toPanelQuestions(raw: unknown): PanelQuestion[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((q): q is Record<string, unknown> => typeof q === 'object' && q !== null && typeof q.id === 'string' && typeof q.text === 'string')
    .map((q) => ({ id: q.id as string, text: q.text as string, requirement: textOrNull(q.requirement), suggestion: textOrNull(q.suggestion), answer: textOrNull(q.answer) }));
}

const questionsUrl = (auth: RequestAuth) => `/api/requests/${encodeURIComponent(auth.id)}/questions`;
const answersUrl = (auth: RequestAuth) => `/api/requests/${encodeURIComponent(auth.id)}/answers`;

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? String(response.status);
}

/** The questions asked for a request, or throws with the API's message. */
export async function loadQuestions(auth: RequestAuth, fetchImpl: Fetch = fetch): Promise<QuestionsView> {
  const response = await fetchImpl(questionsUrl(auth), { headers: auth.token ? { authorization: `Bearer ${auth.token}` } : {}, credentials: 'same-origin' });
  if (!response.ok) throw new Error(await errorMessage(response));
  const body = (await response.json()) as { questions?: unknown; open?: unknown; answerBy?: unknown };
  return { questions: toPanelQuestions(body.questions), open: body.open === true, answerBy: textOrNull(body.answerBy) };
}

/**
 * Sends the answers and closes the interview (`done: true`): an empty list skips the questions.
 * Network failures are answered as an error outcome, never thrown, so the panel always says what happened.
 */
export async function sendAnswers(auth: RequestAuth, answers: InterviewAnswer[], fetchImpl: Fetch = fetch, write = sessionWrite): Promise<SendOutcome> {
  const body = { answers, done: true };
  let response: Response;
  try {
    response = auth.token
      ? await fetchImpl(answersUrl(auth), { method: 'POST', headers: { authorization: `Bearer ${auth.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      : await write('POST', answersUrl(auth), body);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 409) return { kind: 'closed', message: await errorMessage(response) };
  if (!response.ok) return { kind: 'error', message: await errorMessage(response) };
  const result = (await response.json().catch(() => ({}))) as { answered?: number; remaining?: number; open?: boolean };
  return { kind: 'accepted', answered: result.answered ?? answers.length, remaining: result.remaining ?? 0, open: result.open === true };
}
