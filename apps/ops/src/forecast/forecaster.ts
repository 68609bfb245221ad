import { fromLog, toLog, type ModelSpec, type ModelState } from './forecast-model.ts';
import type { SeriesClock } from './series-clock.ts';

export interface BandOptions {
  /** Quantiles of the forecast error that bound the band (defaults 0.05 and 0.95). */
  lowerQuantile?: number;
  upperQuantile?: number;
  /** Longest horizon the band is calibrated for, in intervals (default 2 days). */
  maxHorizon?: number;
}

export interface ForecastResult {
  model: string;
  /** Global index of the first forecast interval. */
  firstIndex: number;
  point: number[];
  lower: number[];
  upper: number[];
}

export interface Forecaster {
  readonly model: string;
  readonly params: unknown;
  readonly nextIndex: number;
  /** Feeds the next observed count (no refit: parameters stay, the state moves on). */
  observe(count: number): void;
  forecast(h: number): ForecastResult;
  /** Log-space error quantile that bounds the band at `h` intervals ahead. */
  bandAt(h: number): { lower: number; upper: number };
}

/** Horizon buckets (in intervals) that share one error distribution; finer where it matters most. */
const BUCKET_STARTS = [1, 2, 3, 4, 5, 7, 10, 13, 19, 25, 37, 49, 73, 97, 145, 193, 289, 433, 577];
const bucketOf = (h: number) => {
  let b = 0;
  while (b + 1 < BUCKET_STARTS.length && BUCKET_STARTS[b + 1]! <= h) b += 1;
  return b;
};

/**
 * Fits a model on a window of counts and calibrates its prediction band from its own
 * out-of-sample errors: the state is built on the window less its last part, then walked
 * through that part, forecasting from every origin (every 12th for long horizons) before
 * seeing the values. The band at horizon h is the error quantiles of h's bucket (log space).
 */
export function fitForecaster<P>(spec: ModelSpec<P>, counts: ArrayLike<number>, firstIndex: number, clock: SeriesClock, options: BandOptions = {}): Forecaster {
  const lowerQ = options.lowerQuantile ?? 0.05;
  const upperQ = options.upperQuantile ?? 0.95;
  const maxHorizon = options.maxHorizon ?? clock.intervalsPerDay * 2;
  const z = Float64Array.from(counts, toLog);
  const minHistory = spec.minHistory(clock);
  if (z.length < minHistory) throw new RangeError(`${spec.name} needs ${minHistory} intervals of history, got ${z.length}`);
  const params = spec.fitParams(z, firstIndex, clock);
  const calibration = Math.min(clock.intervalsPerWeek, Math.max(0, z.length - minHistory), Math.floor(z.length / 2));
  const prefix = z.length - calibration;
  const state: ModelState = spec.build(z.subarray(0, prefix), firstIndex, clock, params);
  const errors: number[][] = BUCKET_STARTS.map(() => []);
  const shortHorizon = Math.min(12, maxHorizon);
  for (let t = prefix; t < z.length; t++) {
    const h = (t - prefix) % 12 === 0 ? Math.min(maxHorizon, z.length - t) : Math.min(shortHorizon, z.length - t);
    const predicted = state.forecast(h);
    for (let k = 0; k < h; k++) errors[bucketOf(k + 1)]!.push(z[t + k]! - predicted[k]!);
    state.observe(z[t]!);
  }
  // Buckets with too few errors inherit the nearest shorter horizon's; bands never narrow with h.
  const lowers: number[] = [];
  const uppers: number[] = [];
  // Without any calibration errors (a window just long enough to fit), a ±50% band.
  let lastLower = errors[0]!.length >= 30 ? 0 : Math.log(0.5);
  let lastUpper = errors[0]!.length >= 30 ? 0 : Math.log(1.5);
  for (let b = 0; b < BUCKET_STARTS.length; b++) {
    const sample = errors[b]!;
    if (sample.length >= 30) {
      sample.sort((a, c) => a - c);
      lastLower = Math.min(lastLower, quantileSorted(sample, lowerQ));
      lastUpper = Math.max(lastUpper, quantileSorted(sample, upperQ));
    }
    lowers.push(lastLower);
    uppers.push(lastUpper);
  }
  const bandAt = (h: number) => ({ lower: lowers[bucketOf(h)]!, upper: uppers[bucketOf(h)]! });
  return {
    model: spec.name,
    params,
    get nextIndex() {
      return state.nextIndex;
    },
    observe: (count) => state.observe(toLog(count)),
    bandAt,
    forecast(h) {
      const predicted = state.forecast(h);
      const point: number[] = [];
      const lower: number[] = [];
      const upper: number[] = [];
      for (let k = 0; k < h; k++) {
        const band = bandAt(k + 1);
        point.push(fromLog(predicted[k]!));
        lower.push(fromLog(predicted[k]! + band.lower));
        upper.push(fromLog(predicted[k]! + band.upper));
      }
      return { model: spec.name, firstIndex: state.nextIndex, point, lower, upper };
    },
  };
}

export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
