import type { ModelSpec } from '../forecast/forecast-model.ts';
import { fitForecaster, type Forecaster } from '../forecast/forecaster.ts';
import { CapacityPlanner, type PlannerConfig, type PlanDecision } from '../planner/capacity-planner.ts';
import type { DecisionInput, OnlinePolicy, SimulationSetup } from './policy.ts';

export interface PredictiveOptions {
  model: ModelSpec<unknown>;
  /** Upper quantile of the forecast error the planner provisions for (0.99). */
  upperQuantile: number;
  /** Most history one fit sees, in intervals. */
  windowIntervals: number;
  /** Refit every this many intervals (parameters); between refits the state follows each observation. */
  refitIntervals: number;
  planner: Omit<PlannerConfig, 'minReplicas' | 'maxReplicas' | 'capacityPerReplica'>;
  /** Before the model has enough history: the recent peak times this factor. */
  warmupFactor: number;
  /**
   * Surge guard: never provision below the last observed count times this factor (0 = off).
   * A forecaster learns the usual; a surge it has never seen (a launch, a campaign) is
   * answered at once from the newest count instead of after the band catches up.
   */
  surgeFactor: number;
}

/**
 * Forecaster + planner, online: at the start of interval t it knows counts before t only. It
 * refits the model on the window before t every `refitIntervals`, otherwise feeds the model the
 * newest count, forecasts t … t + startup delay and provisions for the upper band of each.
 */
export function predictivePolicy(setup: SimulationSetup, options: PredictiveOptions): OnlinePolicy {
  const planner = new CapacityPlanner({
    ...options.planner,
    capacityPerReplica: setup.capacityPerReplica,
    minReplicas: setup.minReplicas,
    maxReplicas: setup.maxReplicas,
  });
  const minHistory = options.model.minHistory(setup.clock);
  let forecaster: Forecaster | null = null;
  let fittedAt = Number.NEGATIVE_INFINITY;
  const horizon = setup.startupIntervals + 1;

  const warmupNeeds = ({ observed, t }: DecisionInput): PlanDecision[] => {
    const recent = observed.slice(-6);
    const upper = recent.length ? Math.max(...recent) * options.warmupFactor : 0;
    return Array.from({ length: horizon }, (_, h) => planner.need(upper, setup.clock.timeOf(t + h)));
  };

  return {
    name: 'predictive',
    kind: 'online',
    decide(input) {
      const { t, observed, timeMs } = input;
      if (t < minHistory) return planner.decide(timeMs, warmupNeeds(input)).replicas;
      if (!forecaster || t - fittedAt >= options.refitIntervals) {
        const from = Math.max(0, t - options.windowIntervals);
        forecaster = fitForecaster(options.model, observed.slice(from, t), from, setup.clock, {
          upperQuantile: options.upperQuantile,
          maxHorizon: Math.max(12, horizon),
        });
        fittedAt = t;
      }
      while (forecaster.nextIndex < t) forecaster.observe(observed[forecaster.nextIndex] ?? 0);
      const { upper } = forecaster.forecast(horizon);
      const guard = (observed[t - 1] ?? 0) * options.surgeFactor;
      const needs = upper.map((demand, h) => planner.need(Math.max(demand, guard), setup.clock.timeOf(t + h)));
      return planner.decide(timeMs, needs).replicas;
    },
  };
}
