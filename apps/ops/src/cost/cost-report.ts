/** Average hours in a month (365 × 24 ÷ 12): monthly figures are the trace's rate scaled to it. */
export const HOURS_PER_MONTH = 730;

export interface CostLine {
  name: string;
  replicaHours: number;
  replicaHoursPerMonth: number;
  costPerMonth: number;
  /** Share of the always-on-peak cost saved, %. */
  savingsPct: number;
}

export interface CostReport {
  currency: string;
  pricePerReplicaHour: number;
  /** Hours the replayed series covers. */
  hours: number;
  alwaysOnPeak: { replicas: number; replicaHoursPerMonth: number; costPerMonth: number };
  lines: CostLine[];
}

/**
 * Replica-hours and money per month of each replica series (replicas paid for per interval)
 * against keeping the peak replica count on all the time.
 */
export function costReport(
  runs: { name: string; billed: readonly number[] }[],
  intervalMs: number,
  pricePerReplicaHour: number,
  currency: string,
  /** Replicas that always-on would keep; default: the most any run used. */
  alwaysOnReplicas?: number,
): CostReport {
  const intervals = Math.max(0, ...runs.map((r) => r.billed.length));
  const hours = (intervals * intervalMs) / 3_600_000;
  let peak = alwaysOnReplicas ?? 0;
  if (alwaysOnReplicas === undefined) for (const run of runs) for (const r of run.billed) if (r > peak) peak = r;
  const peakPerMonth = peak * HOURS_PER_MONTH;
  const lines = runs.map(({ name, billed }) => {
    const replicaHours = (billed.reduce((sum, r) => sum + r, 0) * intervalMs) / 3_600_000;
    const replicaHoursPerMonth = hours > 0 ? (replicaHours / hours) * HOURS_PER_MONTH : 0;
    return {
      name,
      replicaHours,
      replicaHoursPerMonth,
      costPerMonth: replicaHoursPerMonth * pricePerReplicaHour,
      savingsPct: peakPerMonth > 0 ? 100 * (1 - replicaHoursPerMonth / peakPerMonth) : 0,
    };
  });
  return {
    currency,
    pricePerReplicaHour,
    hours,
    alwaysOnPeak: { replicas: peak, replicaHoursPerMonth: peakPerMonth, costPerMonth: peakPerMonth * pricePerReplicaHour },
    lines,
  };
}
