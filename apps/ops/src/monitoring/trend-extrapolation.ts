/** A point of a series: when (ms since the epoch) and how much. */
export interface Point {
  atMs: number;
  value: number;
}

export interface Trend {
  /** Change per hour (least-squares slope). */
  slopePerHour: number;
  /** Hours until the fitted line reaches `limit`; null when it moves away from it or is flat. */
  hoursToLimit: number | null;
}

/**
 * Least-squares line through the points and when it crosses `limit`: "disk full in N h"
 * (used bytes rising towards capacity), "queue drains in N min" (depth falling towards 0).
 * Needs at least `minPoints` spanning a moment of time; otherwise null.
 */
export function extrapolate(points: Point[], limit: number, minPoints = 5): Trend | null {
  if (points.length < minPoints) return null;
  const t0 = points[0]!.atMs;
  const xs = points.map((p) => (p.atMs - t0) / 3_600_000);
  const ys = points.map((p) => p.value);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const nowX = xs[n - 1]!;
  const nowFitted = intercept + slope * nowX;
  const gap = limit - nowFitted;
  const hoursToLimit = slope === 0 || Math.sign(gap) !== Math.sign(slope) ? (gap === 0 ? 0 : null) : gap / slope;
  return { slopePerHour: slope, hoursToLimit };
}

/** Human wording for a number of hours: "45 min", "3.2 h", "2.5 days". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}
