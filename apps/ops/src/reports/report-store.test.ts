import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_KINDS, ReportStore, RETENTION_DAYS } from './report-store.ts';

const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('release reports: files and retention', () => {
  it('retention is 30/30/7/30/90 days for deployment/validation/health/performance/rollback', () => {
    expect(RETENTION_DAYS).toEqual({ deployment: 30, validation: 30, health: 7, performance: 30, rollback: 90 });
  });

  it('deletes exactly the reports older than their kind keeps, and nothing else', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'statex-reports-'));
    dirs.push(dataDir);
    const now = new Date('2025-06-01T12:00:00Z');
    let clock = now;
    const store = new ReportStore({ dataDir, now: () => clock });
    // For each kind: one report a minute inside its retention, one a minute past it.
    for (const kind of REPORT_KINDS) {
      clock = new Date(now.getTime() - RETENTION_DAYS[kind] * DAY + 60_000);
      await store.write(kind, `keep-${kind}`, 'info', 'inside retention', {});
      clock = new Date(now.getTime() - RETENTION_DAYS[kind] * DAY - 60_000);
      await store.write(kind, `drop-${kind}`, 'info', 'expired', {});
    }
    // An 8-day-old rollback report is far inside its 90 days, though a health report of that age is not.
    clock = new Date(now.getTime() - 8 * DAY);
    await store.write('rollback', 'keep-8d-rollback', 'rolled-back', 'recent', {});
    await store.write('health', 'drop-8d-health', 'stable', 'old', {});
    clock = now;
    const deleted = await store.enforceRetention();
    expect(deleted).toEqual({ deployment: 1, validation: 1, health: 2, performance: 1, rollback: 1 });
    const left = (await store.list()).map((r) => r.version).sort();
    expect(left).toEqual(['keep-8d-rollback', ...REPORT_KINDS.map((k) => `keep-${k}`)].sort());
    expect(await readdir(path.join(dataDir, 'reports', 'health'))).toHaveLength(1);
    expect(await store.enforceRetention()).toEqual({ deployment: 0, validation: 0, health: 0, performance: 0, rollback: 0 });
  });
});
