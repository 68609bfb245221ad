import autocannon from 'autocannon';
import { probe } from '../supervisor/probe.ts';
import { cpuSeconds, diskUsedPercent, machineCpuPercent, memoryUsedPercent } from './host-usage.ts';
import type { ReleaseThresholds } from './release-thresholds.ts';
import { percentile } from './traffic-router.ts';

/** Figures of one version under the bounded probe load; the running version's become the baseline. */
export interface ReleaseMetrics {
  p95LatencyMs: number;
  p99LatencyMs: number;
  requestsPerSecond: number;
  successRate: number;
  requests: number;
  /** The version's processes, % of the machine's CPU during the probe. */
  cpuPercent: number;
  memoryPercent: number;
  diskPercent: number;
  measuredAt: string;
}

export interface Check {
  name: string;
  ok: boolean;
  value: string;
  limit: string;
}

export interface ValidationResult {
  passed: boolean;
  checks: Check[];
  metrics: ReleaseMetrics | null;
  baseline: ReleaseMetrics | null;
}

/** autocannon options with `overallRate` (requests per second over all connections), which the shared declarations leave out. */
export function boundedLoad(options: Parameters<typeof autocannon>[0] & { overallRate: number }): Parameters<typeof autocannon>[0] {
  return options;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** /health, /health/ready and /health/detailed must all answer 200 (detailed: status "ok"). */
export async function healthLevels(baseUrl: string, timeoutMs = 3_000): Promise<Check[]> {
  const checks: Check[] = [];
  for (const path of ['/health', '/health/ready']) {
    const r = await probe(`${baseUrl}${path}`, timeoutMs);
    checks.push({ name: `health ${path}`, ok: r.ok, value: r.ok ? `HTTP ${r.status}` : (r.error ?? 'failed'), limit: '2xx' });
  }
  try {
    const res = await fetch(`${baseUrl}/health/detailed`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json()) as { status?: string };
    checks.push({ name: 'health /health/detailed', ok: res.ok && body.status === 'ok', value: `HTTP ${res.status}, ${body.status ?? '?'}`, limit: '200, ok' });
  } catch (error) {
    checks.push({ name: 'health /health/detailed', ok: false, value: (error as Error).message, limit: '200, ok' });
  }
  return checks;
}

/** A bounded load (a fixed rate for a few seconds over loopback) on `baseUrl`, with the CPU of `pids` and the host's memory and disk. */
export async function measure(baseUrl: string, pids: number[], dataDir: string, probeConfig: ReleaseThresholds['validation']['probe']): Promise<ReleaseMetrics> {
  const durations: number[] = [];
  let ok = 0;
  let failed = 0;
  const cpuBefore = await cpuSeconds(pids);
  const started = performance.now();
  const load = autocannon(boundedLoad({
    url: baseUrl,
    connections: probeConfig.connections,
    duration: probeConfig.durationSeconds,
    overallRate: probeConfig.requestsPerSecond,
    timeout: 5,
    requests: probeConfig.paths.map((path) => ({ method: 'GET', path })),
  }));
  load.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    durations.push(responseTime);
    if (status < 400) ok += 1;
    else failed += 1;
  });
  load.on('reqError', () => {
    failed += 1;
  });
  await load;
  const wall = (performance.now() - started) / 1000;
  const cpu = machineCpuPercent((await cpuSeconds(pids)) - cpuBefore, wall);
  const requests = ok + failed;
  return {
    p95LatencyMs: round(percentile(durations, 95)),
    p99LatencyMs: round(percentile(durations, 99)),
    requestsPerSecond: round(requests / wall),
    successRate: requests > 0 ? ok / requests : 0,
    requests,
    cpuPercent: cpu,
    memoryPercent: await memoryUsedPercent(),
    diskPercent: await diskUsedPercent(dataDir),
    measuredAt: new Date().toISOString(),
  };
}

/** Every check a new version must pass before it gets any traffic, against absolute limits and the running version's baseline. */
export function judge(metrics: ReleaseMetrics, baseline: ReleaseMetrics | null, t: ReleaseThresholds['validation']): Check[] {
  const checks: Check[] = [
    { name: 'p95 latency', ok: metrics.p95LatencyMs <= t.maxP95LatencyMs, value: `${metrics.p95LatencyMs} ms`, limit: `≤ ${t.maxP95LatencyMs} ms` },
    { name: 'throughput', ok: metrics.requestsPerSecond >= t.minRequestsPerSecond, value: `${metrics.requestsPerSecond} req/s`, limit: `≥ ${t.minRequestsPerSecond} req/s` },
    { name: 'success rate', ok: metrics.successRate >= t.minSuccessRate, value: `${round(metrics.successRate * 100)} %`, limit: `≥ ${t.minSuccessRate * 100} %` },
    { name: 'cpu', ok: metrics.cpuPercent <= t.maxCpuPercent, value: `${metrics.cpuPercent} %`, limit: `≤ ${t.maxCpuPercent} %` },
    { name: 'memory', ok: metrics.memoryPercent <= t.maxMemoryPercent, value: `${metrics.memoryPercent} %`, limit: `≤ ${t.maxMemoryPercent} %` },
    { name: 'disk', ok: metrics.diskPercent <= t.maxDiskPercent, value: `${metrics.diskPercent} %`, limit: `≤ ${t.maxDiskPercent} %` },
  ];
  if (baseline) {
    const limit = round(baseline.p95LatencyMs * t.maxLatencyRegression + t.latencyRegressionSlackMs);
    checks.push({ name: 'p95 vs baseline', ok: metrics.p95LatencyMs <= limit, value: `${metrics.p95LatencyMs} ms (running: ${baseline.p95LatencyMs} ms)`, limit: `≤ ${limit} ms` });
  }
  return checks;
}

export async function validateRelease(options: { baseUrl: string; pids: number[]; dataDir: string; thresholds: ReleaseThresholds['validation']; baseline: ReleaseMetrics | null }): Promise<ValidationResult> {
  const health = await healthLevels(options.baseUrl);
  if (health.some((c) => !c.ok)) return { passed: false, checks: health, metrics: null, baseline: options.baseline };
  const metrics = await measure(options.baseUrl, options.pids, options.dataDir, options.thresholds.probe);
  const checks = [...health, ...judge(metrics, options.baseline, options.thresholds)];
  return { passed: checks.every((c) => c.ok), checks, metrics, baseline: options.baseline };
}
