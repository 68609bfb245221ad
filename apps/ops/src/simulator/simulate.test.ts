import { describe, expect, it } from 'vitest';
import { fourierRegression } from '../forecast/fourier-regression.ts';
import { SeriesClock } from '../forecast/series-clock.ts';
import { syntheticTraffic } from '../forecast/synthetic-series.ts';
import { WORKING_WEEKDAYS } from '../schedule/business-hours.ts';
import { holidayCalendar } from '../schedule/holiday-calendar.ts';
import { comparePolicies, DEFAULT_PREDICTIVE } from './compare-policies.ts';
import type { SimulationSetup } from './policy.ts';
import { predictivePolicy } from './predictive-policy.ts';
import { reactiveHpaPolicy } from './reactive-hpa-policy.ts';
import { oraclePolicy, staticPeakPolicy } from './reference-policies.ts';
import { runPolicy } from './simulate.ts';

const MIN = 60_000;
const start = Date.parse('2026-01-05T00:00:00Z'); // a Monday
const setupFor = (counts: number[], intervalMs = 5 * MIN, startupIntervals = 1): SimulationSetup => ({
  counts,
  clock: new SeriesClock(start, intervalMs, 'UTC'),
  capacityPerReplica: 50,
  startupIntervals,
  minReplicas: 1,
  maxReplicas: 100,
});

describe('reference policies', () => {
  it('oracle is ceil(demand ÷ capacity) and never under-provisioned; static-peak holds the peak', () => {
    const setup = setupFor([10, 120, 260, 40]);
    const oracle = runPolicy(setup, oraclePolicy(setup));
    expect(oracle.ready).toEqual([1, 3, 6, 1]);
    expect(oracle.underProvisionedIntervals).toBe(0);
    expect(oracle.replicaHours).toBeCloseTo((11 * 5) / 60);
    expect(runPolicy(setup, staticPeakPolicy(setup)).ready).toEqual([6, 6, 6, 6]);
  });
});

describe('reactive HPA', () => {
  it('follows desired = ceil(current × utilisation ÷ 0.7) one interval late, with new replicas ready after the startup delay', () => {
    const setup = setupFor([70, 70, 350, 350, 350, 70, 70, 70]);
    const run = runPolicy(setup, reactiveHpaPolicy(setup));
    // t0: starts sized for 70 → 2. t1 sees 70 on 2 (util 0.7: within tolerance). t2 still sees 70.
    // t3 sees 350 on 2 → ceil(2 × 3.5 ÷ 0.7) = 10, ready at t4. t6 sees 70 on 10 → 2, but the
    // 5-minute stabilization keeps t5's 10 one more interval; 2 from t7.
    expect(run.ready).toEqual([2, 2, 2, 2, 10, 10, 10, 2]);
    expect(run.billed).toEqual([2, 2, 2, 10, 10, 10, 10, 2]);
    expect(run.underProvisionedIntervals).toBe(2);
    expect(run.requestsOverCapacity).toBe(500);
  });

  it('leaves the replica count alone inside the tolerance band', () => {
    const setup = setupFor([75, 75, 75, 75]);
    // 75 on 2 replicas: utilisation 0.75, ratio 1.07 — within 0.1.
    expect(runPolicy(setup, reactiveHpaPolicy(setup)).ready).toEqual([2, 2, 2, 2]);
  });
});

describe('predictive policy', () => {
  const days = 10;
  const counts = syntheticTraffic({ days, intervalsPerDay: 48, base: 40, peak: 400, weekendFactor: 0.5, noise: 0.1, seed: 3 });
  const options = {
    model: fourierRegression({ tuneHorizons: [1, 2] }) as never,
    upperQuantile: 0.95,
    surgeFactor: 1.3,
    windowIntervals: 48 * 21,
    refitIntervals: 48,
    warmupFactor: 1.5,
    planner: { headroom: 1, businessFloor: 0, businessHours: null, leadMs: 30 * MIN, stabilizationMs: 30 * MIN },
  };

  it('never looks ahead: changing the future leaves every earlier decision as it was', () => {
    const cut = 7 * 48 + 17;
    const changed = [...counts.slice(0, cut), ...counts.slice(cut).map((c) => c * 5 + 300)];
    const a = setupFor(counts, 30 * MIN);
    const b = setupFor(changed, 30 * MIN);
    const runA = runPolicy(a, predictivePolicy(a, options));
    const runB = runPolicy(b, predictivePolicy(b, options));
    // The decision for interval `cut` is made before its count is seen.
    expect(runB.billed.slice(0, cut + 1)).toEqual(runA.billed.slice(0, cut + 1));
    expect(runB.billed.slice(cut + 1)).not.toEqual(runA.billed.slice(cut + 1));
  });

  it('on seasonal traffic, is rarely short and uses far fewer replica-hours than static peak', () => {
    const setup = setupFor(counts, 30 * MIN);
    const predictive = runPolicy(setup, predictivePolicy(setup, options));
    const oracle = runPolicy(setup, oraclePolicy(setup));
    const peak = runPolicy(setup, staticPeakPolicy(setup));
    const afterWarmup = predictive.ready.slice(2 * 48).filter((r, i) => counts[2 * 48 + i]! > r * 50).length;
    expect(afterWarmup / (counts.length - 2 * 48)).toBeLessThan(0.03);
    expect(predictive.replicaHours).toBeLessThan(0.7 * peak.replicaHours);
    expect(predictive.replicaHours).toBeGreaterThan(oracle.replicaHours);
  });
});

describe('comparing policies', () => {
  it('reports the five policies with ratios to the oracle and a monthly cost against always-on peak', () => {
    const counts = syntheticTraffic({ days: 4, intervalsPerDay: 48, base: 40, peak: 400, weekendFactor: 0.5, noise: 0.1 });
    const comparison = comparePolicies(
      { startMs: start, intervalMs: 30 * MIN, counts, zone: 'UTC', gapsFilled: 0 },
      {
        capacityPerReplica: 50,
        startupDelayMs: 5 * MIN,
        minReplicas: 1,
        maxReplicas: 100,
        businessHours: { zone: 'UTC', openHour: 9, closeHour: 18, workingWeekdays: WORKING_WEEKDAYS, calendar: holidayCalendar({ set: 'none' }) },
        leadMs: 30 * MIN,
        pricePerReplicaHour: 0.1,
        currency: 'EUR',
        predictive: DEFAULT_PREDICTIVE,
      },
    );
    expect(comparison.startupIntervals).toBe(1);
    expect(comparison.policies.map((p) => p.name)).toEqual(['oracle', 'static-peak', 'reactive-hpa', 'business-hours', 'predictive']);
    const [oracle, peak] = comparison.policies;
    expect(oracle!.ratioToOracle).toBe(1);
    expect(peak!.cost.savingsPct).toBeCloseTo(0);
    expect(comparison.alwaysOnPeak.replicas).toBe(Math.ceil(Math.max(...counts) / 50));
    expect(oracle!.cost.costPerMonth).toBeCloseTo((oracle!.replicaHours / (4 * 24)) * 730 * 0.1);
  });
});
