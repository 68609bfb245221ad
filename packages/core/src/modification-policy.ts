import { MAX_MODIFICATIONS } from './limits.ts';
import type { Stage } from './lifecycle.ts';

export type ModificationVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'not-published' | 'used' | 'expired' };

/** A customer may ask for one change, once the first version is published and before it expires. */
export function decideModification(input: { stage: Stage; modificationsUsed: number; expired: boolean }): ModificationVerdict {
  if (input.expired) return { allowed: false, reason: 'expired' };
  if (input.modificationsUsed >= MAX_MODIFICATIONS) return { allowed: false, reason: 'used' };
  if (input.stage !== 'published') return { allowed: false, reason: 'not-published' };
  return { allowed: true };
}

export function modificationsLeft(modificationsUsed: number): number {
  return Math.max(0, MAX_MODIFICATIONS - modificationsUsed);
}
