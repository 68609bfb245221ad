import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { REQUEST_ID_PATTERN } from '@statex/core';
import type { PipelineContext } from './pipeline-context.ts';

/** Older than this, a scratch directory belongs to no submission still being read. */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

const REQUEST_ID = new RegExp(REQUEST_ID_PATTERN);

async function olderThan(dir: string, cutoff: number): Promise<boolean> {
  const info = await stat(dir).catch(() => null);
  return info !== null && info.mtimeMs < cutoff;
}

/**
 * Uploads a process left behind when it died (`kill -9` while a body was being read, or after the
 * files were stored but before they were processed and deleted): scratch directories of submissions
 * that never finished, and stored uploads of requests that no longer need them (unknown, finished,
 * failed or expired). Only what is older than an hour goes, so nothing in flight is touched.
 * Run at start and by every cleanup pass. Returns how many directories it removed.
 */
export async function removeOrphanedUploads(ctx: PipelineContext, now = new Date()): Promise<number> {
  const cutoff = now.getTime() - ORPHAN_AGE_MS;
  let removed = 0;
  const incoming = ctx.paths.incoming();
  for (const entry of await readdir(incoming).catch(() => [] as string[])) {
    const dir = path.join(incoming, entry);
    if (await olderThan(dir, cutoff)) {
      await rm(dir, { recursive: true, force: true });
      removed += 1;
    }
  }
  const uploads = path.dirname(ctx.paths.uploads('x'));
  for (const entry of await readdir(uploads).catch(() => [] as string[])) {
    if (!REQUEST_ID.test(entry)) continue;
    const dir = ctx.paths.uploads(entry);
    if (!(await olderThan(dir, cutoff))) continue;
    const request = await ctx.repo.get(entry);
    if (request && !request.expiredAt && request.stage !== 'published' && request.stage !== 'failed') continue;
    await rm(dir, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0) ctx.log.info({ removed }, 'removed uploads left behind by a stopped process');
  return removed;
}
