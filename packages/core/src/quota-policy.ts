/**
 * Rolling-window quota: at most `limit` accepted requests in any `windowMs`. Given the times of the
 * requests still counted (not refunded), decide whether one more may be accepted now, and if not,
 * when the next one will be possible (the oldest counted request leaves the window).
 */
export type QuotaDecision = { allowed: true; remaining: number } | { allowed: false; retryAt: Date };

export function decideQuota(counted: readonly Date[], limit: number, windowMs: number, now: Date): QuotaDecision {
  const windowStart = now.getTime() - windowMs;
  const inWindow = counted.map((d) => d.getTime()).filter((t) => t > windowStart).sort((a, b) => a - b);
  if (inWindow.length < limit) return { allowed: true, remaining: limit - inWindow.length - 1 };
  // The (n - limit + 1)-th oldest must leave before a slot frees up.
  const mustLeave = inWindow[inWindow.length - limit] as number;
  return { allowed: false, retryAt: new Date(mustLeave + windowMs) };
}

/**
 * Why a request failed: `input` — the customer's own brief or files (limits passed, damaged or
 * hostile files, nothing readable); `platform` — our side (a bug, an outage, attempts exhausted).
 */
export type FailureCause = 'input' | 'platform';
export const FAILURE_CAUSES: readonly FailureCause[] = ['input', 'platform'];

/**
 * Whether a failed request gives its quota back. Only failures on our side do: a request that fails
 * because of what it sent keeps its unit, or one address could repeat a hostile upload for ever.
 */
export function refundsQuota(cause: FailureCause): boolean {
  return cause === 'platform';
}
