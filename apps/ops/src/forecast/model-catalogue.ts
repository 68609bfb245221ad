import type { ModelSpec } from './forecast-model.ts';
import { fourierRegression } from './fourier-regression.ts';
import { holtWintersDouble } from './holt-winters-double.ts';
import { seasonalNaive } from './seasonal-naive.ts';

export const MODEL_NAMES = ['fourier-regression', 'holt-winters-double', 'seasonal-naive-daily', 'seasonal-naive-weekly'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/**
 * The default is the Fourier regression: it had the lowest MAE on the NASA trace backtest
 * (48 h ahead, see the README); the others stay for comparison.
 */
export const DEFAULT_MODEL: ModelName = 'fourier-regression';

export function modelByName(name: ModelName): ModelSpec<unknown> {
  switch (name) {
    case 'fourier-regression':
      return fourierRegression() as ModelSpec<unknown>;
    case 'holt-winters-double':
      return holtWintersDouble as ModelSpec<unknown>;
    case 'seasonal-naive-daily':
      return seasonalNaive('day') as ModelSpec<unknown>;
    case 'seasonal-naive-weekly':
      return seasonalNaive('week') as ModelSpec<unknown>;
  }
}
