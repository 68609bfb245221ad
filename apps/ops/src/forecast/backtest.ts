import type { ModelSpec } from './forecast-model.ts';
import { fitForecaster } from './forecaster.ts';
import type { SeriesClock } from './series-clock.ts';

export interface BacktestOptions {
  /** Forecast length from each origin, in intervals (default 2 days). */
  horizon?: number;
  /** Most history each fit sees (rolling window), in intervals (default 3 weeks). */
  window?: number;
  /** First origin: at least this much history (default 2 weeks); origins are one day apart. */
  minTrain?: number;
  upperQuantile?: number;
  lowerQuantile?: number;
}

export interface BacktestScore {
  model: string;
  origins: number;
  /** Mean absolute error, requests per interval. */
  mae: number;
  /** Mean absolute percentage error over intervals with a non-zero count, %. */
  mape: number;
  /** Sum of absolute errors ÷ sum of actual counts, % (MAPE is dominated by near-zero intervals). */
  wape: number;
  /** Share of actual values inside the band, %. */
  bandCoverage: number;
  /** Share of actual values above the band's upper edge, %. */
  aboveBand: number;
}

/**
 * Rolling-origin evaluation: from each origin (one day apart) every model is fitted on the
 * window before it only and forecasts `horizon` intervals, scored against what came after.
 */
export function backtest(counts: ArrayLike<number>, clock: SeriesClock, specs: ModelSpec<unknown>[], options: BacktestOptions = {}): BacktestScore[] {
  const horizon = options.horizon ?? clock.intervalsPerDay * 2;
  const window = options.window ?? clock.intervalsPerWeek * 3;
  const minTrain = options.minTrain ?? clock.intervalsPerWeek * 2;
  const origins: number[] = [];
  for (let origin = minTrain; origin + horizon <= counts.length; origin += clock.intervalsPerDay) origins.push(origin);
  return specs.map((spec) => {
    let absolute = 0;
    let percentage = 0;
    let nonZero = 0;
    let inside = 0;
    let above = 0;
    let n = 0;
    let actualSum = 0;
    for (const origin of origins) {
      const from = Math.max(0, origin - window);
      const history = Array.prototype.slice.call(counts, from, origin) as number[];
      const forecaster = fitForecaster(spec, history, from, clock, { maxHorizon: horizon, upperQuantile: options.upperQuantile, lowerQuantile: options.lowerQuantile });
      const result = forecaster.forecast(horizon);
      for (let k = 0; k < horizon; k++) {
        const actual = counts[origin + k]!;
        const error = Math.abs(actual - result.point[k]!);
        absolute += error;
        actualSum += actual;
        if (actual > 0) {
          percentage += error / actual;
          nonZero += 1;
        }
        if (actual >= result.lower[k]! && actual <= result.upper[k]!) inside += 1;
        if (actual > result.upper[k]!) above += 1;
        n += 1;
      }
    }
    return {
      model: spec.name,
      origins: origins.length,
      mae: n ? absolute / n : Number.NaN,
      mape: nonZero ? (100 * percentage) / nonZero : Number.NaN,
      wape: actualSum ? (100 * absolute) / actualSum : Number.NaN,
      bandCoverage: n ? (100 * inside) / n : Number.NaN,
      aboveBand: n ? (100 * above) / n : Number.NaN,
    };
  });
}
