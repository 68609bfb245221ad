import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelayMs } from '@statex/resilience';
import { ProviderError } from './provider-error.ts';

export interface RetryPolicy {
  retries: number;
  baseMs: number;
  /** A server asking us to wait longer than this is given up on: the next tier is faster. */
  maxWaitMs: number;
  /** Injected in tests to record the waits instead of sleeping them. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  onRetry?: (error: ProviderError, attempt: number, delayMs: number) => void;
}

/**
 * Calls `fn` again after retryable failures (408, 429, 5xx, network, timeout), waiting the
 * server's Retry-After when it sent one, else exponential backoff with ±20 % jitter.
 * Anything else (400, 401, 403, invalid answers) is thrown at once.
 */
export async function retryModelCall<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  const wait = policy.wait ?? ((ms: number, s?: AbortSignal) => sleep(ms, undefined, s ? { signal: s } : undefined));
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(error instanceof ProviderError) || !error.retryable || attempt >= policy.retries || signal?.aborted) throw error;
      const delay = error.retryAfterMs ?? backoffDelayMs(attempt, policy.baseMs, policy.baseMs * 16, policy.random);
      if (delay > policy.maxWaitMs) throw error;
      policy.onRetry?.(error, attempt, delay);
      await wait(delay, signal);
    }
  }
}
