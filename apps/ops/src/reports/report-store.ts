import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';

export const REPORT_KINDS = ['deployment', 'validation', 'health', 'performance', 'rollback'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** How long each kind of report is kept, in days. */
export const RETENTION_DAYS: Record<ReportKind, number> = { deployment: 30, validation: 30, health: 7, performance: 30, rollback: 90 };

export interface Report {
  kind: ReportKind;
  version: string;
  outcome: 'passed' | 'failed' | 'rolled-back' | 'deployed' | 'aborted' | 'stable' | 'info';
  summary: string;
  createdAt: string;
  expiresAt: string;
  body: Record<string, unknown>;
  file: string;
}

const DAY_MS = 86_400_000;

/**
 * Reports as JSON files under `<dataDir>/reports/<kind>/` (always) and as rows of `ops_reports`
 * (when a PostgreSQL pool is given and the table exists: the admin view reads them there).
 */
export class ReportStore {
  readonly root: string;
  private readonly pool: pg.Pool | null;
  private readonly now: () => Date;

  constructor(options: { dataDir: string; pool?: pg.Pool | null; now?: () => Date }) {
    this.root = path.join(options.dataDir, 'reports');
    this.pool = options.pool ?? null;
    this.now = options.now ?? (() => new Date());
  }

  async write(kind: ReportKind, version: string, outcome: Report['outcome'], summary: string, body: Record<string, unknown>): Promise<Report> {
    const created = this.now();
    const stamp = created.toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.root, kind, `${stamp}-${version.replace(/[^\w.-]/g, '_')}.json`);
    const report: Report = { kind, version, outcome, summary, createdAt: created.toISOString(), expiresAt: new Date(created.getTime() + RETENTION_DAYS[kind] * DAY_MS).toISOString(), body, file };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    if (this.pool) {
      await this.pool
        .query('insert into ops_reports (kind, version, outcome, summary, file, body, created_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
          kind,
          version,
          outcome,
          summary,
          file,
          JSON.stringify(body),
          report.createdAt,
          report.expiresAt,
        ])
        .catch((error: Error) => {
          // The file is the record of last resort; a database without the table (older version) must not stop a rollback.
          report.body = { ...report.body, databaseRowError: error.message };
        });
    }
    return report;
  }

  /** Every report on disk, newest first (optionally of one kind). */
  async list(kind?: ReportKind): Promise<Report[]> {
    const reports: Report[] = [];
    for (const k of kind ? [kind] : REPORT_KINDS) {
      const dir = path.join(this.root, k);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
          reports.push({ ...(JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Report), file: path.join(dir, name) });
        } catch {
          // A half-written file of a crashed run: skipped here, removed by retention by its age.
        }
      }
    }
    return reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Deletes the reports whose kind's retention has passed (files and rows); returns how many of each kind. */
  async enforceRetention(): Promise<Record<ReportKind, number>> {
    const now = this.now().getTime();
    const deleted = Object.fromEntries(REPORT_KINDS.map((k) => [k, 0])) as Record<ReportKind, number>;
    for (const report of await this.list()) {
      // Retention is judged by the kind's period from creation, so a policy change applies to old reports too.
      if (new Date(report.createdAt).getTime() + RETENTION_DAYS[report.kind] * DAY_MS <= now) {
        await rm(report.file, { force: true });
        deleted[report.kind] += 1;
      }
    }
    if (this.pool) {
      for (const kind of REPORT_KINDS) {
        await this.pool.query(`delete from ops_reports where kind = $1 and created_at <= $2`, [kind, new Date(now - RETENTION_DAYS[kind] * DAY_MS).toISOString()]).catch(() => {});
      }
    }
    return deleted;
  }
}
