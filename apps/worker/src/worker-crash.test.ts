import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestPlatform, submit, BRIEF, waitForStage, type TestPlatform } from '@statex/api/test-support';
import { notifications, requestEvents, requests } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { redisAvailable } from '@statex/queue/testing';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());
const workerMain = fileURLToPath(new URL('./main.ts', import.meta.url));

function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [workerMain], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', () => {});
  return child;
}

describe.skipIf(!servicesUp)('a worker killed mid-job (PostgreSQL + BullMQ)', () => {
  let platform: TestPlatform;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await platform?.destroy();
  });

  it('the request is still published, exactly once, by another worker', { timeout: 300_000 }, async () => {
    platform = await startTestPlatform({ mode: 'services', withWorker: false });
    const env = { ...platform.env, INLINE_WORKER: 'true', LOG_LEVEL: 'warn', WORKER_LEASE: '2s', RECONCILE_INTERVAL: '1s' };
    const doomed = startWorker({ ...env, WORKER_STAGE_DELAY: '700ms' });
    children.push(doomed);

    const res = await submit(platform.app, { brief: BRIEF, email: 'crash@example.com' });
    expect(res.statusCode).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const db = platform.runtime.database.db;
    // Wait until the first worker is inside the pipeline, then kill it without warning.
    for (let i = 0; ; i += 1) {
      const [row] = await db.select({ stage: requests.stage }).from(requests).where(eq(requests.id, id));
      if (row && ['generating', 'rendering'].includes(row.stage)) break;
      // A worker process takes a while to start on a loaded machine (tens of seconds under a full test run).
      if (i > 4000) throw new Error(`worker never started the job (stage ${row?.stage})`);
      await sleep(25);
    }
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    const [midway] = await db.select({ stage: requests.stage }).from(requests).where(eq(requests.id, id));
    expect(midway?.stage).not.toBe('published');

    children.push(startWorker(env));
    const status = await waitForStage(platform.app, id, token, ['published', 'failed'], 45_000);
    expect(status.stage).toBe('published');
    await sleep(1_500); // let any duplicate delivery (stalled job, reconciler) run and prove harmless

    const events = await db.select().from(requestEvents).where(eq(requestEvents.requestId, id));
    const stages = events.filter((e) => e.type === 'stage').map((e) => e.stage);
    expect(stages).toEqual(['received', 'extracting', 'generating', 'rendering', 'publishing', 'published']);
    const sent = await db.select().from(notifications).where(eq(notifications.requestId, id));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.status).toBe('sent');
    expect(await readdir(path.join(platform.dataDir, 'outbox'))).toHaveLength(1);
  });
});
