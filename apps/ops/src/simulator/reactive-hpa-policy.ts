import { ScaleDownStabilizer } from '../planner/scale-down-stabilizer.ts';
import type { OnlinePolicy, SimulationSetup } from './policy.ts';

export interface HpaOptions {
  /** Target utilisation (0.7) and the tolerance around it within which nothing changes (0.1). */
  targetUtilisation: number;
  tolerance: number;
  stabilizationMs: number;
}

/** ceil that ignores float noise: 10 × 0.2 = 2.0000000004 must stay 2 replicas. */
const ceil = (x: number) => Math.ceil(x - 1e-9);

export const DEFAULT_HPA: HpaOptions = { targetUtilisation: 0.7, tolerance: 0.1, stabilizationMs: 5 * 60_000 };

/**
 * Kubernetes' HPA algorithm on a requests-per-replica metric: utilisation = last interval's
 * requests ÷ (ready replicas × capacity); desired = ceil(current × utilisation ÷ target),
 * unchanged while |utilisation ÷ target − 1| ≤ tolerance. On scale-up, replicas still
 * starting count at zero load (as HPA treats not-ready pods). Scale-down is stabilized.
 */
export function reactiveHpaPolicy(setup: SimulationSetup, options: HpaOptions = DEFAULT_HPA): OnlinePolicy {
  const stabilizer = new ScaleDownStabilizer(options.stabilizationMs);
  return {
    name: 'reactive-hpa',
    kind: 'online',
    decide({ observed, ready, provisioned, timeMs }) {
      const demand = observed.at(-1);
      let desired = provisioned;
      if (demand !== undefined) {
        const ratio = demand / (Math.max(1, ready) * setup.capacityPerReplica) / options.targetUtilisation;
        if (Math.abs(ratio - 1) > options.tolerance) {
          if (ratio > 1 && provisioned > ready) {
            const withStarting = demand / (provisioned * setup.capacityPerReplica) / options.targetUtilisation;
            desired = withStarting > 1 + options.tolerance ? ceil(provisioned * withStarting) : provisioned;
          } else {
            desired = ceil(Math.max(1, ready) * ratio);
          }
        }
      }
      desired = Math.min(setup.maxReplicas, Math.max(setup.minReplicas, desired));
      return stabilizer.apply(timeMs, desired);
    },
  };
}
