import type { CapacityPlanner, PlanReason } from './capacity-planner.ts';

export interface PlannedStep {
  timeMs: number;
  /** Upper band of demand in this interval. */
  upperDemand: number;
  replicas: number;
  reason: PlanReason;
}

/**
 * A replica schedule over a forecast: the replica count set at the start of each interval, so
 * that replicas started then are ready `startupIntervals` later for the need they were started for.
 */
export function planSchedule(forecast: { startMs: number; intervalMs: number; upper: readonly number[] }, planner: CapacityPlanner, startupIntervals: number): PlannedStep[] {
  const { startMs, intervalMs, upper } = forecast;
  const needs = upper.map((demand, i) => planner.need(demand, startMs + i * intervalMs));
  return upper.map((demand, i) => {
    const timeMs = startMs + i * intervalMs;
    const decision = planner.decide(timeMs, needs.slice(i, i + startupIntervals + 1));
    return { timeMs, upperDemand: demand, replicas: decision.replicas, reason: decision.reason };
  });
}

/** Only the steps where the replica count changes (the first step always). */
export function replicaChanges(steps: readonly PlannedStep[]): PlannedStep[] {
  return steps.filter((step, i) => i === 0 || step.replicas !== steps[i - 1]!.replicas);
}
