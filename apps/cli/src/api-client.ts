import type { InterviewAnswer } from '@statex/core';
import type { Accepted, AnswersAccepted, DocumentKind, ModificationAccepted, QuestionsView, RequestStatus } from './api-types.ts';
import { ApiError, UnreachableError } from './cli-errors.ts';

/** Talks to the Statex API over HTTP; every failure becomes an ApiError or UnreachableError. */
export class StatexClient {
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async submit(form: FormData): Promise<Accepted> {
    const res = await this.call('/api/requests', { method: 'POST', body: form });
    return (await res.json()) as Accepted;
  }

  async status(id: string, token: string): Promise<RequestStatus> {
    const res = await this.call(`/api/requests/${id}`, { headers: bearer(token) });
    return (await res.json()) as RequestStatus;
  }

  async document(id: string, token: string, kind: DocumentKind, version: number): Promise<string> {
    const res = await this.call(`/api/requests/${id}/documents/${kind}?version=${version}`, { headers: bearer(token) });
    return res.text();
  }

  async modify(id: string, token: string, change: string): Promise<ModificationAccepted> {
    const res = await this.call(`/api/requests/${id}/modifications`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ change }),
    });
    return (await res.json()) as ModificationAccepted;
  }

  /** The brief interview's questions, with the answers given so far. */
  async questions(id: string, token: string): Promise<QuestionsView> {
    const res = await this.call(`/api/requests/${id}/questions`, { headers: bearer(token) });
    return (await res.json()) as QuestionsView;
  }

  /**
   * Sends answers; an empty list skips the interview. `done` ends the wait so generation starts.
   * Once the request has moved past `clarifying` the API answers 409 (an ApiError with status 409).
   */
  async answer(id: string, token: string, answers: InterviewAnswer[], done: boolean): Promise<AnswersAccepted> {
    const res = await this.call(`/api/requests/${id}/answers`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ answers, done }),
    });
    return (await res.json()) as AnswersAccepted;
  }

  /** Opens the Server-Sent Events stream; the caller reads `body` and aborts `signal` to close it. */
  async events(id: string, token: string, signal: AbortSignal): Promise<Response> {
    return this.call(`/api/requests/${id}/events`, { headers: { ...bearer(token), accept: 'text/event-stream' }, signal });
  }

  /**
   * The web app's status page, where the questions can be answered too (the shape of
   * packages/email's statusPageUrl): the token rides in the fragment, so no server log sees it.
   */
  statusPage(id: string, token: string, locale: string): string {
    return `${this.baseUrl}/${locale}/status?id=${encodeURIComponent(id)}#token=${encodeURIComponent(token)}`;
  }

  /** The full URL of a path the API answered with (e.g. the prototype's `/p/<id>/`). */
  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(this.url(path), init);
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw unreachable(error, this.baseUrl);
    }
    if (!res.ok) throw await apiErrorFrom(res);
    return res;
  }
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

async function apiErrorFrom(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  const retryAfter = retryAfterSeconds(res.headers.get('retry-after'));
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string' && typeof body.error.message === 'string') {
      return new ApiError(res.status, body.error.code, body.error.message, retryAfter);
    }
  } catch {
    // Not the API's JSON: a proxy or something else answered; show what came back.
  }
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return new ApiError(res.status, `HTTP_${res.status}`, snippet || res.statusText || 'unexpected answer', retryAfter);
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** fetch reports network failures as `TypeError('fetch failed')` with the system error as cause. */
function unreachable(error: unknown, baseUrl: string): UnreachableError {
  const codes = networkCodes(error);
  if (codes.includes('ECONNREFUSED')) return new UnreachableError(`Statex is not running at ${baseUrl} — start it with \`npm start\``);
  const detail = codes[0] ?? (error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error));
  return new UnreachableError(`Could not reach Statex at ${baseUrl} (${detail}). Check the address (--api or STATEX_API_URL) and your network.`);
}

function networkCodes(error: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 4) return;
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const e of errors) visit(e, depth + 1);
  };
  visit(error, 0);
  return codes;
}
