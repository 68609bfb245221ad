import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, quotaLedger, type Database } from '@statex/db';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@statex/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotaRefusal, refundQuota, reserveQuota } from './quota-ledger.ts';

const H = 3600_000;
const hasPostgres = await postgresAvailable();

const backends: { name: string; open: () => Promise<{ database: Database; cleanup: () => Promise<void> }>; enabled: boolean }[] = [
  {
    name: 'PGlite (embedded)',
    enabled: true,
    open: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'statex-quota-'));
      const database = await openDatabase({ dataDir: dir });
      return { database, cleanup: async () => { await database.close(); await rm(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL',
    enabled: hasPostgres,
    open: async () => {
      const test: TestDatabase = await createTestDatabase('quota');
      const database = await openDatabase({ databaseUrl: test.url, dataDir: 'unused', poolSize: 25 });
      await database.ready;
      return { database, cleanup: async () => { await database.close(); await test.drop(); } };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`quota ledger on ${backend.name}`, () => {
    let database: Database;
    let cleanup: () => Promise<void>;
    beforeAll(async () => ({ database, cleanup } = await backend.open()));
    afterAll(async () => cleanup?.());

    const reserve = (requestId: string, subject: string, limit: number, now: Date) =>
      database.db.transaction((tx) => reserveQuota(tx, requestId, [{ subject, limit, label: 'this email address' }], 24 * H, now));

    it('accepts exactly the limit out of 20 concurrent reservations', async () => {
      const now = new Date();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reserve(`req-${i}`, 'email:concurrent', 2, now)));
      expect(results.filter((r) => r.ok)).toHaveLength(2);
      const rows = await database.db.select().from(quotaLedger).where(eq(quotaLedger.subject, 'email:concurrent'));
      expect(rows).toHaveLength(2);
    });

    it('refuses with the time the next request is possible, and a refund frees a slot', async () => {
      const first = new Date(Date.now() - 3 * H);
      expect((await reserve('r1', 'email:refund', 2, first)).ok).toBe(true);
      expect((await reserve('r2', 'email:refund', 2, new Date(first.getTime() + H))).ok).toBe(true);
      const refused = await reserve('r3', 'email:refund', 2, new Date());
      expect(refused).toEqual({ ok: false, retryAt: new Date(first.getTime() + 24 * H), label: 'this email address' });
      await database.db.transaction((tx) => refundQuota(tx, 'r1', new Date()));
      expect((await reserve('r3', 'email:refund', 2, new Date())).ok).toBe(true);
    });

    it('checks every subject and takes none when one refuses', async () => {
      const now = new Date();
      const limits = [
        { subject: 'email:a-new', limit: 2, label: 'this email address' },
        { subject: 'ip:full', limit: 1, label: 'your network address' },
      ];
      expect((await database.db.transaction((tx) => reserveQuota(tx, 'x1', [{ subject: 'ip:full', limit: 1, label: 'ip' }], 24 * H, now))).ok).toBe(true);
      const refused = await database.db.transaction((tx) => reserveQuota(tx, 'x2', limits, 24 * H, now));
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.label).toBe('your network address');
      expect(await database.db.select().from(quotaLedger).where(eq(quotaLedger.subject, 'email:a-new'))).toHaveLength(0);
    });

    it('reports the refusal a reservation would meet without taking anything', async () => {
      const now = new Date();
      const limits = [{ subject: 'ip:precheck', limit: 1, label: 'your network address' }];
      expect(await quotaRefusal(database.db, limits, 24 * H, now)).toBeNull();
      expect(await database.db.select().from(quotaLedger).where(eq(quotaLedger.subject, 'ip:precheck'))).toHaveLength(0);
      expect((await database.db.transaction((tx) => reserveQuota(tx, 'p1', limits, 24 * H, now))).ok).toBe(true);
      expect(await quotaRefusal(database.db, limits, 24 * H, now)).toEqual({ retryAt: new Date(now.getTime() + 24 * H), label: 'your network address' });
      expect(await quotaRefusal(database.db, [], 24 * H, now)).toBeNull();
    });
  });
}
