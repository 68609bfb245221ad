import { statfs } from 'node:fs/promises';
import type { AlertRouter } from '../alerts/alert-router.ts';
import { RobustAnomalyDetector } from './anomaly-detector.ts';
import { readMetricsSample, sumSamples, type MetricsSample } from './metrics-sample.ts';
import { extrapolate, formatHours, type Point } from './trend-extrapolation.ts';

/** One observation of the platform: metrics summed over processes, and the data disk. */
export interface Observation {
  atMs: number;
  metrics: MetricsSample;
  disk: { usedBytes: number; totalBytes: number } | null;
}

export interface MonitorOptions {
  router: AlertRouter;
  /** Below this many requests in an interval, latency and error rate are not judged (too few to mean anything). */
  minRequests?: number;
  /** Trend window, in observations. */
  trendPoints?: number;
  diskWarnHours?: number;
  diskCriticalHours?: number;
}

/**
 * The predictive half of the control loop. Each observation updates: mean latency and 5xx rate
 * per interval → robust anomaly detectors (warning when anomalous, recovered when normal again;
 * an error rate over 5 % is critical outright); disk use → "disk full in N h" from the trend;
 * queue depth → "queue drains in N min" (info) or a growing backlog (warning).
 */
export class PlatformMonitor {
  private readonly o: Required<Omit<MonitorOptions, 'router'>> & { router: AlertRouter };
  private readonly latency = new RobustAnomalyDetector({ minSpread: 0.002 });
  private readonly errorRate = new RobustAnomalyDetector({ minSpread: 0.005 });
  private previous: Observation | null = null;
  private readonly disk: Point[] = [];
  private readonly queue: Point[] = [];

  constructor(options: MonitorOptions) {
    this.o = { minRequests: 20, trendPoints: 30, diskWarnHours: 24, diskCriticalHours: 2, ...options };
  }

  async observe(observation: Observation): Promise<void> {
    const prev = this.previous;
    this.previous = observation;
    const tasks: Promise<unknown>[] = [];
    if (prev) {
      const requests = observation.metrics.httpRequests - prev.metrics.httpRequests;
      const count = observation.metrics.durationCount - prev.metrics.durationCount;
      // Counters restart with a process; a negative delta is a restart, not a measurement.
      if (requests >= this.o.minRequests && count > 0) {
        const meanLatency = (observation.metrics.durationSum - prev.metrics.durationSum) / count;
        const rate = (observation.metrics.http5xx - prev.metrics.http5xx) / requests;
        const lat = this.latency.push(meanLatency);
        const err = this.errorRate.push(rate);
        const ms = (s: number) => `${Math.round(s * 10_000) / 10} ms`;
        tasks.push(
          lat.anomalous
            ? this.o.router.raise({ key: 'latency-anomaly', severity: 'warning', title: 'API latency is unusually high', detail: `mean ${ms(meanLatency)} against a usual ${ms(lat.median)} (robust z ${lat.z?.toFixed(1)})`, data: { meanLatency, z: lat.z } })
            : lat.warmingUp ? Promise.resolve() : this.o.router.resolve('latency-anomaly', `mean latency back to ${ms(meanLatency)}`),
        );
        const pct = (r: number) => `${Math.round(r * 1000) / 10} %`;
        tasks.push(
          rate > 0.05
            ? this.o.router.raise({ key: 'error-rate', severity: 'critical', title: 'API error rate above 5 %', detail: `${pct(rate)} of ${requests} requests answered 5xx`, data: { rate } })
            : err.anomalous
              ? this.o.router.raise({ key: 'error-rate', severity: 'warning', title: 'API error rate is unusually high', detail: `${pct(rate)} of ${requests} requests answered 5xx against a usual ${pct(err.median)}`, data: { rate, z: err.z } })
              : this.o.router.resolve('error-rate', `error rate back to ${pct(rate)}`),
        );
      }
    }
    if (observation.disk) {
      this.push(this.disk, { atMs: observation.atMs, value: observation.disk.usedBytes });
      const trend = extrapolate(this.disk, observation.disk.totalBytes);
      if (trend?.hoursToLimit != null && trend.hoursToLimit < this.o.diskWarnHours) {
        const severity = trend.hoursToLimit < this.o.diskCriticalHours ? 'critical' : 'warning';
        tasks.push(this.o.router.raise({ key: 'disk-full', severity, title: `Disk full in ${formatHours(trend.hoursToLimit)}`, detail: `data disk ${Math.round((observation.disk.usedBytes / observation.disk.totalBytes) * 100)} % used, growing ${formatBytes(trend.slopePerHour)}/h`, data: { hoursToLimit: trend.hoursToLimit } }));
      } else if (trend) {
        tasks.push(this.o.router.resolve('disk-full', 'disk use no longer heading for full within a day'));
      }
    }
    this.push(this.queue, { atMs: observation.atMs, value: observation.metrics.queueWaiting });
    const depth = observation.metrics.queueWaiting;
    const queueTrend = depth > 0 ? extrapolate(this.queue, 0) : null;
    if (queueTrend && queueTrend.slopePerHour < 0 && queueTrend.hoursToLimit != null) {
      tasks.push(this.o.router.resolve('queue-growing', `backlog of ${depth} jobs now shrinking`));
      tasks.push(this.o.router.raise({ key: 'queue-draining', severity: 'info', title: `Queue drains in ${formatHours(queueTrend.hoursToLimit)}`, detail: `${depth} jobs waiting, falling ${Math.round(-queueTrend.slopePerHour / 60)} per minute` }));
    } else if (queueTrend && queueTrend.slopePerHour > 0 && depth >= 10) {
      tasks.push(this.o.router.raise({ key: 'queue-growing', severity: 'warning', title: 'Queue backlog is growing', detail: `${depth} jobs waiting, rising ${Math.round(queueTrend.slopePerHour / 60)} per minute: add workers (statex-ops scale workers=N)` }));
    } else if (depth === 0) {
      tasks.push(this.o.router.resolve('queue-growing', 'queue empty'));
      tasks.push(this.o.router.resolve('queue-draining', 'queue empty'));
    }
    await Promise.all(tasks);
  }

  private push(series: Point[], point: Point): void {
    series.push(point);
    if (series.length > this.o.trendPoints) series.shift();
  }
}

function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${Math.round(n * 10) / 10} ${units[i]}`;
}

/** Scrapes each process's /metrics and the data disk into one observation. Unreachable processes are left out. */
export async function scrapeObservation(metricsUrls: string[], dataDir: string, timeoutMs = 2_000): Promise<Observation> {
  const samples = await Promise.all(
    metricsUrls.map(async (url) => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        return res.ok ? readMetricsSample(await res.text()) : null;
      } catch {
        return null;
      }
    }),
  );
  const fs = await statfs(dataDir).catch(() => null);
  return {
    atMs: Date.now(),
    metrics: sumSamples(samples.filter((s): s is MetricsSample => s !== null)),
    disk: fs ? { usedBytes: (fs.blocks - fs.bfree) * fs.bsize, totalBytes: (fs.blocks - fs.bfree + fs.bavail) * fs.bsize } : null,
  };
}
