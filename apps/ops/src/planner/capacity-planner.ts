import { inBusinessHours, type BusinessHoursConfig } from '../schedule/business-hours.ts';
import { ScaleDownStabilizer } from './scale-down-stabilizer.ts';

export interface PlannerConfig {
  /** Requests per interval one replica serves. */
  capacityPerReplica: number;
  /** Multiplier on the forecast's upper band (1 = the band is the margin). */
  headroom: number;
  minReplicas: number;
  maxReplicas: number;
  /** Replicas held during business hours whatever the forecast says (null: no schedule). */
  businessFloor: number;
  businessHours: BusinessHoursConfig | null;
  /** The business floor starts this long before opening (30 minutes). */
  leadMs: number;
  /** Scale-down stabilization window (5 minutes). */
  stabilizationMs: number;
}

export type PlanReason = 'forecast' | 'business-hours floor' | 'minimum' | 'maximum' | 'scale-down damped';

export interface PlanDecision {
  replicas: number;
  reason: PlanReason;
}

/** Replicas that serve `demand` requests per interval: ceil(demand × headroom ÷ capacity). */
export function replicasForDemand(demand: number, config: Pick<PlannerConfig, 'capacityPerReplica' | 'headroom'>): number {
  // The epsilon keeps 100.0000001 (float noise of exp/log) from asking for one replica more.
  return Math.max(0, Math.ceil((demand * config.headroom) / config.capacityPerReplica - 1e-9));
}

/**
 * Turns the upper band of a forecast into replica counts: the forecast need, raised to the
 * business-hours floor (from 30 minutes before opening), clamped to [min, max], then damped on
 * the way down. One planner per scaled service: it remembers its recent recommendations.
 */
export class CapacityPlanner {
  readonly config: PlannerConfig;
  private readonly stabilizer: ScaleDownStabilizer;

  constructor(config: PlannerConfig) {
    if (!(config.capacityPerReplica > 0)) throw new RangeError('capacityPerReplica must be > 0');
    if (config.minReplicas > config.maxReplicas) throw new RangeError('minReplicas must be ≤ maxReplicas');
    this.config = config;
    this.stabilizer = new ScaleDownStabilizer(config.stabilizationMs);
  }

  /** The undamped need at one instant from the upper band of demand there. */
  need(upperDemand: number, atMs: number): PlanDecision {
    const { config } = this;
    let replicas = replicasForDemand(upperDemand, config);
    let reason: PlanReason = 'forecast';
    if (config.businessHours && config.businessFloor > replicas && inBusinessHours(config.businessHours, atMs, config.leadMs)) {
      replicas = config.businessFloor;
      reason = 'business-hours floor';
    }
    if (replicas < config.minReplicas) [replicas, reason] = [config.minReplicas, 'minimum'];
    if (replicas > config.maxReplicas) [replicas, reason] = [config.maxReplicas, 'maximum'];
    return { replicas, reason };
  }

  /**
   * The decision at `nowMs` given the needs of every instant until new replicas would be ready
   * (now … now + startup delay): the largest of them, then scale-down stabilization.
   */
  decide(nowMs: number, needs: PlanDecision[]): PlanDecision {
    let wanted: PlanDecision = needs[0] ?? { replicas: this.config.minReplicas, reason: 'minimum' };
    for (const need of needs) if (need.replicas > wanted.replicas) wanted = need;
    const applied = this.stabilizer.apply(nowMs, wanted.replicas);
    return applied > wanted.replicas ? { replicas: applied, reason: 'scale-down damped' } : wanted;
  }
}
