import { costReport, type CostLine } from '../cost/cost-report.ts';
import { fourierRegression } from '../forecast/fourier-regression.ts';
import { SeriesClock } from '../forecast/series-clock.ts';
import { OpsError } from '../ops-errors.ts';
import type { BusinessHoursConfig } from '../schedule/business-hours.ts';
import { predictivePolicy } from './predictive-policy.ts';
import type { SimulationSetup } from './policy.ts';
import { reactiveHpaPolicy } from './reactive-hpa-policy.ts';
import type { Trace } from './read-trace.ts';
import { businessHoursPolicy, oraclePolicy, staticPeakPolicy } from './reference-policies.ts';
import { runPolicy, type PolicyRun } from './simulate.ts';

export interface CompareOptions {
  capacityPerReplica: number;
  startupDelayMs: number;
  minReplicas: number;
  maxReplicas: number;
  businessHours: BusinessHoursConfig;
  /** Lead before opening for the schedule (30 minutes). */
  leadMs: number;
  pricePerReplicaHour: number;
  currency: string;
  predictive: PredictiveSettings;
}

export interface PredictiveSettings {
  upperQuantile: number;
  surgeFactor: number;
  headroom: number;
  /** Replicas held in business hours by the predictive planner (0 = none). */
  businessFloor: number;
}

/**
 * Defaults of the predictive policy. The quantile and the surge factor were chosen on the NASA
 * July 1995 trace (the development trace), so figures on that trace are in-sample for them.
 */
export const DEFAULT_PREDICTIVE: PredictiveSettings = { upperQuantile: 0.96, surgeFactor: 1.3, headroom: 1, businessFloor: 0 };

export interface PolicySummary {
  name: string;
  replicaHours: number;
  underProvisionedPct: number;
  underProvisionedIntervals: number;
  requestsOverCapacity: number;
  ratioToOracle: number;
  cost: CostLine;
}

export interface Comparison {
  intervalMs: number;
  intervals: number;
  startupIntervals: number;
  policies: PolicySummary[];
  runs: PolicyRun[];
  alwaysOnPeak: { replicas: number; costPerMonth: number };
  currency: string;
}

export function comparePolicies(trace: Trace, options: CompareOptions): Comparison {
  if (trace.counts.length < 2) throw new OpsError('OPS_TRACE_TOO_SHORT', 'The trace needs at least two intervals to simulate.');
  const clock = new SeriesClock(trace.startMs, trace.intervalMs, options.businessHours.zone);
  const startupIntervals = Math.ceil(options.startupDelayMs / trace.intervalMs - 1e-9);
  const setup: SimulationSetup = {
    counts: trace.counts,
    clock,
    capacityPerReplica: options.capacityPerReplica,
    startupIntervals,
    minReplicas: options.minReplicas,
    maxReplicas: options.maxReplicas,
  };
  const { predictive } = options;
  const policies = [
    oraclePolicy(setup),
    staticPeakPolicy(setup),
    reactiveHpaPolicy(setup),
    businessHoursPolicy(setup, options.businessHours, options.leadMs),
    predictivePolicy(setup, {
      model: fourierRegression({ tuneHorizons: Array.from({ length: startupIntervals + 1 }, (_, h) => h + 1) }),
      upperQuantile: predictive.upperQuantile,
      surgeFactor: predictive.surgeFactor,
      windowIntervals: clock.intervalsPerWeek * 3,
      refitIntervals: clock.intervalsPerDay,
      warmupFactor: 1.5,
      planner: {
        headroom: predictive.headroom,
        businessFloor: predictive.businessFloor,
        businessHours: predictive.businessFloor > 0 ? options.businessHours : null,
        leadMs: options.leadMs,
        stabilizationMs: 5 * 60_000,
      },
    }),
  ];
  const runs = policies.map((policy) => runPolicy(setup, policy));
  const oracleHours = runs[0]?.replicaHours ?? 0;
  const report = costReport(runs, trace.intervalMs, options.pricePerReplicaHour, options.currency, runs[1]?.billed[0]);
  return {
    intervalMs: trace.intervalMs,
    intervals: trace.counts.length,
    startupIntervals,
    runs,
    policies: runs.map((run, i) => ({
      name: run.name,
      replicaHours: run.replicaHours,
      underProvisionedPct: run.underProvisionedPct,
      underProvisionedIntervals: run.underProvisionedIntervals,
      requestsOverCapacity: run.requestsOverCapacity,
      ratioToOracle: oracleHours > 0 ? run.replicaHours / oracleHours : Number.NaN,
      cost: report.lines[i]!,
    })),
    alwaysOnPeak: { replicas: report.alwaysOnPeak.replicas, costPerMonth: report.alwaysOnPeak.costPerMonth },
    currency: options.currency,
  };
}
