import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { opsEventsFile } from '@statex/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../test-support/test-platform.ts';

const TOKEN = 'ops-admin-token-for-tests-0123456789';

describe('GET /api/admin/ops/events', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { OPS_ADMIN_TOKEN: TOKEN } });
    const file = opsEventsFile(platform.dataDir);
    await mkdir(path.dirname(file), { recursive: true });
    const events = [
      { at: '2026-01-01T00:00:00.000Z', type: 'process-exited', reason: 'unexpected signal SIGKILL after 12.3 s', role: 'api', slot: 'api-1', pid: 100 },
      { at: '2026-01-01T00:00:00.100Z', type: 'restart-scheduled', reason: 'restart in 0 ms (crash 1 in the window)', role: 'api', slot: 'api-1' },
      { at: '2026-01-01T00:00:01.000Z', type: 'ready', reason: 'ready 900 ms after start', role: 'api', slot: 'api-1', pid: 101 },
    ];
    await writeFile(file, `${events.map((e) => JSON.stringify(e)).join('\n')}\n{"cut by a cra`);
  });
  afterAll(async () => platform?.destroy());

  it('lists the supervisor decisions, newest last, with their reasons', async () => {
    const res = await platform.app.inject({ url: '/api/admin/ops/events?limit=2', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { events: { type: string; reason: string }[] };
    expect(body.events.map((e) => e.type)).toEqual(['restart-scheduled', 'ready']);
    expect(body.events[1]?.reason).toBe('ready 900 ms after start');
  });

  it('filters by type', async () => {
    const res = await platform.app.inject({ url: '/api/admin/ops/events?type=process-exited', headers: { authorization: `Bearer ${TOKEN}` } });
    expect((res.json() as { events: unknown[] }).events).toHaveLength(1);
  });

  it('refuses a missing or wrong token', async () => {
    const none = await platform.app.inject({ url: '/api/admin/ops/events' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('STX_SIGN_IN_REQUIRED');
    const wrong = await platform.app.inject({ url: '/api/admin/ops/events', headers: { authorization: 'Bearer not-the-token-at-all-000000' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('STX_ADMIN_ONLY');
  });

  it('without OPS_ADMIN_TOKEN no bearer token opens it', async () => {
    const other = await startTestPlatform();
    try {
      const res = await other.app.inject({ url: '/api/admin/ops/events', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode).toBe(403);
    } finally {
      await other.destroy();
    }
  });
});
