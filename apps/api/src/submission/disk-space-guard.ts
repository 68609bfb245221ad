import { statfs } from 'node:fs/promises';

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

/** Whether the disk is below either minimum (bytes, or percent of its size) that new uploads must leave free. */
export function diskNearlyFull(space: DiskSpace, minimum: { bytes: number; percent: number }): boolean {
  if (space.totalBytes <= 0) return false;
  return space.freeBytes < minimum.bytes || (space.freeBytes / space.totalBytes) * 100 < minimum.percent;
}

/**
 * Free space of the disk holding `dir`, as an unprivileged process may use it (bavail, not bfree).
 * Read at most once per `maxAgeMs`, so a flood of submissions costs no more than one statfs a second.
 */
export function diskSpaceReader(dir: string, maxAgeMs = 1_000): () => Promise<DiskSpace> {
  let cached: { at: number; space: DiskSpace } | null = null;
  return async () => {
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.space;
    const stats = await statfs(dir);
    const space = { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
    cached = { at: Date.now(), space };
    return space;
  };
}
