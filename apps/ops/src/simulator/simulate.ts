import type { Policy, SimulationSetup } from './policy.ts';
import { ReplicaPool } from './replica-pool.ts';

export interface PolicyRun {
  name: string;
  /** Replicas serving in each interval. */
  ready: number[];
  /** Replicas paid for in each interval (ready or starting). */
  billed: number[];
  replicaHours: number;
  underProvisionedIntervals: number;
  underProvisionedPct: number;
  /** Requests beyond the ready capacity, summed over the trace. */
  requestsOverCapacity: number;
}

/**
 * Replays the trace under one policy. Online policies decide at the start of each interval from
 * the counts before it; the simulation starts with the replicas the first interval needed
 * (the service was running, sized for the load, when the trace begins).
 */
export function runPolicy(setup: SimulationSetup, policy: Policy): PolicyRun {
  const { counts, capacityPerReplica, clock } = setup;
  const ready: number[] = [];
  const billed: number[] = [];
  if (policy.kind === 'hindsight') {
    for (let t = 0; t < counts.length; t++) {
      const replicas = policy.replicas(t);
      ready.push(replicas);
      billed.push(replicas);
    }
  } else {
    const initial = Math.min(setup.maxReplicas, Math.max(setup.minReplicas, Math.ceil((counts[0] ?? 0) / capacityPerReplica)));
    const pool = new ReplicaPool(initial, setup.startupIntervals);
    const observed: number[] = [];
    for (let t = 0; t < counts.length; t++) {
      const target = policy.decide({ t, timeMs: clock.timeOf(t), observed, ready: pool.readyAtInterval(t), provisioned: pool.provisioned });
      pool.scaleTo(t, target);
      ready.push(pool.readyAtInterval(t));
      billed.push(pool.provisioned);
      observed.push(counts[t] ?? 0);
    }
  }
  let under = 0;
  let over = 0;
  for (let t = 0; t < counts.length; t++) {
    const excess = (counts[t] ?? 0) - (ready[t] ?? 0) * capacityPerReplica;
    if (excess > 0) {
      under += 1;
      over += excess;
    }
  }
  const hoursPerInterval = clock.intervalMs / 3_600_000;
  return {
    name: policy.name,
    ready,
    billed,
    replicaHours: billed.reduce((sum, r) => sum + r, 0) * hoursPerInterval,
    underProvisionedIntervals: under,
    underProvisionedPct: counts.length ? (100 * under) / counts.length : 0,
    requestsOverCapacity: over,
  };
}
