import { setTimeout as sleep } from 'node:timers/promises';
import { probe } from '../supervisor/probe.ts';

export interface HealthCheckRecord {
  at: string;
  ok: boolean;
  status: number | null;
  error?: string;
  consecutiveFailures: number;
}

export interface WatchResult {
  outcome: 'stable' | 'failed' | 'stopped';
  checks: HealthCheckRecord[];
  consecutiveFailures: number;
}

/**
 * Health-checks a version that has just taken traffic: its /health/ready every `intervalMs` for
 * `durationMs`. `failuresToRollback` failed checks *in a row* end the watch as failed (one
 * success resets the count, so a single slow answer never triggers a rollback).
 */
export async function watchHealth(options: {
  url: string;
  intervalMs: number;
  timeoutMs: number;
  failuresToRollback: number;
  durationMs: number;
  signal?: AbortSignal;
  onCheck?: (check: HealthCheckRecord) => void;
}): Promise<WatchResult> {
  const checks: HealthCheckRecord[] = [];
  const deadline = Date.now() + options.durationMs;
  let consecutive = 0;
  while (Date.now() < deadline) {
    if (options.signal?.aborted) return { outcome: 'stopped', checks, consecutiveFailures: consecutive };
    const started = Date.now();
    const r = await probe(options.url, options.timeoutMs);
    consecutive = r.ok ? 0 : consecutive + 1;
    const check: HealthCheckRecord = { at: new Date().toISOString(), ok: r.ok, status: r.status, consecutiveFailures: consecutive, ...(r.error ? { error: r.error } : {}) };
    checks.push(check);
    options.onCheck?.(check);
    if (consecutive >= options.failuresToRollback) return { outcome: 'failed', checks, consecutiveFailures: consecutive };
    await sleep(Math.max(0, options.intervalMs - (Date.now() - started)));
  }
  return { outcome: 'stable', checks, consecutiveFailures: consecutive };
}
