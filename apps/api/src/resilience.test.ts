import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { requests } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { redisAvailable } from '@statex/queue/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('health, breakers and metrics', () => {
  let platform: TestPlatform;
  afterAll(async () => platform?.destroy());

  it('reports readiness, every dependency, the breakers and Prometheus metrics', async () => {
    platform = await startTestPlatform({ env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
    const ready = await platform.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.database.status).toBe('ok');

    // A published request whose email cannot be delivered: the SMTP breaker counts the failure.
    const res = await submit(platform.app, { brief: BRIEF, email: 'metrics@example.com' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    await expect.poll(async () => (await platform.app.inject({ url: '/health/circuit-breakers' })).json().breakers[0]?.failures ?? 0).toBeGreaterThan(0);
    const breakers = (await platform.app.inject({ url: '/health/circuit-breakers' })).json().breakers;
    expect(breakers[0]).toMatchObject({ name: 'smtp', state: 'closed', consecutiveFailures: 1 });
    expect(breakers[0].lastError).toMatch(/ECONNREFUSED|connect/i);

    const detailed = await platform.app.inject({ url: '/health/detailed' });
    expect(detailed.statusCode).toBe(200);
    const deps = detailed.json().dependencies as { name: string; status: string }[];
    expect(deps.map((d) => d.name)).toEqual(['database', 'queue', 'disk', 'smtp']);
    expect(deps.find((d) => d.name === 'database')?.status).toBe('ok');
    expect(detailed.json().status).toBe('ok');

    const metrics = await platform.app.inject({ url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/statex_http_requests_total\{method="POST",route="\/api\/requests",status="202",role="api"\} 1/);
    expect(metrics.body).toMatch(/statex_pipeline_stage_duration_seconds_count\{role="api",stage="generating"\} 1/);
    expect(metrics.body).toMatch(/statex_requests_finished_total\{outcome="published",role="api"\} 1/);
    expect(metrics.body).toMatch(/statex_requests_in_stage\{stage="published",role="api"\} 1/);
    expect(metrics.body).toMatch(/statex_oldest_unfinished_request_age_seconds\{role="api"\} 0/);
    expect(metrics.body).toMatch(/statex_circuit_breaker_state\{dependency="smtp",role="api"\} 0/);
    expect(metrics.body).toContain('process_resident_memory_bytes');
  });
});

describe.skipIf(!servicesUp)('outages (PostgreSQL and Redis)', () => {
  const children: ChildProcess[] = [];
  let platform: TestPlatform | undefined;
  afterAll(async () => {
    // Close the platform while its Redis still answers, then stop that Redis.
    await platform?.destroy();
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('with PostgreSQL unreachable the process is live, not ready, and submissions get 503 with Retry-After', async () => {
    const { loadConfig } = await import('@statex/config');
    const { createRuntime } = await import('@statex/pipeline');
    const { buildApp } = await import('./app.ts');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/statex-pgdown-');
    const config = loadConfig({ STATEX_DATA_DIR: dir, LOG_LEVEL: 'silent', DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/none` });
    const runtime = await createRuntime(config, { waitForDatabase: false });
    const app = await buildApp(runtime);
    try {
      expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
      const ready = await app.inject({ url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.database.error).toMatch(/retrying/);
      const res = await submit(app, { brief: BRIEF, email: 'pgdown@example.com' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json().error.code).toBe('STX_UNAVAILABLE');
      expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await app.close();
      await runtime.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('with Redis down a submission is still accepted, and published once Redis returns', async () => {
    const port = await freePort();
    platform = await startTestPlatform({ mode: 'services', env: { REDIS_URL: `redis://127.0.0.1:${port}`, RECONCILE_INTERVAL: '1s' } });
    const res = await submit(platform.app, { brief: BRIEF, email: 'redisdown@example.com' });
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const [stored] = await platform.runtime.database.db.select().from(requests);
    expect(stored).toMatchObject({ id, stage: 'received' });
    const ready = await platform.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.queue.status).toBe('down');

    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    children.push(redis);
    const status = await waitForStage(platform.app, id, token, ['published', 'failed'], 45_000);
    expect(status.stage).toBe('published');
    expect((status.history as unknown[]).length).toBe(6);
  });
});
