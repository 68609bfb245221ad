import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTraffic } from './forecast/synthetic-series.ts';
import { OpsError } from './ops-errors.ts';
import { readOpsSettings } from './ops-settings.ts';
import { buildProgram } from './program.ts';

// Defaults only: an empty environment.
const settings = readOpsSettings({});
let dir = '';
let trace = '';

async function run(args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  await buildProgram(settings, { out: (s) => (out += s), err: (s) => (err += s) }).parseAsync(['node', 'statex-ops', ...args]);
  return { out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'statex-ops-cli-'));
  trace = path.join(dir, 'hits.csv');
  // Eight days of 30-minute counts under other column names, starting Monday 2 March 2026 (CET).
  const counts = syntheticTraffic({ days: 8, intervalsPerDay: 48, base: 40, peak: 400, weekendFactor: 0.5, noise: 0.1 });
  const start = Date.parse('2026-03-01T23:00:00Z');
  const rows = counts.map((c, i) => `${new Date(start + i * 1_800_000).toISOString()},${c},x`);
  await writeFile(trace, `when,hits,other\n${rows.join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('statex-ops', () => {
  it('simulate --json prints every policy with its figures and writes the plot', async () => {
    const plot = path.join(dir, 'plot.svg');
    const { out } = await run(['simulate', '--trace', trace, '--time-col', 'when', '--count-col', 'hits', '--capacity', '50', '--startup-delay', '30m', '--json', '--plot', plot]);
    const result = JSON.parse(out) as { intervalSeconds: number; policies: { name: string; replicaHours: number; underProvisionedPct: number; requestsOverCapacity: number }[] };
    expect(result.intervalSeconds).toBe(1800);
    expect(result.policies.map((p) => p.name)).toEqual(['oracle', 'static-peak', 'reactive-hpa', 'business-hours', 'predictive']);
    for (const p of result.policies) expect(Object.keys(p)).toEqual(expect.arrayContaining(['name', 'replicaHours', 'underProvisionedPct', 'requestsOverCapacity']));
    expect(result.policies[0]).toMatchObject({ underProvisionedPct: 0, requestsOverCapacity: 0 });
    const svg = await readFile(plot, 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('predictive capacity');
  });

  it('simulate prints a table', async () => {
    const { out } = await run(['simulate', '--trace', trace, '--time-col', 'when', '--count-col', 'hits', '--capacity', '50']);
    expect(out).toMatch(/^384 intervals of 30m; new replicas serve after 1 interval\(s\)\./);
    expect(out).toMatch(/\npredictive +\d+\.\d\d% /);
  });

  it('forecast prints 48 h of point and band as CSV in the trace zone', async () => {
    const { out, err } = await run(['forecast', '--trace', trace, '--time-col', 'when', '--count-col', 'hits', '--horizon', '48h']);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('timestamp,point,lower,upper');
    expect(lines).toHaveLength(97);
    expect(lines[1]).toMatch(/^2026-03-09T23:00:00Z,[\d.]+,[\d.]+,[\d.]+$/);
    expect(err).toMatch(/^fourier-regression, fitted on 384 intervals/);
  });

  it('plan gives a replica schedule with the business-hours floor, maintenance windows and cost', async () => {
    const { out } = await run(['plan', '--trace', trace, '--time-col', 'when', '--count-col', 'hits', '--capacity', '50', '--business-floor', '3', '--json']);
    const plan = JSON.parse(out) as { schedule: { time: string; replicas: number; reason: string }[]; maintenanceWindows: { start: string; end: string }[]; cost: { costPerMonth: number } };
    const at = (time: string) => plan.schedule.find((s) => s.time === time);
    // Tuesday 10 March 2026 in Prague (CET): floor from 08:30, never below it until 18:00.
    expect(at('2026-03-10T08:30:00+01:00')?.replicas).toBeGreaterThanOrEqual(3);
    expect(plan.schedule.filter((s) => s.time >= '2026-03-10T08:30' && s.time < '2026-03-10T18:00').every((s) => s.replicas >= 3)).toBe(true);
    expect(plan.maintenanceWindows[0]).toEqual({ start: '2026-03-09T19:00:00+01:00', end: '2026-03-10T08:00:00+01:00', tasks: ['vacuum', 'report-retention', 'cache-cleanup', 'certificate-check'] });
    expect(plan.cost.costPerMonth).toBeGreaterThan(0);
  });

  it('refuses a wrong column with a message naming the columns there are', async () => {
    const error = await run(['simulate', '--trace', trace, '--time-col', 'timestamp', '--count-col', 'hits']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    expect((error as OpsError).status).toBe(400);
    expect((error as OpsError).message).toMatch(/has no column "timestamp" \(--time-col\); its columns are: when, hits, other\./);
  });
});
