import type { SeriesClock } from './series-clock.ts';

/**
 * A forecasting model works on z = log(1 + count): traffic seasonality is multiplicative
 * (a quiet weekend scales the whole day), which is additive in log space, and the band of a
 * log model widens with the level as real traffic does.
 */
export interface ModelState {
  /** Global index of the next interval to be observed. */
  readonly nextIndex: number;
  /** Feeds the next observation, in log space. */
  observe(z: number): void;
  /** Log-space point forecasts for the next `h` intervals. */
  forecast(h: number): Float64Array;
}

export interface ModelSpec<P> {
  readonly name: string;
  /** Fewest observations the model can be fitted on. */
  minHistory(clock: SeriesClock): number;
  /** Fits the parameters on `z` (log space), whose first value is interval `firstIndex`. */
  fitParams(z: Float64Array, firstIndex: number, clock: SeriesClock): P;
  /** Runs the model with fixed parameters over `z`; the state is at the end of `z`. */
  build(z: Float64Array, firstIndex: number, clock: SeriesClock, params: P): ModelState;
}

export const toLog = (count: number) => Math.log1p(Math.max(0, count));
export const fromLog = (z: number) => Math.max(0, Math.expm1(z));
