import type { Generator } from './generator.ts';
import { OfflineGenerator } from './offline/offline-generator.ts';

/** The generator the pipeline uses. Only the offline tier exists so far; model tiers will be chosen here. */
export function createGenerator(): Generator {
  return new OfflineGenerator();
}
