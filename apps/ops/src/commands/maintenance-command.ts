import type { Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { REPORT_KINDS, RETENTION_DAYS } from '../reports/report-store.ts';
import type { OpsOutput } from './ops-output.ts';
import { openReportStore, platformConfig } from './release-context.ts';

export function registerMaintenanceCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('maintenance')
    .description(`Maintenance-window jobs: delete release reports past their retention (${REPORT_KINDS.map((k) => `${k} ${RETENTION_DAYS[k]} d`).join(', ')}), files and rows.`)
    .addHelpText('after', '\nRun it from cron in the maintenance window, e.g. `15 3 * * * statex-ops maintenance`.')
    .action(async () => {
      const { store, close } = openReportStore(platformConfig(settings));
      try {
        const deleted = await store.enforceRetention();
        output.out(`reports deleted: ${REPORT_KINDS.map((k) => `${k} ${deleted[k]}`).join(', ')}\n`);
      } finally {
        await close();
      }
    });
}
