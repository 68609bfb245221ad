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
