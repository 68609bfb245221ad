import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestPlatform, submit, BRIEF, waitForStage, type TestPlatform } from '@statex/api/test-support';
import { requests } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { redisAvailable } from '@statex/queue/testing';
import { eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());
const workerMain = fileURLToPath(new URL('./main.ts', import.meta.url));

function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [workerMain], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => { if (process.env.SHOW_WORKER_LOG) process.stderr.write(d); });
  return child;
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Polls until `check` is true (or throws after `timeoutMs`). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// Real worker processes on PostgreSQL + BullMQ, killed with SIGKILL while requests are in flight.
describe.skipIf(!servicesUp)('crash strikes: a dying worker charges only the request it was running', { timeout: 300_000 }, () => {
  let platform: TestPlatform | undefined;
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const c of children) await killHard(c);
    children.length = 0;
    await platform?.destroy();
    platform = undefined;
  });

  const send = async (p: TestPlatform, n: number) => {
    const res = await submit(p.app, { brief: BRIEF, email: `bystander${n}@example.com` }, [], `10.9.0.${n}`);
    expect(res.statusCode).toBe(202);
    return res.json() as { id: string; token: string };
  };

  it('kill -9 with several requests in flight: every one is published, none failed, no attempt charged', async () => {
    platform = await startTestPlatform({ mode: 'services', withWorker: false });
    const p = platform;
    const env = { ...p.env, INLINE_WORKER: 'true', LOG_LEVEL: 'warn', WORKER_LEASE: '2s', RECONCILE_INTERVAL: '1s', WORKER_CONCURRENCY: '4', WORKER_CRASH_STRIKES: '2' };
    const doomed = startWorker({ ...env, WORKER_STAGE_DELAY: '1500ms' });
    children.push(doomed);
    const sent = [await send(p, 1), await send(p, 2), await send(p, 3)];
    const ids = sent.map((s) => s.id);
    const db = p.runtime.database.db;
    // Kill once all three are inside a stage at the same moment.
    await until(async () => {
      const rows = await db.select({ running: requests.runningStage }).from(requests).where(inArray(requests.id, ids));
      return rows.length === 3 && rows.every((r) => r.running !== null);
    }, 'three requests running at once', 90_000);
    await killHard(doomed);

    children.push(startWorker(env));
    for (const { id, token } of sent) expect((await waitForStage(p.app, id, token, ['published', 'failed'], 60_000)).stage).toBe('published');
    const rows = await db.select({ attempts: requests.attempts, strikes: requests.crashStrikes, running: requests.runningStage }).from(requests).where(inArray(requests.id, ids));
    // One process death, each present once: below the limit of two, and nothing charged as an attempt.
    expect(rows.map((r) => r.strikes)).toEqual([1, 1, 1]);
    expect(rows.every((r) => r.attempts === 0 && r.running === null)).toBe(true);
  });

  it('a request running at every crash ends failed after the strike limit; its neighbours are published', { timeout: 600_000 }, async () => {
    platform = await startTestPlatform({ mode: 'services', withWorker: false });
    const p = platform;
    const env = { ...p.env, INLINE_WORKER: 'true', LOG_LEVEL: 'warn', WORKER_LEASE: '2s', RECONCILE_INTERVAL: '1s', WORKER_CONCURRENCY: '4', WORKER_CRASH_STRIKES: '3', WORKER_STAGE_DELAY: '800ms' };
    const db = p.runtime.database.db;
    const poison = await send(p, 10);
    const neighbours = [await send(p, 11), await send(p, 12)];
    const stateOf = async (id: string) => (await db.select().from(requests).where(eq(requests.id, id)))[0]!;

    // Stands in for a file that takes the process down: whenever the poison request is executing a
    // stage, the process running it dies at once — as an out-of-memory parse would kill it.
    let crashes = 0;
    for (let round = 0; round < 8; round += 1) {
      const worker = startWorker(env);
      children.push(worker);
      let killed = false;
      await until(async () => {
        const row = await stateOf(poison.id);
        if (row.stage === 'failed') return true;
        // Executing a stage in *this* process (a dead one's stale marker does not count).
        if (row.runningStage === null || !row.leaseOwner?.startsWith(`${worker.pid}:`)) return false;
        if (round === 0) {
          // The first crash happens with the neighbours mid-stage too: they are bystanders.
          const others = await db.select({ running: requests.runningStage }).from(requests).where(inArray(requests.id, neighbours.map((n) => n.id)));
          if (!others.every((o) => o.running !== null)) return false;
          if ((await stateOf(poison.id)).runningStage === null) return false;
        }
        await killHard(worker);
        killed = true;
        return true;
      }, `the poison request to run (round ${round})`, 120_000);
      if (!killed) break;
      crashes += 1;
    }
    const worker = startWorker(env);
    children.push(worker);
    const final = await waitForStage(p.app, poison.id, poison.token, ['published', 'failed'], 60_000);
    expect(final.stage).toBe('failed');
    expect(crashes).toBe(3);
    const row = await stateOf(poison.id);
    expect(row.crashStrikes).toBe(3);
    expect(row.failureReason).toMatch(/stopped the service 3 times/);
    for (const n of neighbours) {
      expect((await waitForStage(p.app, n.id, n.token, ['published', 'failed'], 60_000)).stage).toBe('published');
      // Present at the first crash only: later crashes found the poison request running alone.
      expect((await stateOf(n.id)).crashStrikes).toBeLessThanOrEqual(1);
    }
  });
});
