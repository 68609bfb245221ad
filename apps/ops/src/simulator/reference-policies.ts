import { replicasForDemand } from '../planner/capacity-planner.ts';
import { inBusinessHours, type BusinessHoursConfig } from '../schedule/business-hours.ts';
import type { HindsightPolicy, OnlinePolicy, SimulationSetup } from './policy.ts';

const clamp = (value: number, setup: SimulationSetup) => Math.min(setup.maxReplicas, Math.max(setup.minReplicas, value));
const needFor = (demand: number, setup: SimulationSetup) => clamp(replicasForDemand(demand, { capacityPerReplica: setup.capacityPerReplica, headroom: 1 }), setup);

/** Perfect knowledge, instant replicas: ceil(demand ÷ capacity) in each interval — the lower bound. */
export function oraclePolicy(setup: SimulationSetup): HindsightPolicy {
  return { name: 'oracle', kind: 'hindsight', replicas: (t) => needFor(setup.counts[t] ?? 0, setup) };
}

/** Always the trace's peak (sized in hindsight from the whole trace). */
export function staticPeakPolicy(setup: SimulationSetup): HindsightPolicy {
  const peak = needFor(setup.counts.reduce((max, c) => Math.max(max, c), 0), setup);
  return { name: 'static-peak', kind: 'hindsight', replicas: () => peak };
}

/**
 * The schedule alone, KEDA cron semantics: from `leadMs` before opening until closing, the
 * replicas that served the trace's business-hours peak; otherwise those that served its
 * off-hours peak. Both sized in hindsight from the whole trace, like static-peak.
 */
export function businessHoursPolicy(setup: SimulationSetup, hours: BusinessHoursConfig, leadMs: number): OnlinePolicy {
  const inside = setup.counts.map((_, t) => inBusinessHours(hours, setup.clock.timeOf(t), leadMs));
  let peakIn = 0;
  let peakOut = 0;
  setup.counts.forEach((count, t) => {
    if (inside[t]) peakIn = Math.max(peakIn, count);
    else peakOut = Math.max(peakOut, count);
  });
  const replicasIn = needFor(peakIn, setup);
  const replicasOut = needFor(peakOut, setup);
  return { name: 'business-hours', kind: 'online', decide: ({ t }) => (inside[t] ? replicasIn : replicasOut) };
}
