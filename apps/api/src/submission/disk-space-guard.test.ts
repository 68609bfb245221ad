import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { diskNearlyFull, diskSpaceReader } from './disk-space-guard.ts';

const GB = 1024 ** 3;

describe('diskNearlyFull', () => {
  it('refuses below the minimum bytes or below the minimum share, whichever is hit first', () => {
    const minimum = { bytes: 512 * 1024 ** 2, percent: 2 };
    expect(diskNearlyFull({ freeBytes: 10 * GB, totalBytes: 100 * GB }, minimum)).toBe(false);
    expect(diskNearlyFull({ freeBytes: 100 * 1024 ** 2, totalBytes: 1 * GB }, minimum)).toBe(true);
    expect(diskNearlyFull({ freeBytes: 1 * GB, totalBytes: 1000 * GB }, minimum)).toBe(true);
    expect(diskNearlyFull({ freeBytes: 0, totalBytes: 0 }, minimum)).toBe(false);
  });
});

describe('diskSpaceReader', () => {
  it('reads the real disk of a directory', async () => {
    const space = await diskSpaceReader(tmpdir())();
    expect(space.totalBytes).toBeGreaterThan(0);
    expect(space.freeBytes).toBeGreaterThanOrEqual(0);
    expect(space.freeBytes).toBeLessThanOrEqual(space.totalBytes);
  });
});
