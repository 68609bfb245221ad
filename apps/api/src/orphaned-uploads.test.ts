import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeOrphanedUploads } from '@statex/pipeline';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

/** Uploads a killed process left behind go at start and with every cleanup pass; nothing in flight does. */
describe('orphaned uploads', () => {
  let platform: TestPlatform | undefined;
  afterAll(async () => platform?.destroy());

  async function leave(dir: string, ageMs: number): Promise<string> {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '0'), 'left behind');
    const when = new Date(Date.now() - ageMs);
    await utimes(dir, when, when);
    return dir;
  }

  it('removes stale scratch directories and uploads no request needs, keeps fresh ones and those of unfinished requests', async () => {
    platform = await startTestPlatform();
    const paths = platform.runtime.pipeline.paths;
    const res = await submit(platform.app, { brief: BRIEF, email: 'orphans@example.com' });
    const { id, token } = res.json() as { id: string; token: string };
    expect((await waitForStage(platform.app, id, token)).stage).toBe('published');
    const hours = 3 * 60 * 60 * 1000;
    const staleScratch = await leave(path.join(paths.incoming(), 'deadbeefdeadbeef'), hours);
    const freshScratch = await leave(path.join(paths.incoming(), 'feedfacefeedface'), 0);
    const unknownRequest = await leave(paths.uploads('aaaaaaaaaaaaaaaa'), hours);
    const publishedRequest = await leave(paths.uploads(id), hours);
    expect(await removeOrphanedUploads(platform.runtime.pipeline)).toBe(3);
    expect([staleScratch, unknownRequest, publishedRequest].map((d) => existsSync(d))).toEqual([false, false, false]);
    expect(existsSync(freshScratch)).toBe(true);

    // At start: a restarted platform removes what the previous process left.
    const again = await leave(path.join(paths.incoming(), 'cafebabecafebabe'), hours);
    await platform.stop();
    platform = await platform.restart();
    for (let i = 0; i < 100 && existsSync(again); i++) await sleep(100);
    expect(existsSync(again)).toBe(false);
  });
});
