import type { ModelSpec, ModelState } from './forecast-model.ts';
import type { SeriesClock } from './series-clock.ts';

interface SeasonalNaiveParams {
  period: number;
}

/** The forecast for t + h is the last observed value of the same slot one period earlier. */
export function seasonalNaive(season: 'day' | 'week'): ModelSpec<SeasonalNaiveParams> {
  const periodOf = (clock: SeriesClock) => (season === 'day' ? clock.intervalsPerDay : clock.intervalsPerWeek);
  return {
    name: `seasonal-naive-${season === 'day' ? 'daily' : 'weekly'}`,
    minHistory: periodOf,
    fitParams: (_z, _first, clock) => ({ period: periodOf(clock) }),
    build(z, firstIndex, _clock, { period }): ModelState {
      const ring = new Float64Array(period);
      let next = 0;
      const push = (value: number) => {
        ring[next % period] = value;
        next += 1;
      };
      for (const value of z) push(value);
      return {
        get nextIndex() {
          return firstIndex + next;
        },
        observe: push,
        forecast(h) {
          const out = new Float64Array(h);
          for (let k = 0; k < h; k++) out[k] = ring[(next + (k % period)) % period] ?? 0;
          return out;
        },
      };
    },
  };
}
