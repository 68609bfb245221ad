import type { ModelSpec, ModelState } from './forecast-model.ts';
import { logistic, logit, nelderMead } from './nelder-mead.ts';
import type { SeriesClock } from './series-clock.ts';

export interface HoltWintersParams {
  /** Level, daily-season and weekly-season smoothing, and the AR(1) weight of the last error. */
  alpha: number;
  delta: number;
  omega: number;
  phi: number;
}

/**
 * Taylor's double-seasonal Holt–Winters (additive in log space, no trend) with the AR(1)
 * adjustment of the one-step error (Taylor 2003, "Short-term electricity demand forecasting
 * using double seasonal exponential smoothing"). Periods: one day and one week of intervals.
 */
export const holtWintersDouble: ModelSpec<HoltWintersParams> = {
  name: 'holt-winters-double',
  minHistory: (clock) => clock.intervalsPerWeek + clock.intervalsPerDay,
  fitParams(z, firstIndex, clock) {
    const toParams = (u: number[]): HoltWintersParams => ({
      alpha: logistic(u[0] ?? 0),
      delta: logistic(u[1] ?? 0),
      omega: logistic(u[2] ?? 0),
      phi: logistic(u[3] ?? 0),
    });
    const objective = (u: number[]) => run(z, firstIndex, clock, toParams(u)).sse;
    const { x } = nelderMead(objective, [logit(0.05), logit(0.1), logit(0.1), logit(0.5)], { step: 1, maxIterations: 250 });
    return toParams(x);
  },
  build: (z, firstIndex, clock, params) => run(z, firstIndex, clock, params).state,
};

function run(z: Float64Array, firstIndex: number, clock: SeriesClock, p: HoltWintersParams): { sse: number; state: ModelState } {
  const m1 = clock.intervalsPerDay;
  const m2 = clock.intervalsPerWeek;
  if (z.length < m2) throw new RangeError(`holt-winters-double needs at least ${m2} observations, got ${z.length}`);
  // Initial state from the first week: level = its mean, daily profile = mean deviation of each
  // slot from its day's mean, weekly = each day's offset from the week (intra-day weekly
  // differences are learned by ω rather than copied from one noisy week).
  let level = 0;
  for (let i = 0; i < m2; i++) level += z[i]! / m2;
  const daily = new Float64Array(m1);
  const weekly = new Float64Array(m2);
  for (let day = 0; day < 7; day++) {
    let mean = 0;
    for (let j = 0; j < m1; j++) mean += z[day * m1 + j]! / m1;
    for (let j = 0; j < m1; j++) {
      daily[j]! += (z[day * m1 + j]! - mean) / 7;
      weekly[day * m1 + j] = mean - level;
    }
  }
  // Seasonal slots are indexed by global interval index so that a state built on a later window
  // lines up with the same slots.
  const slot1 = (i: number) => ((i % m1) + m1) % m1;
  const slot2 = (i: number) => ((i % m2) + m2) % m2;
  const d = new Float64Array(m1);
  const w = new Float64Array(m2);
  for (let j = 0; j < m1; j++) d[slot1(firstIndex + j)] = daily[j]!;
  for (let j = 0; j < m2; j++) w[slot2(firstIndex + j)] = weekly[j]!;
  let lastError = 0;
  let next = firstIndex;
  let sse = 0;
  const observe = (value: number) => {
    const s1 = slot1(next);
    const s2 = slot2(next);
    const base = level + d[s1]! + w[s2]!;
    const error = value - base;
    const adjusted = error - p.phi * lastError;
    if (next - firstIndex >= m1) sse += adjusted * adjusted;
    const newLevel = p.alpha * (value - d[s1]! - w[s2]!) + (1 - p.alpha) * level;
    const oldDaily = d[s1]!;
    d[s1] = p.delta * (value - newLevel - w[s2]!) + (1 - p.delta) * oldDaily;
    w[s2] = p.omega * (value - newLevel - oldDaily) + (1 - p.omega) * w[s2]!;
    level = newLevel;
    lastError = error;
    next += 1;
  };
  for (const value of z) observe(value);
  const state: ModelState = {
    get nextIndex() {
      return next;
    },
    observe,
    forecast(h) {
      const out = new Float64Array(h);
      let ar = lastError;
      for (let k = 0; k < h; k++) {
        ar *= p.phi;
        out[k] = level + d[slot1(next + k)]! + w[slot2(next + k)]! + ar;
      }
      return out;
    },
  };
  return { sse, state };
}
