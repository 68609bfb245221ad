import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTable } from '../commands/ops-output.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import { freePort } from '../supervisor/free-port.ts';
import { PLATFORM_ENTRIES } from '../supervisor/platform-entries.ts';
import { Supervisor } from '../supervisor/supervisor.ts';
import { missingBinaries, PrivatePostgres, PrivateRedis } from './private-services.ts';

/**
 * Fault drills under steady load: 2 API processes and 1 worker under the supervisor, on a
 * PostgreSQL cluster, a Redis and an SMTP server of this suite's own (the machine's shared ones
 * are never stopped). For each fault: every accepted submission ends published or failed with a
 * reason, none is published twice, none is lost; the API error rate and the recovery time are
 * measured and printed as a table.
 */
const missing = missingBinaries();
if (missing.length > 0 && process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but the fault drills need ${missing.join(', ')}`);

const BRIEF = 'We are Sunrise Bakery in Brno. We need a website with our menu and prices, online cake orders for pickup, a contact form and our opening hours.';

interface Row {
  fault: string;
  recoveryMs: number | null;
  recoveryNote: string;
  requests: number;
  failed: number;
  accepted: number;
  lost: number;
  duplicated: number;
  failedRequests: number;
}

describe.skipIf(missing.length > 0)('fault injection under load (2 API + 1 worker, supervised)', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let smtp: SMTPServer | null = null;
  let smtpPort = 0;
  let dataDir: string;
  let supervisor: Supervisor;
  let db: pg.Pool;
  let base = '';
  let probeToken = { id: '', token: '' };
  const rows: Row[] = [];
  const accepted = new Set<string>();
  const timeline: string[] = [];

  const startSmtp = async () => {
    smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData: (stream, _s, done) => stream.resume().on('end', () => done()) });
    await new Promise<void>((resolve) => smtp!.listen(smtpPort, '127.0.0.1', () => resolve()));
  };
  const stopSmtp = async () => {
    const s = smtp;
    smtp = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([PrivatePostgres.create(), PrivateRedis.create()]);
    const databaseUrl = await postgres.createDatabase('statex_faults');
    db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    db.on('error', () => {});
    smtpPort = await freePort();
    await startSmtp();
    dataDir = await mkdtemp(path.join(tmpdir(), 'statex-faults-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    supervisor = new Supervisor({
      entries: PLATFORM_ENTRIES,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: 'faults',
        STATEX_DATA_DIR: dataDir,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        WORKER_STAGE_DELAY: '150ms',
        WORKER_LEASE: '3s',
        RECONCILE_INTERVAL: '1s',
        QUOTA_PER_EMAIL: '100000',
        QUOTA_PER_IP: '100000',
        // The drills measure faults, not the per-IP rate limit or the confirmation step.
        RATE_LIMIT_MAX: '100000000',
        REQUIRE_EMAIL_CONFIRMATION: 'false',
        NODE_COMPILE_CACHE: path.join(tmpdir(), 'statex-node-compile-cache'),
      },
      port,
      mode: 'services',
      api: 2,
      workers: 1,
      events: new OpsEventLog({ file: path.join(dataDir, 'ops', 'events.jsonl'), log: () => {} }),
      childOutput: { dir: path.join(dataDir, 'logs') },
      probeIntervalMs: 100,
    });
    await supervisor.events.open();
    await supervisor.start();
    await supervisor.waitReady(120_000);
    const first = await submitOne();
    if (!first) throw new Error('the platform did not accept a first submission');
    probeToken = first;
  }, 180_000);

  afterAll(async () => {
    await supervisor?.stop('drills finished');
    await supervisor?.events.close();
    await db?.end().catch(() => {});
    await stopSmtp();
    await redis?.stop();
    await postgres?.destroy();
    if (rows.length > 0) {
      console.log(
        `\nFault drills (2 API + 1 worker under statex-ops, steady load)\n${formatTable(
          ['fault', 'recovery', 'failed API requests', 'accepted', 'lost', 'duplicated'],
          rows.map((r) => [
            r.fault,
            r.recoveryMs === null ? r.recoveryNote : `${(r.recoveryMs / 1000).toFixed(2)} s ${r.recoveryNote}`,
            `${r.failed}/${r.requests} (${((r.failed / Math.max(1, r.requests)) * 100).toFixed(2)} %)`,
            String(r.accepted),
            String(r.lost),
            String(r.duplicated),
          ]),
        )}`,
      );
    }
    // The supervisor's decisions during each drill, for reading when a figure looks wrong.
    await writeFile(path.join(tmpdir(), 'statex-fault-drills-timeline.txt'), `${timeline.join('\n')}\n`).catch(() => {});
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  async function submitOne(): Promise<{ id: string; token: string } | null> {
    const form = new FormData();
    form.append('brief', BRIEF);
    form.append('email', `drill-${accepted.size}@example.com`);
    try {
      const res = await fetch(`${base}/api/requests`, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) });
      if (res.status !== 202) {
        await res.arrayBuffer();
        return null;
      }
      const body = (await res.json()) as { id: string; token: string };
      accepted.add(body.id);
      return body;
    } catch {
      return null;
    }
  }

  /** Steady load (status reads over keep-alive connections, plus a submission every 300 ms) while `fault` runs. */
  async function underLoad(name: string, fault: () => Promise<{ recoveryMs: number | null; note: string }>): Promise<Row> {
    const before = new Set(accepted);
    const phaseStart = new Date().toISOString();
    let requests = 0;
    let failed = 0;
    const load = autocannon({
      url: base,
      connections: 4,
      duration: 60,
      timeout: 5,
      requests: [{ method: 'GET', path: `/api/requests/${probeToken.id}`, headers: { authorization: `Bearer ${probeToken.token}` } }],
    });
    load.on('response', (_client: unknown, status: number) => {
      requests += 1;
      if (status >= 400) failed += 1;
    });
    load.on('reqError', () => {
      requests += 1;
      failed += 1;
    });
    let submitting = true;
    let failedSubmissions = 0;
    const submitter = (async () => {
      while (submitting) {
        if (!(await submitOne())) failedSubmissions += 1;
        await sleep(300);
      }
    })();
    await sleep(1_500);
    const outcome = await fault();
    await sleep(1_500);
    submitting = false;
    load.stop();
    await Promise.all([submitter, load]);
    const mine = [...accepted].filter((id) => !before.has(id));
    timeline.push(`## ${name}`, ...supervisor.events.recent(200).filter((e) => e.at >= phaseStart).map((e) => `${e.at} ${e.type} ${e.slot ?? ''} ${e.reason}`));
    const { lost, duplicated } = await settle(mine, 90_000);
    const row: Row = {
      fault: name,
      recoveryMs: outcome.recoveryMs,
      recoveryNote: outcome.note,
      requests: requests + failedSubmissions,
      failed: failed + failedSubmissions,
      failedRequests: failed,
      accepted: mine.length,
      lost,
      duplicated,
    };
    rows.push(row);
    return row;
  }

  /** Waits until every id is published or failed (with a reason); counts the ones that never get there and those published twice. */
  async function settle(ids: string[], timeoutMs: number): Promise<{ lost: number; duplicated: number }> {
    const deadline = Date.now() + timeoutMs;
    let pending = ids;
    while (pending.length > 0 && Date.now() < deadline) {
      const { rows: found } = await db.query<{ id: string; stage: string; failure_reason: string | null }>('select id, stage, failure_reason from requests where id = any($1)', [pending]).catch(() => ({ rows: [] }));
      const done = new Set(found.filter((r) => r.stage === 'published' || (r.stage === 'failed' && r.failure_reason)).map((r) => r.id));
      pending = pending.filter((id) => !done.has(id));
      if (pending.length > 0) await sleep(250);
    }
    const { rows: published } = await db.query<{ request_id: string; n: number }>(
      `select request_id, count(*)::int as n from request_events where type = 'stage' and stage = 'published' and request_id = any($1) group by request_id`,
      [ids],
    );
    return { lost: pending.length, duplicated: published.filter((r) => r.n > 1).length };
  }

  /** Polls the supervisor until every process is ready again (none of them `gone`); the time from `since`. */
  async function timeUntilAllReady(since: number, gone: number | null = null, timeoutMs = 90_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = supervisor.status();
      if (status.processes.length === 3 && status.processes.every((p) => p.ready && p.pid !== gone)) return Date.now() - since;
      if (Date.now() > deadline) throw new Error(`not all ready ${timeoutMs} ms after the fault: ${JSON.stringify(status.processes)}`);
      await sleep(20);
    }
  }

  function expectClean(row: Row): void {
    expect(row.lost, `${row.fault}: lost submissions`).toBe(0);
    expect(row.duplicated, `${row.fault}: published twice`).toBe(0);
    expect(row.accepted, `${row.fault}: submissions accepted during the drill`).toBeGreaterThan(0);
  }

  it('kill -9 of an API process: replaced, the other keeps serving', async () => {
    const row = await underLoad('kill -9 API process', async () => {
      const pid = supervisor.pidOf('api', 0)!;
      const at = Date.now();
      process.kill(pid, 'SIGKILL');
      return { recoveryMs: await timeUntilAllReady(at, pid), note: '(replacement ready)' };
    });
    expectClean(row);
    expect(row.failedRequests / row.requests).toBeLessThanOrEqual(0.01);
  }, 180_000);

  it('kill -9 of the worker mid-job: replaced, its jobs taken over and published once', async () => {
    const row = await underLoad('kill -9 worker mid-job', async () => {
      // Mid-job: some request is inside the pipeline right now.
      for (let i = 0; i < 200; i++) {
        const { rows: busy } = await db.query(`select 1 from requests where stage in ('extracting','generating','rendering','publishing') limit 1`);
        if (busy.length > 0) break;
        await sleep(25);
      }
      const at = Date.now();
      const pid = supervisor.pidOf('worker')!;
      process.kill(pid, 'SIGKILL');
      return { recoveryMs: await timeUntilAllReady(at, pid), note: '(replacement ready)' };
    });
    expectClean(row);
  }, 180_000);

  it('Redis stopped and restarted: submissions still accepted, dispatched when it returns', async () => {
    const row = await underLoad('Redis down 3 s', async () => {
      await redis.stop();
      await sleep(3_000);
      await redis.start();
      const at = Date.now();
      return { recoveryMs: await timeUntilAllReady(at), note: '(all ready after restart)' };
    });
    expectClean(row);
  }, 180_000);

  it('PostgreSQL stopped and restarted: 503 meanwhile, nothing accepted is lost', async () => {
    const row = await underLoad('PostgreSQL down 3 s', async () => {
      await postgres.stop();
      await sleep(3_000);
      await postgres.start();
      const at = Date.now();
      return { recoveryMs: await timeUntilAllReady(at), note: '(all ready after restart)' };
    });
    expectClean(row);
  }, 180_000);

  it('rolling reload: every process replaced, no request failed', async () => {
    const before = supervisor.status().processes.map((p) => p.pid);
    const row = await underLoad('statex-ops reload', async () => {
      const at = Date.now();
      await supervisor.reload('drill');
      return { recoveryMs: Date.now() - at, note: '(reload took; no downtime)' };
    });
    expectClean(row);
    const after = supervisor.status().processes;
    expect(after).toHaveLength(3);
    expect(after.every((p) => p.ready && !before.includes(p.pid))).toBe(true);
    expect(row.failedRequests / row.requests).toBeLessThanOrEqual(0.01);
  }, 240_000);

  it('SMTP down: requests still published; the mail failure does not fail them', async () => {
    const row = await underLoad('SMTP down', async () => {
      await stopSmtp();
      await sleep(3_000);
      await startSmtp();
      return { recoveryMs: null, note: 'n/a (API unaffected)' };
    });
    expectClean(row);
    expect(row.failedRequests).toBe(0);
  }, 180_000);
});
