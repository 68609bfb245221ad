import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BreakerRegistry, isBrokenCircuit } from './dependency-breakers.ts';
import { backoffDelayMs, retryForever } from './retry-backoff.ts';

describe('dependency breakers', () => {
  it('opens after N consecutive failures, fails fast while open, half-opens and closes on success', async () => {
    const registry = new BreakerRegistry();
    const smtp = registry.get('smtp', { threshold: 3, halfOpenAfterMs: 150 });
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error('connection refused');
    };
    for (let i = 0; i < 3; i += 1) await expect(smtp.execute(failing)).rejects.toThrow('connection refused');
    expect(smtp.snapshot()).toMatchObject({ name: 'smtp', state: 'open', consecutiveFailures: 3, failures: 3, lastError: 'connection refused' });
    expect(smtp.snapshot().halfOpensAt).not.toBeNull();
    const fast = await smtp.execute(failing).catch((e: unknown) => e);
    expect(isBrokenCircuit(fast)).toBe(true);
    expect(calls).toBe(3);
    await sleep(200);
    await expect(smtp.execute(async () => 'ok')).resolves.toBe('ok');
    expect(smtp.snapshot()).toMatchObject({ state: 'closed', consecutiveFailures: 0, successes: 1 });
    expect(registry.snapshot().map((s) => s.name)).toEqual(['smtp']);
  });
});

describe('retry backoff', () => {
  it('doubles from 2 s to a 32 s cap with ±20 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => backoffDelayMs(a, 2_000, 32_000, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 32_000, 32_000]);
    expect(backoffDelayMs(0, 2_000, 32_000, () => 0)).toBe(1_600);
    expect(backoffDelayMs(0, 2_000, 32_000, () => 1)).toBe(2_400);
  });

  it('retries until success', async () => {
    let tries = 0;
    const retries: number[] = [];
    const value = await retryForever(
      async () => {
        tries += 1;
        if (tries < 3) throw new Error('not yet');
        return 42;
      },
      { baseMs: 5, capMs: 20, onRetry: (_e, attempt) => retries.push(attempt) },
    );
    expect(value).toBe(42);
    expect(retries).toEqual([0, 1]);
  });
});
