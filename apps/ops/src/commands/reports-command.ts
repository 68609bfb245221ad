import { Option, type Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { REPORT_KINDS, RETENTION_DAYS, type ReportKind } from '../reports/report-store.ts';
import { formatTable, type OpsOutput } from './ops-output.ts';
import { openReportStore, platformConfig } from './release-context.ts';

export function registerReportsCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('reports')
    .description(`Release reports (deployment, validation, health, performance, rollback), newest first; kept ${REPORT_KINDS.map((k) => `${k} ${RETENTION_DAYS[k]} d`).join(', ')}.`)
    .addOption(new Option('--kind <kind>', 'only this kind').choices(REPORT_KINDS))
    .option('--limit <n>', 'at most this many', (v) => Number(v), 50)
    .option('--json', 'print the full reports as JSON')
    .addHelpText('after', '\nFiles: STATEX_DATA_DIR/reports/<kind>/*.json; with PostgreSQL also the ops_reports table.')
    .action(async (options: { kind?: ReportKind; limit: number; json?: boolean }) => {
      const { store, close } = openReportStore(platformConfig(settings));
      try {
        const reports = (await store.list(options.kind)).slice(0, options.limit);
        if (options.json) return output.out(`${JSON.stringify(reports, null, 2)}\n`);
        if (reports.length === 0) return output.out('No release reports yet.\n');
        output.out(formatTable(['created', 'kind', 'version', 'outcome', 'summary'], reports.map((r) => [r.createdAt.slice(0, 19).replace('T', ' '), r.kind, r.version, r.outcome, r.summary.split('\n')[0]!.slice(0, 100)])));
      } finally {
        await close();
      }
    });
}
