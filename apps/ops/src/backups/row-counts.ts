/** Rows per table (`schema.table`), the figure a restored backup is compared on. */
export type RowCounts = Record<string, number>;

/** Any client that runs one SQL text and returns rows (pg.Client, PGlite). */
export interface SqlRunner {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function countRows(db: SqlRunner): Promise<RowCounts> {
  const { rows: tables } = await db.query<{ schemaname: string; tablename: string }>(
    `select schemaname, tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  );
  const counts: RowCounts = {};
  for (const t of tables) {
    const { rows } = await db.query<{ n: string | number }>(`select count(*) as n from ${quote(t.schemaname)}.${quote(t.tablename)}`);
    counts[`${t.schemaname}.${t.tablename}`] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

export interface CountComparison {
  table: string;
  source: number;
  restored: number | null;
}

/** Tables whose counts differ (or that are missing on one side); empty when the restore is faithful. */
export function compareCounts(source: RowCounts, restored: RowCounts): CountComparison[] {
  const tables = [...new Set([...Object.keys(source), ...Object.keys(restored)])].sort();
  return tables.filter((t) => source[t] !== restored[t]).map((t) => ({ table: t, source: source[t] ?? 0, restored: restored[t] ?? null }));
}
