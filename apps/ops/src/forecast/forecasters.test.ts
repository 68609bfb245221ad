import { describe, expect, it } from 'vitest';
import { backtest } from './backtest.ts';
import type { ModelSpec } from './forecast-model.ts';
import { fitForecaster } from './forecaster.ts';
import { fourierRegression } from './fourier-regression.ts';
import { holtWintersDouble } from './holt-winters-double.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import { detectSeasonalPeriod } from './seasonal-period.ts';
import { SeriesClock } from './series-clock.ts';
import { syntheticLevel, syntheticTraffic } from './synthetic-series.ts';

// Hourly intervals keep the fits small; Monday 2026-01-05 00:00 UTC is the first interval.
const clock = new SeriesClock(Date.UTC(2026, 0, 5), 3_600_000, 'UTC');
const shape = { base: 100, peak: 1000, weekendFactor: 0.4 };
const series = syntheticTraffic({ days: 28, intervalsPerDay: 24, ...shape, noise: 0.05 });

describe('seasonal period', () => {
  it('finds the weekly cycle among day and week lags, and the day when only days are candidates', () => {
    expect(detectSeasonalPeriod(series, [12, 24, 168])?.period).toBe(168);
    expect(detectSeasonalPeriod(series, [6, 12, 24, 48 - 1])?.period).toBe(24);
    expect(detectSeasonalPeriod(new Array(100).fill(5), [24])).toBeNull();
  });
});

describe.each<[string, ModelSpec<unknown>]>([
  ['fourier-regression', fourierRegression() as ModelSpec<unknown>],
  ['holt-winters-double', holtWintersDouble as ModelSpec<unknown>],
])('%s on a series with known daily and weekly seasonality', (_name, spec) => {
  const forecaster = fitForecaster(spec, series.slice(0, 21 * 24), 0, clock, { maxHorizon: 48 });
  const result = forecaster.forecast(7 * 24);

  it('recovers the weekday and weekend levels within 10%', () => {
    // Forecast starts Monday of week 4: weekday at 14:00 and 04:00, Saturday at 14:00.
    expect(result.firstIndex).toBe(21 * 24);
    expect(result.point[14]).toBeCloseTo(syntheticLevel(shape, 14, false), -2);
    expect(Math.abs(result.point[14]! / syntheticLevel(shape, 14, false) - 1)).toBeLessThan(0.1);
    expect(Math.abs(result.point[4]! / syntheticLevel(shape, 4, false) - 1)).toBeLessThan(0.1);
    expect(Math.abs(result.point[5 * 24 + 14]! / syntheticLevel(shape, 14, true) - 1)).toBeLessThan(0.1);
  });

  it('gives a band around the point that holds most of what follows', () => {
    let inside = 0;
    for (let k = 0; k < 48; k++) {
      expect(result.lower[k]!).toBeLessThanOrEqual(result.point[k]!);
      expect(result.upper[k]!).toBeGreaterThanOrEqual(result.point[k]!);
      const actual = series[21 * 24 + k]!;
      if (actual >= result.lower[k]! && actual <= result.upper[k]!) inside += 1;
    }
    expect(inside / 48).toBeGreaterThan(0.75);
  });
});

describe('seasonal-naive', () => {
  it('repeats the last day (daily) or the same hour last week (weekly)', () => {
    const daily = fitForecaster(seasonalNaive('day'), series.slice(0, 48), 0, clock).forecast(30);
    expect(daily.point.slice(0, 24).map(Math.round)).toEqual(series.slice(24, 48));
    expect(Math.round(daily.point[24]!)).toBe(series[24]);
    const weekly = fitForecaster(seasonalNaive('week'), series.slice(0, 14 * 24), 0, clock).forecast(24);
    expect(weekly.point.map(Math.round)).toEqual(series.slice(7 * 24, 8 * 24));
  });
});

describe('backtest', () => {
  it('scores the models from daily origins; the smoothing models beat seasonal-naive on noisy data', () => {
    const noisy = syntheticTraffic({ days: 21, intervalsPerDay: 24, ...shape, noise: 0.3, seed: 7 });
    const scores = backtest(noisy, clock, [seasonalNaive('week'), fourierRegression()], { horizon: 48, minTrain: 14 * 24 });
    expect(scores.map((s) => [s.model, s.origins])).toEqual([['seasonal-naive-weekly', 6], ['fourier-regression', 6]]);
    expect(scores[1]!.mae).toBeLessThan(scores[0]!.mae);
  });
});
