import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Delay before retry `attempt` (0-based): 2, 4, 8, 16, 32 s, then 32 s for ever, each with ±20 %
 * jitter so many processes restarting together do not hammer a recovering server in step.
 */
export function backoffDelayMs(attempt: number, baseMs = 2_000, capMs = 32_000, random: () => number = Math.random): number {
  const raw = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(raw * (0.8 + random() * 0.4));
}

/** Calls `fn` until it succeeds or `signal` aborts, waiting `backoffDelayMs` between tries. */
export async function retryForever<T>(
  fn: () => Promise<T>,
  options: { signal?: AbortSignal; baseMs?: number; capMs?: number; onRetry?: (error: unknown, attempt: number, delayMs: number) => void } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const delay = backoffDelayMs(attempt, options.baseMs, options.capMs);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay, undefined, options.signal ? { signal: options.signal } : undefined);
    }
  }
}
