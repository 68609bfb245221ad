import type { ModelSpec, ModelState } from './forecast-model.ts';
import type { SeriesClock } from './series-clock.ts';

export interface FourierParams {
  /** Harmonics of the daily and weekly cycles (TBATS-style trigonometric seasonality). */
  dailyHarmonics: number;
  weeklyHarmonics: number;
  /** Regression coefficients, in feature order (intercept, daily sin/cos…, weekly sin/cos…). */
  coefficients: number[];
  /** Exponential smoothing of the regression residual, and its damping per interval ahead. */
  alpha: number;
  phi: number;
}

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

/**
 * Multiple seasonality by Fourier terms on the local wall clock (so a DST change moves the
 * profile with the clock) fitted by ridge-regularised least squares, plus a damped local level
 * on the residual: short horizons follow the current level, long ones return to the profile.
 */
export interface FourierOptions {
  dailyHarmonics?: number;
  weeklyHarmonics?: number;
  /** Horizons (intervals ahead) whose errors the residual smoothing is tuned for. */
  tuneHorizons?: readonly number[];
}

export function fourierRegression(options: FourierOptions = {}): ModelSpec<FourierParams> {
  const kd = options.dailyHarmonics ?? 12;
  const kwWanted = options.weeklyHarmonics ?? 8;
  return {
    name: 'fourier-regression',
    minHistory: (clock) => clock.intervalsPerDay * 2,
    fitParams(z, firstIndex, clock) {
      // Weekly terms only once a whole week has been seen; before that they are not identified.
      const kw = z.length >= clock.intervalsPerWeek ? kwWanted : 0;
      const coefficients = leastSquares(z, firstIndex, clock, kd, kw);
      const residual = new Float64Array(z.length);
      const row = new Float64Array(1 + 2 * kd + 2 * kw);
      for (let i = 0; i < z.length; i++) residual[i] = z[i]! - dot(features(clock, firstIndex + i, kd, kw, row), coefficients);
      const { alpha, phi } = fitResidualSmoothing(residual, options.tuneHorizons ?? [1, 2, 3, 6, 12]);
      return { dailyHarmonics: kd, weeklyHarmonics: kw, coefficients, alpha, phi };
    },
    build(z, firstIndex, clock, params): ModelState {
      const { dailyHarmonics, weeklyHarmonics, coefficients, alpha, phi } = params;
      const row = new Float64Array(1 + 2 * dailyHarmonics + 2 * weeklyHarmonics);
      // The seasonal profile depends only on the clock: computed once per interval.
      const cache: number[] = [];
      const seasonal = (index: number) => {
        const at = index - firstIndex;
        let value = cache[at];
        if (value === undefined) cache[at] = value = dot(features(clock, index, dailyHarmonics, weeklyHarmonics, row), coefficients);
        return value;
      };
      let smoothed = 0;
      let next = firstIndex;
      const observe = (value: number) => {
        smoothed = alpha * (value - seasonal(next)) + (1 - alpha) * smoothed;
        next += 1;
      };
      for (const value of z) observe(value);
      return {
        get nextIndex() {
          return next;
        },
        observe,
        forecast(h) {
          const out = new Float64Array(h);
          let carry = smoothed;
          for (let k = 0; k < h; k++) {
            carry *= phi;
            out[k] = seasonal(next + k) + carry;
          }
          return out;
        },
      };
    },
  };
}

function features(clock: SeriesClock, index: number, kd: number, kw: number, out: Float64Array): Float64Array {
  const secondOfDay = clock.secondOfDay(index);
  const secondOfWeek = (clock.weekday(index) - 1) * DAY_S + secondOfDay;
  out[0] = 1;
  let j = 1;
  for (let k = 1; k <= kd; k++) {
    const angle = (2 * Math.PI * k * secondOfDay) / DAY_S;
    out[j++] = Math.sin(angle);
    out[j++] = Math.cos(angle);
  }
  for (let k = 1; k <= kw; k++) {
    const angle = (2 * Math.PI * k * secondOfWeek) / WEEK_S;
    out[j++] = Math.sin(angle);
    out[j++] = Math.cos(angle);
  }
  return out;
}

function dot(a: Float64Array, b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * (b[i] ?? 0);
  return sum;
}

/** Ridge least squares via the normal equations and a Cholesky factorisation. */
function leastSquares(z: Float64Array, firstIndex: number, clock: SeriesClock, kd: number, kw: number): number[] {
  const p = 1 + 2 * kd + 2 * kw;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const row = new Float64Array(p);
  for (let i = 0; i < z.length; i++) {
    features(clock, firstIndex + i, kd, kw, row);
    for (let a = 0; a < p; a++) {
      const ra = row[a]!;
      xty[a]! += ra * z[i]!;
      for (let b = 0; b <= a; b++) xtx[a * p + b]! += ra * row[b]!;
    }
  }
  const ridge = 1e-3 * z.length;
  for (let a = 1; a < p; a++) xtx[a * p + a]! += ridge;
  // Cholesky: xtx = L Lᵀ (lower triangle only).
  const l = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      let sum = xtx[a * p + b]!;
      for (let k = 0; k < b; k++) sum -= l[a * p + k]! * l[b * p + k]!;
      l[a * p + b] = a === b ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[b * p + b]!;
    }
  }
  const y = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let sum = xty[a]!;
    for (let k = 0; k < a; k++) sum -= l[a * p + k]! * y[k]!;
    y[a] = sum / l[a * p + a]!;
  }
  const beta = new Array<number>(p).fill(0);
  for (let a = p - 1; a >= 0; a--) {
    let sum = y[a]!;
    for (let k = a + 1; k < p; k++) sum -= l[k * p + a]! * beta[k]!;
    beta[a] = sum / l[a * p + a]!;
  }
  return beta;
}

/** Grid search of (α, φ) on the residual's errors at the given horizons. */
function fitResidualSmoothing(residual: Float64Array, horizons: readonly number[]): { alpha: number; phi: number } {
  let best = { alpha: 0.3, phi: 0.9, score: Number.POSITIVE_INFINITY };
  for (const alpha of [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8]) {
    const smoothed = new Float64Array(residual.length);
    let s = 0;
    for (let i = 0; i < residual.length; i++) smoothed[i] = s = alpha * residual[i]! + (1 - alpha) * s;
    for (const phi of [0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999]) {
      let score = 0;
      for (const h of horizons) {
        const damp = phi ** h;
        for (let i = 0; i + h < residual.length; i++) {
          const e = residual[i + h]! - damp * smoothed[i]!;
          score += e * e;
        }
      }
      if (score < best.score) best = { alpha, phi, score };
    }
  }
  return { alpha: best.alpha, phi: best.phi };
}
