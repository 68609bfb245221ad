import { rename } from 'node:fs/promises';
import { requests } from '@statex/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

/** Prototype hosting answers pages, never the API's JSON, and a version switch leaves no gap. */
describe('prototype hosting', () => {
  let platform: TestPlatform;
  let id: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const res = await submit(platform.app, { brief: BRIEF, email: 'hosting@example.com' });
    expect(res.statusCode, res.body).toBe(202);
    const created = res.json() as { id: string; token: string };
    id = created.id;
    const status = await waitForStage(platform.app, id, created.token);
    expect(status.stage, JSON.stringify(status.failureReason ?? status.error ?? '')).toBe('published');
  });
  afterAll(async () => {
    await platform?.destroy();
  });

  it('a missing page is an HTML page that names no internal path', async () => {
    for (const url of [`/p/${id}/no-such-page`, `/p/${id}/missing.css`, `/p/${id}/no/such/dir/`]) {
      const res = await platform.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.body, url).not.toContain(platform.dataDir);
      expect(res.body, url).not.toMatch(/"error"|sites\/|\.statex/);
    }
    const home = await platform.app.inject({ method: 'GET', url: `/p/${id}/` });
    expect(home.statusCode).toBe(200);
  });

  it('serves the new version at once when the cached one is gone (no 404 during a switch)', async () => {
    expect((await platform.app.inject({ method: 'GET', url: `/p/${id}/` })).statusCode).toBe(200);
    // What publishing version 2 does, as seen from a process whose cache still says version 1:
    // the database points at v2 and v1's files are removed.
    const paths = platform.runtime.pipeline.paths;
    await rename(paths.site(id, 1), paths.site(id, 2));
    await platform.runtime.database.db.update(requests).set({ publishedVersion: 2 }).where(eq(requests.id, id));
    const res = await platform.app.inject({ method: 'GET', url: `/p/${id}/` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});
