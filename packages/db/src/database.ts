import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { retryForever } from '@statex/resilience';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one query interface both drivers share; repositories take this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /**
   * Settles when the database was reached and migrated. PostgreSQL is retried with backoff
   * (2, 4, 8, 16, 32 s…, jittered) until it answers; the process serves meanwhile, not ready.
   */
  ready: Promise<void>;
  isReady(): boolean;
  /** Resolves when a trivial query succeeds; rejects otherwise. */
  ping(): Promise<void>;
  /**
   * Rewrites `tables` so deleted rows leave their files (VACUUM FULL). PGlite also retires the
   * write-ahead log written so far (segment switch + checkpoint; with wal_recycle off the old
   * segments are deleted). PostgreSQL checkpoints when the role may (pg_checkpoint); its WAL
   * segments are reused in place. Returns how long it took, in milliseconds.
   */
  compact(tables: string[]): Promise<number>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
// Any fixed number: serialises migrations when several processes start at once.
const MIGRATION_LOCK = 7_311_002;

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir: string;
  poolSize?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Opens the database for this process and applies the committed migrations. One per process. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onRetry);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, max: number, onRetry: DatabaseOptions['onRetry']): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection emits here; without a listener the process would crash.
  pool.on('error', () => {});
  const migrate = async () => {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  };
  const stop = new AbortController();
  let migrated = false;
  const ready = retryForever(migrate, { signal: stop.signal, ...(onRetry ? { onRetry } : {}) }).then(() => {
    migrated = true;
  });
  // Callers that never await `ready` must not see an unhandled rejection when closing early.
  ready.catch(() => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    ready,
    isReady: () => migrated,
    ping: async () => {
      await pool.query('select 1');
    },
    compact: async (tables) => {
      const started = performance.now();
      for (const table of tables) await pool.query(`vacuum full ${quoteIdent(table)}`);
      // Needs superuser or pg_checkpoint; without it the next scheduled checkpoint does the same.
      await pool.query('checkpoint').catch(() => {});
      return performance.now() - started;
    },
    close: async () => {
      stop.abort();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  let target = dataDir;
  if (!dataDir.startsWith('memory://')) {
    target = path.join(dataDir, 'db');
    await mkdir(target, { recursive: true });
  }
  // wal_recycle=off: a finished WAL segment is deleted, not renamed for reuse with its old
  // contents, so after erasure's compaction (VACUUM FULL, WAL switch, checkpoint) no file of the
  // data directory still holds an erased row.
  const client = await PGlite.create(target, { startParams: [...PGlite.defaultStartParams, '-c', 'wal_recycle=off'] });
  const pdb = drizzlePglite(client, { schema });
  await migratePglite(pdb, { migrationsFolder });
  const db = pdb as unknown as Db;
  return {
    db,
    driver: 'pglite',
    ready: Promise.resolve(),
    isReady: () => true,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    compact: async (tables) => {
      const started = performance.now();
      for (const table of tables) await client.query(`vacuum full ${quoteIdent(table)}`);
      // Twice: the first checkpoint may still need the segment the switch just closed.
      for (const statement of ['select pg_switch_wal()', 'checkpoint', 'select pg_switch_wal()', 'checkpoint']) await client.query(statement);
      return performance.now() - started;
    },
    close: () => client.close(),
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
