import type { Database } from '@statex/db';
import { sql } from 'drizzle-orm';

/**
 * What erasure compacts. PGlite: every table of the schema — its files and WAL are the whole
 * database, and a full rewrite of a small embedded database takes well under a second. PostgreSQL:
 * the key table (the deleted keys are what must leave the files; sealed rows are unreadable
 * without them) and the tables holding an account's address in clear.
 */
export async function tablesToCompact(database: Database): Promise<string[]> {
  if (database.driver === 'postgres') return ['data_keys', 'accounts', 'auth_tokens'];
  const result = await database.db.execute(sql`select tablename from pg_tables where schemaname = current_schema() order by tablename`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { tablename: string }[];
  return rows.map((r) => r.tablename);
}
