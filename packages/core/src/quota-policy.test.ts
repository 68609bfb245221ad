import { describe, expect, it } from 'vitest';
import { decideQuota, refundsQuota } from './quota-policy.ts';

const H = 3600_000;
const now = new Date('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('decideQuota', () => {
  it('allows under the limit and counts what remains', () => {
    expect(decideQuota([], 2, 24 * H, now)).toEqual({ allowed: true, remaining: 1 });
    expect(decideQuota([ago(H)], 2, 24 * H, now)).toEqual({ allowed: true, remaining: 0 });
  });

  it('refuses at the limit and says when the oldest counted request leaves the window', () => {
    const decision = decideQuota([ago(2 * H), ago(5 * H)], 2, 24 * H, now);
    expect(decision).toEqual({ allowed: false, retryAt: new Date(now.getTime() + 19 * H) });
  });

  it('ignores requests older than the window', () => {
    expect(decideQuota([ago(25 * H), ago(30 * H)], 2, 24 * H, now).allowed).toBe(true);
  });

  it('with more than the limit counted, waits until enough have left', () => {
    const decision = decideQuota([ago(1 * H), ago(2 * H), ago(3 * H)], 2, 24 * H, now);
    expect(decision).toEqual({ allowed: false, retryAt: new Date(now.getTime() + 22 * H) });
  });
});

describe('refundsQuota', () => {
  it('refunds failures on our side only, never those caused by the input', () => {
    expect(refundsQuota('platform')).toBe(true);
    expect(refundsQuota('input')).toBe(false);
  });
});
