import type { SeriesClock } from '../forecast/series-clock.ts';

/** What a policy knows when it decides at the start of interval t. */
export interface DecisionInput {
  t: number;
  timeMs: number;
  /** Counts of intervals 0 … t−1 only: a policy cannot see the interval it is deciding for. */
  observed: readonly number[];
  /** Replicas serving now, and replicas that exist (including those still starting). */
  ready: number;
  provisioned: number;
}

/** A scaling policy that decides online, interval by interval, from the past alone. */
export interface OnlinePolicy {
  readonly name: string;
  readonly kind: 'online';
  /** Replica count wanted from now on (new ones become ready after the startup delay). */
  decide(input: DecisionInput): number;
}

/** A reference policy with perfect or hindsight knowledge: replicas ready in interval t. */
export interface HindsightPolicy {
  readonly name: string;
  readonly kind: 'hindsight';
  replicas(t: number): number;
}

export type Policy = OnlinePolicy | HindsightPolicy;

export interface SimulationSetup {
  counts: readonly number[];
  clock: SeriesClock;
  capacityPerReplica: number;
  startupIntervals: number;
  minReplicas: number;
  maxReplicas: number;
}
