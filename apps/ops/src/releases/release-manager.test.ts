import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@statex/db/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportStore } from '../reports/report-store.ts';
import { freePort } from '../supervisor/free-port.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import { ReleaseManager, type ReleaseAlerts } from './release-manager.ts';
import { DEFAULT_THRESHOLDS_FILE, loadThresholds, type ReleaseThresholds } from './release-thresholds.ts';
import { TrafficRouter } from './traffic-router.ts';

/**
 * Real releases on loopback: the repository itself is the release directory of every version
 * (its node_modules are already installed; `prepareRelease` from a git ref does the archive +
 * npm ci instead), each version named explicitly. One API process per version (inline worker),
 * all on one PostgreSQL database, behind the TrafficRouter.
 */
const hasPostgres = await postgresAvailable();
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const BRIEF = 'We are Sunrise Bakery in Brno. We need a website with our menu and prices, online cake orders for pickup, a contact form and our opening hours.';

describe.skipIf(!hasPostgres)('release manager: deploy beside, validate, switch, watch, roll back', () => {
  let testDb: TestDatabase;
  let dataDir: string;
  let router: TrafficRouter;
  let manager: ReleaseManager;
  let reports: ReportStore;
  let thresholds: ReleaseThresholds;
  let base = '';
  const alerts: Parameters<ReleaseAlerts['raise']>[0][] = [];
  const accepted = new Set<string>();
  let db: pg.Pool;

  beforeAll(async () => {
    testDb = await createTestDatabase('releases');
    db = new pg.Pool({ connectionString: testDb.url, max: 2 });
    dataDir = await mkdtemp(path.join(tmpdir(), 'statex-releases-'));
    router = new TrafficRouter();
    const port = await router.listen(await freePort(), '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
    thresholds = await loadThresholds(DEFAULT_THRESHOLDS_FILE, 'local');
    thresholds.validation.probe.durationSeconds = 2;
    thresholds.watch = { intervalMs: 200, timeoutMs: 1000, failuresToRollback: 5, graceSeconds: 3 };
    reports = new ReportStore({ dataDir, pool: db });
    manager = new ReleaseManager({
      platformEnv: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: testDb.url,
        STATEX_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        WORKER_STAGE_DELAY: '100ms',
        WORKER_LEASE: '3s',
        RECONCILE_INTERVAL: '1s',
        QUOTA_PER_EMAIL: '100000',
        QUOTA_PER_IP: '100000',
        RATE_LIMIT_MAX: '100000000',
        REQUIRE_EMAIL_CONFIRMATION: 'false',
        NODE_COMPILE_CACHE: path.join(tmpdir(), 'statex-node-compile-cache'),
      },
      databaseUrl: testDb.url,
      dataDir,
      publicPort: port,
      router,
      thresholds,
      processes: { mode: 'embedded', api: 1, workers: 0 },
      reports,
      alerts: { raise: async (a) => alerts.push(a) },
      events: new OpsEventLog({ log: () => {} }),
      repoDir: repo,
    });
    await manager.activate({ version: 'v1', dir: repo });
  }, 90_000);

  afterAll(async () => {
    await manager?.close();
    await router?.close();
    await db?.end();
    await testDb?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function submit(): Promise<boolean> {
    const form = new FormData();
    form.append('brief', BRIEF);
    form.append('email', `release-${accepted.size}@example.com`);
    const res = await fetch(`${base}/api/requests`, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (res?.status !== 202) return false;
    accepted.add(((await res.json()) as { id: string }).id);
    return true;
  }

  /** Steady load through the public port while `work` runs: reads over keep-alive plus a submission every 250 ms. */
  async function underLoad<T>(work: () => Promise<T>): Promise<{ result: T; requests: number; failed: number; submissions: number; failedSubmissions: number }> {
    let requests = 0;
    let failed = 0;
    const load = autocannon({ url: base, connections: 4, duration: 120, timeout: 10, requests: [{ method: 'GET', path: '/health/ready' }, { method: 'GET', path: '/openapi.json' }] });
    load.on('response', (_c: unknown, status: number) => {
      requests += 1;
      if (status >= 400) failed += 1;
    });
    load.on('reqError', () => {
      requests += 1;
      failed += 1;
    });
    let submitting = true;
    let submissions = 0;
    let failedSubmissions = 0;
    const submitter = (async () => {
      while (submitting) {
        submissions += 1;
        if (!(await submit())) failedSubmissions += 1;
        await sleep(250);
      }
    })();
    try {
      const result = await work();
      await sleep(500);
      return { result, requests, failed, submissions, failedSubmissions };
    } finally {
      submitting = false;
      load.stop();
      await Promise.all([submitter, load]);
    }
  }

  /** Every accepted submission ends published (none lost) — whichever version took it. */
  async function expectNoneLost(): Promise<void> {
    const deadline = Date.now() + 45_000;
    let pending = [...accepted];
    while (pending.length > 0 && Date.now() < deadline) {
      const { rows } = await db.query<{ id: string }>(`select id from requests where id = any($1) and stage = 'published'`, [pending]);
      const done = new Set(rows.map((r) => r.id));
      pending = pending.filter((id) => !done.has(id));
      if (pending.length > 0) await sleep(250);
    }
    expect(pending, 'accepted submissions never published').toEqual([]);
  }

  it('a good version under load: validated, switched, old one retired — zero failed requests', async () => {
    const run = await underLoad(() => manager.deploy(repo, { version: 'v2' }));
    expect(run.result.outcome).toBe('deployed');
    expect(run.result.validation?.passed).toBe(true);
    expect(manager.currentVersion?.version).toBe('v2');
    expect(router.currentRoutes()).toEqual([expect.objectContaining({ version: 'v2', weight: 100 })]);
    expect(run.requests).toBeGreaterThan(50);
    expect(run.failed).toBe(0);
    expect(run.failedSubmissions).toBe(0);
    expect(run.submissions).toBeGreaterThan(3);
    const kinds = (await reports.list()).map((r) => `${r.kind}:${r.version}:${r.outcome}`);
    expect(kinds).toEqual(expect.arrayContaining(['deployment:v2:deployed', 'validation:v2:passed', 'health:v2:stable', 'performance:v2:info']));
    const { rows } = await db.query(`select kind from ops_reports where version = 'v2'`);
    expect(rows.map((r) => r.kind).sort()).toEqual(['deployment', 'health', 'performance', 'validation']);
    await expectNoneLost();
  }, 90_000);

  it('a version whose validation fails never receives traffic', async () => {
    const saved = thresholds.validation.minRequestsPerSecond;
    thresholds.validation.minRequestsPerSecond = 1_000_000;
    try {
      const result = await manager.deploy(repo, { version: 'v3-slow' });
      expect(result.outcome).toBe('validation-failed');
      expect(result.validation?.checks.find((c) => c.name === 'throughput')?.ok).toBe(false);
    } finally {
      thresholds.validation.minRequestsPerSecond = saved;
    }
    expect(router.statsOf('v3-slow').requests).toBe(0);
    expect(router.currentRoutes().map((r) => r.version)).toEqual(['v2']);
    expect(manager.currentVersion?.version).toBe('v2');
    expect(alerts.map((a) => a.key)).toContain('release-validation-v3-slow');
    expect((await reports.list('validation')).find((r) => r.version === 'v3-slow')?.outcome).toBe('failed');
  }, 90_000);

  it('a version that goes bad after the switch is rolled back after exactly 5 consecutive failed checks; nothing accepted is lost', async () => {
    thresholds.watch.graceSeconds = 60;
    const before = accepted.size;
    // Ready at first (it passes validation and takes traffic), then /health/ready answers 503.
    // The fault is triggered by a file once v4-bad has all traffic, not by a clock (a loaded CI machine may
    // take longer than any fixed delay to start and validate it).
    const trigger = path.join(dataDir, 'v4-bad-unready');
    const deploying = underLoad(() => manager.deploy(repo, { version: 'v4-bad', extraEnv: { FAULT_UNREADY_FILE: trigger } }));
    await expect.poll(() => router.currentRoutes().map((r) => `${r.version}:${r.weight}`), { timeout: 100_000, interval: 100 }).toEqual(['v4-bad:100']);
    await writeFile(trigger, 'unready');
    const run = await deploying;
    expect(run.result.validation?.passed).toBe(true);
    expect(run.result.outcome).toBe('rolled-back');
    expect(manager.currentVersion?.version).toBe('v2');
    expect(router.currentRoutes().map((r) => r.version)).toEqual(['v2']);
    expect(router.statsOf('v4-bad').requests).toBeGreaterThan(0);
    const health = (await reports.list('health')).find((r) => r.version === 'v4-bad')!;
    const checks = health.body.checks as { ok: boolean; consecutiveFailures: number }[];
    expect(checks.filter((c) => !c.ok)).toHaveLength(5);
    expect(checks.slice(-5).every((c) => !c.ok)).toBe(true);
    expect(checks.at(-1)!.consecutiveFailures).toBe(5);
    expect((await reports.list('rollback')).find((r) => r.version === 'v4-bad')?.body).toMatchObject({ from: 'v4-bad', to: 'v2', automatic: true });
    expect(alerts.find((a) => a.key === 'release-rollback-v4-bad')?.severity).toBe('critical');
    expect(accepted.size).toBeGreaterThan(before);
    await expectNoneLost();
  }, 120_000);
});
