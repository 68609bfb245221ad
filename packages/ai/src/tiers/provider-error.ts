import { APIError, APIConnectionError, APIConnectionTimeoutError } from 'openai';

export type ProviderFailure = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-answer' | 'budget' | 'circuit-open';

/**
 * A model call that failed, classified once: whether a retry may help (408, 429, 5xx, network,
 * timeout — never 400/401/403), and how long the server asked us to wait.
 */
export class ProviderError extends Error {
  readonly tier: string;
  readonly failure: ProviderFailure;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;

  constructor(tier: string, failure: ProviderFailure, message: string, options: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {}) {
    super(`${tier}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProviderError';
    this.tier = tier;
    this.failure = failure;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.retryable = failure === 'network' || failure === 'timeout' || (failure === 'http' && isRetryableStatus(this.status));
  }
}

export function isRetryableStatus(status: number | null): boolean {
  return status === 408 || status === 429 || (status !== null && status >= 500);
}

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Turns whatever a client threw into a ProviderError (an abort by the caller is passed through). */
export function toProviderError(tier: string, error: unknown, timedOut: boolean): unknown {
  if (error instanceof ProviderError) return error;
  if (timedOut || error instanceof APIConnectionTimeoutError) return new ProviderError(tier, 'timeout', 'the model did not answer in time', { cause: error });
  if (error instanceof APIError && typeof error.status === 'number') {
    const retryAfter = error.headers?.get('retry-after-ms') ? Number(error.headers.get('retry-after-ms')) : parseRetryAfter(error.headers?.get('retry-after'));
    return new ProviderError(tier, 'http', `HTTP ${error.status}`, { status: error.status, retryAfterMs: retryAfter, cause: error });
  }
  if (error instanceof APIConnectionError) return new ProviderError(tier, 'network', 'could not reach the server', { cause: error });
  const status = (error as { status_code?: unknown })?.status_code;
  if (typeof status === 'number') {
    const retryAfter = (error as { retryAfterMs?: number | null }).retryAfterMs ?? null;
    return new ProviderError(tier, 'http', `HTTP ${status}`, { status, retryAfterMs: retryAfter, cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (error instanceof TypeError || (error as { code?: string })?.code?.startsWith?.('E')) {
    return new ProviderError(tier, 'network', error instanceof Error ? error.message : 'network error', { cause: error });
  }
  return error;
}
