export type HealthReport = {
  polls: number;
  failures: number;
  /** Slowest single /health answer. */
  slowestMs: number;
  /** p99 of the answers. */
  p99Ms: number;
  /** Longest time between one answer and the next (a blocked event loop shows here even if no poll was in flight). */
  longestGapMs: number;
  /** Peak RSS of the process sampled, minus RSS when watching began. */
  rssGrowthMb: number;
  peakRssMb: number;
};

/**
 * Asks for /health every `intervalMs` (through `probe`, which returns the status code) until
 * stopped, and samples this process's RSS (or `rssOf`, e.g. a child's) on each tick.
 */
export function watchHealth(probe: () => Promise<number>, options: { intervalMs?: number; rssOf?: () => number | undefined } = {}) {
  const intervalMs = options.intervalMs ?? 100;
  const rssOf = options.rssOf ?? (() => process.memoryUsage().rss);
  const latencies: number[] = [];
  let failures = 0;
  let longestGapMs = 0;
  const baseline = rssOf() ?? 0;
  let peak = baseline;
  let stopped = false;
  let last = performance.now();
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      const status = await Promise.race([
        probe().catch(() => 0),
        new Promise<number>((resolve) => setTimeout(() => resolve(-1), 5_000)),
      ]);
      const now = performance.now();
      latencies.push(now - started);
      if (status !== 200) failures++;
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
      peak = Math.max(peak, rssOf() ?? 0);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop(): Promise<void> {
      stopped = true;
      return loop;
    },
    report(): HealthReport {
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        polls: latencies.length,
        failures,
        slowestMs: sorted.at(-1) ?? 0,
        p99Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
        longestGapMs,
        rssGrowthMb: (peak - baseline) / 1024 / 1024,
        peakRssMb: peak / 1024 / 1024,
      };
    },
  };
}
