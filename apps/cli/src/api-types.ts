import type { Stage } from '@statex/core';

/** The parts of the API's answers (apps/api/src/schemas.ts) the CLI reads. */
export interface Links {
  self: string;
  events: string;
  terms: string;
  plan: string;
  modifications: string;
  prototype: string;
}

export interface Accepted {
  id: string;
  token: string;
  status: 'received';
  links: Links;
}

export interface DocumentRef {
  url: string;
  version: number;
  producedBy: string;
}

export interface RequestStatus {
  id: string;
  stage: Stage;
  version: number;
  progress: number;
  history: { stage: Stage; version: number; message: string; at: string }[];
  notices: string[];
  documents: { terms: DocumentRef | null; plan: DocumentRef | null; termsDiff: DocumentRef | null };
  prototype: { url: string; path: string; version: number; expiresAt: string } | null;
  modificationsLeft: number;
  failureReason: string | null;
  expiresAt: string | null;
  links: Links;
  /** The brief interview (issue 19), null when none was held; absent from servers that predate it. */
  interview?: InterviewSummary | null;
}

/** `GET /api/requests/:id` → `interview`: how far the brief interview is. */
export interface InterviewSummary {
  asked: number;
  answered: number;
  /** Whether answers are still taken (the request waits in `clarifying`). */
  open: boolean;
  /** Until when the request waits for answers, or null once it stopped waiting. */
  answerBy: string | null;
}

/** One question of `GET /api/requests/:id/questions`, in the request's language. */
export interface InterviewQuestionView {
  /** `q1`…`q5`. */
  id: string;
  text: string;
  /** The requirement it would settle (`R3`), or null when it concerns the whole brief. */
  requirement: string | null;
  /** A suggested answer, or null. */
  suggestion: string | null;
  /** The answer already given (on the status page, by another `statex answer`…), or null. */
  answer: string | null;
}

export interface QuestionsView {
  questions: InterviewQuestionView[];
  open: boolean;
  answerBy: string | null;
}

/** `POST /api/requests/:id/answers` → 202. */
export interface AnswersAccepted {
  answered: number;
  remaining: number;
  open: boolean;
}

export interface ModificationAccepted {
  id: string;
  status: 'received';
  version: number;
  modificationsLeft: number;
}

export type DocumentKind = 'terms' | 'plan' | 'terms-diff';

/** One entry of `GET /api/requests/:id/events`, or a history entry seen while polling. */
export interface RequestEvent {
  type: 'stage' | 'notice';
  stage: Stage;
  version: number;
  message: string;
  at: string;
}
