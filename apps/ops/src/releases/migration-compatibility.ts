import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One committed Drizzle migration of a release (packages/db/migrations, listed by meta/_journal.json). */
export interface ReleaseMigration {
  tag: string;
  /** drizzle-kit's timestamp; the database records the newest one applied (`drizzle.__drizzle_migrations.created_at`). */
  when: number;
  statements: string[];
}

export async function readReleaseMigrations(releaseDir: string): Promise<ReleaseMigration[]> {
  const folder = path.join(releaseDir, 'packages', 'db', 'migrations');
  const journal = JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  return Promise.all(
    journal.entries.map(async (e) => ({
      tag: e.tag,
      when: e.when,
      statements: (await readFile(path.join(folder, `${e.tag}.sql`), 'utf8'))
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    })),
  );
}

/** Drizzle's own rule: a migration is pending when its timestamp is newer than the newest applied one. */
export function pendingMigrations(migrations: ReleaseMigration[], lastAppliedWhen: number | null): ReleaseMigration[] {
  return migrations.filter((m) => lastAppliedWhen === null || m.when > lastAppliedWhen);
}

export interface IncompatibleStatement {
  tag: string;
  statement: string;
  reason: string;
}

const normalise = (sql: string) =>
  sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/;$/, '');
const name = (quoted: string) => quoted.replace(/"/g, '').split('.').pop()!.toLowerCase();

/**
 * Whether the pending migrations can run under the version still serving: it only ever sees
 * tables, columns and indexes it does not know about. Allowed: CREATE TABLE / INDEX / TYPE /
 * SEQUENCE / SCHEMA / EXTENSION, ADD COLUMN that is nullable or has a default, and foreign keys on
 * tables or columns the same batch creates. Anything else (DROP, RENAME, ALTER COLUMN, SET NOT
 * NULL, data changes, …) would break the old version: the first such statement is returned.
 * Also allowed: a CHECK on columns the same batch adds, and a CHECK of the form `col in (…)` dropped and re-added under the same name in one
 * migration, whose new list holds every value of its definition in `applied` (the migrations
 * before) — a widened list (a new stage) refuses nothing the running version writes.
 */
export function findIncompatibleStatement(pending: ReleaseMigration[], applied: ReleaseMigration[] = []): IncompatibleStatement | null {
  const newTables = new Set<string>();
  const newColumns = new Set<string>();
  for (const migration of pending) {
    for (const raw of migration.statements) {
      const sql = normalise(raw);
      const fail = (reason: string): IncompatibleStatement => ({ tag: migration.tag, statement: raw.trim(), reason });
      let m: RegExpExecArray | null;
      if ((m = /^CREATE TABLE (?:IF NOT EXISTS )?("?[\w.]+"?(?:\."?\w+"?)?)/i.exec(sql))) {
        newTables.add(name(m[1]!));
        continue;
      }
      if (/^CREATE (UNIQUE )?INDEX\b/i.test(sql) || /^CREATE (TYPE|SEQUENCE|SCHEMA|EXTENSION)\b/i.test(sql)) continue;
      const alter = /^ALTER TABLE (?:ONLY )?("?[\w]+"?(?:\."?\w+"?)?) (.*)$/i.exec(sql);
      if (alter) {
        const table = name(alter[1]!);
        const action = alter[2]!;
        const add = /^ADD COLUMN (?:IF NOT EXISTS )?"?(\w+)"? (.*)$/i.exec(action);
        if (add) {
          const rest = add[2]!;
          if (/\bNOT NULL\b/i.test(rest) && !/\bDEFAULT\b/i.test(rest) && !newTables.has(table)) {
            return fail(`adds a NOT NULL column without a default to "${table}": the running version's inserts would fail`);
          }
          newColumns.add(`${table}.${add[1]!.toLowerCase()}`);
          continue;
        }
        const fk = /^ADD CONSTRAINT "?\w+"? FOREIGN KEY \(([^)]*)\)/i.exec(action);
        if (fk) {
          const columns = fk[1]!.split(',').map((c) => c.replace(/"/g, '').trim().toLowerCase());
          if (newTables.has(table) || columns.every((c) => newColumns.has(`${table}.${c}`))) continue;
          return fail(`adds a foreign key on existing columns of "${table}": rows the running version writes could be refused`);
        }
        if (newTables.has(table)) continue;
        const dropped = /^DROP CONSTRAINT "?(\w+)"?$/i.exec(action);
        if (dropped && widenedCheck(dropped[1]!, migration.statements, applied)) continue;
        const check = /^ADD CONSTRAINT "?(\w+)"? CHECK\b/i.exec(action);
        // A CHECK on columns this batch adds (with a default): the running version never writes them.
        const checked = check ? [...action.slice(check[0].length).matchAll(/"(\w+)"\."(\w+)"|"(\w+)"/g)].map((c) => (c[2] ?? c[3]!).toLowerCase()) : [];
        if (check && checked.length > 0 && checked.every((c) => newColumns.has(`${table}.${c}`))) continue;
        if (check && migration.statements.some((s) => new RegExp(`DROP CONSTRAINT "?${check[1]!}"?\\s*;?\\s*$`, 'i').test(normalise(s))) && widenedCheck(check[1]!, migration.statements, applied)) continue;
        return fail(`alters the existing table "${table}" (${action.split(' ').slice(0, 3).join(' ')}…), which the running version still uses`);
      }
      const verb = sql.split(' ').slice(0, 2).join(' ').toUpperCase();
      return fail(`${verb} is not an additive change: the running version may depend on what it changes`);
    }
  }
  return null;
}

/** The values of `"x" in ('a','b')` in the definition of CHECK constraint `constraint` within `sql`, or null. */
function checkValues(constraint: string, sql: string): Set<string> | null {
  const m = new RegExp(`CONSTRAINT "?${constraint}"? CHECK \\((.*?\\bin \\(([^)]*)\\))`, 'i').exec(normalise(sql));
  return m ? new Set([...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!)) : null;
}

/** Whether `statements` re-add CHECK `constraint` with a value list that holds every value of its latest definition in `applied`. */
function widenedCheck(constraint: string, statements: string[], applied: ReleaseMigration[]): boolean {
  const after = statements.map((s) => checkValues(constraint, s)).findLast((v) => v !== null);
  const before = applied.flatMap((m) => m.statements).map((s) => checkValues(constraint, s)).findLast((v) => v !== null);
  return Boolean(after && before && [...before].every((v) => after.has(v)));
}
