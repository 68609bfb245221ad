import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@statex/db';
import { createTestDatabase, postgresAvailable } from '@statex/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPglite, restorePglite, verifyPgliteBackup } from './pglite-backup.ts';
import { backupPostgres, restorePostgres, verifyPostgresBackup } from './postgres-backup.ts';
import { countRows } from './row-counts.ts';

const hasPostgres = await postgresAvailable();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'statex-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The platform's migrated tables plus one with awkward values (quotes, newlines, multibyte, JSON). */
const seed = async (query: (sql: string) => Promise<unknown>) => {
  await query(`create table extra (id serial primary key, body text, data jsonb)`);
  await query(`insert into extra (body, data) select repeat('é', g) || E'\\n''"', jsonb_build_object('n', g) from generate_series(1, 40) g`);
};

describe('backup → restore round trip', () => {
  it('PGlite (embedded): dumpDataDir, loaded into a memory instance and into a data directory, equals the source', async () => {
    const source = await openDatabase({ dataDir: path.join(dir, 'embedded') });
    await source.close();
    const db = await PGlite.create(path.join(dir, 'embedded', 'db'));
    await seed((sql) => db.exec(sql));
    const before = await countRows(db);
    expect(before['public.extra']).toBe(40);
    const backup = await backupPglite(db, path.join(dir, 'embedded.tar.gz'));
    expect(backup.counts).toEqual(before);
    const verify = await verifyPgliteBackup(backup);
    expect(verify).toMatchObject({ ok: true, differences: [] });
    await db.close();
    await restorePglite(backup.file, path.join(dir, 'restored'));
    const restored = await PGlite.create(path.join(dir, 'restored'));
    expect(await countRows(restored)).toEqual(before);
    expect((await restored.query<{ body: string }>('select body from extra where id = 3')).rows[0]!.body).toBe(`ééé\n'"`);
    await restored.close();
  });

  it.skipIf(!hasPostgres)('PostgreSQL: pg_dump of a snapshot, pg_restore into a scratch database, equal counts; restore undoes later writes', async () => {
    const testDb = await createTestDatabase('backup');
    try {
      const opened = await openDatabase({ databaseUrl: testDb.url, dataDir: dir });
      await opened.ready;
      await opened.close();
      const client = new pg.Client({ connectionString: testDb.url });
      await client.connect();
      await seed((sql) => client.query(sql));
      const before = await countRows(client);
      const backup = await backupPostgres(testDb.url, path.join(dir, 'pg.dump'));
      expect(backup.counts).toEqual(before);
      const verify = await verifyPostgresBackup(testDb.url, backup);
      expect(verify.ok).toBe(true);
      expect(verify.tables).toBe(Object.keys(before).length);
      const scratch = await client.query(`select 1 from pg_database where datname = $1`, [verify.scratchDatabase]);
      expect(scratch.rows).toHaveLength(0);
      await client.query(`insert into extra (body) values ('after the backup')`);
      await client.query(`delete from extra where id <= 5`);
      await client.end();
      await restorePostgres(testDb.url, backup.file);
      const after = new pg.Client({ connectionString: testDb.url });
      await after.connect();
      expect(await countRows(after)).toEqual(before);
      expect((await after.query(`select count(*)::int as n from extra where body = 'after the backup'`)).rows[0].n).toBe(0);
      await after.end();
    } finally {
      await testDb.drop();
    }
  });
});
