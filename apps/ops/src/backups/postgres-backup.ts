import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { OpsError } from '../ops-errors.ts';
import { compareCounts, countRows, type CountComparison, type RowCounts } from './row-counts.ts';

const run = promisify(execFile);

export interface BackupResult {
  file: string;
  bytes: number;
  /** Rows per table in the snapshot the backup was taken from. */
  counts: RowCounts;
}

async function tool(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as Error & { stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new OpsError('OPS_BACKUP_FAILED', `${command} is not installed (Debian: apt-get install postgresql-client).`);
    throw new OpsError('OPS_BACKUP_FAILED', `${command} failed: ${(e.stderr || e.message).trim().split('\n').slice(-3).join(' ')}`);
  }
}

/**
 * pg_dump (custom format) of the database. The row counts are read inside the very snapshot
 * pg_dump exports from (`pg_export_snapshot` + `--snapshot`), so they describe the backup exactly
 * even while the platform keeps writing.
 */
export async function backupPostgres(databaseUrl: string, file: string): Promise<BackupResult> {
  await mkdir(path.dirname(file), { recursive: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const counts = await countRows(client);
    await tool('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--snapshot=${rows[0]!.id}`, `--file=${file}`, `--dbname=${databaseUrl}`]);
    await client.query('commit');
    return { file, bytes: (await stat(file)).size, counts };
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface VerifyResult {
  ok: boolean;
  scratchDatabase: string;
  tables: number;
  rows: number;
  differences: CountComparison[];
}

/** Restores the backup into a scratch database on the same server, compares row counts per table, drops it. */
export async function verifyPostgresBackup(databaseUrl: string, backup: BackupResult): Promise<VerifyResult> {
  const scratch = `statex_verify_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${scratch}`);
    const scratchUrl = withDatabase(databaseUrl, scratch);
    await tool('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', `--dbname=${scratchUrl}`, backup.file]);
    const client = new pg.Client({ connectionString: scratchUrl });
    await client.connect();
    const restored = await countRows(client).finally(() => client.end());
    const differences = compareCounts(backup.counts, restored);
    return { ok: differences.length === 0, scratchDatabase: scratch, tables: Object.keys(restored).length, rows: Object.values(restored).reduce((a, b) => a + b, 0), differences };
  } finally {
    await admin.query(`drop database if exists ${scratch} with (force)`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

/** Replaces the database's contents by the backup's (drops what the backup has, then restores it), in one transaction. */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}
