/**
 * The brief interview: before generating, Statex asks the customer what the brief leaves open — a
 * business name, the services a booking form offers, the prices a pricing page shows, whether an app
 * or only its marketing site is wanted. Questions come from the terms being written: each names the
 * requirement it would settle. Answers become inputs (source `answer`); an unanswered question
 * becomes a stated assumption. The interview never blocks a request: it waits a bounded time.
 */

/** What a question is about. Chosen by the gap finder from the need kinds and the facts supplied. */
export const GAP_KINDS = [
  'business-name', 'services', 'staff', 'hours', 'address', 'prices', 'products', 'menu', 'events',
  'contact', 'scope', 'languages', 'contradiction', 'other',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** At most this many questions per request. */
export const MAX_QUESTIONS = 5;
/** One answer's length limit, in characters. */
export const ANSWER_MAX_CHARS = 2_000;

/** Whether the customer wants to be asked: `ask` waits for answers (bounded), `skip` generates at once. */
export const INTERVIEW_MODES = ['ask', 'skip'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export interface InterviewQuestion {
  /** `q1`…`q5`, stable for the request. */
  id: string;
  kind: GapKind;
  /** The question, in the request's language, one or two sentences. */
  text: string;
  /** The requirement it would settle (`R3`), or null when it concerns the whole brief (name, scope). */
  requirement: string | null;
  /** A suggested answer where one can be inferred, in the request's language; null otherwise. */
  suggestion: string | null;
}

export interface InterviewAnswer {
  questionId: string;
  text: string;
}

/** A question as the generator receives it: with the customer's answer, or null (then an assumption is made and stated). */
export interface AskedQuestion extends InterviewQuestion {
  answer: string | null;
}
