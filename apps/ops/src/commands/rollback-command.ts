import type { Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { callRelease, releaseSocketPath } from '../releases/release-control.ts';
import { readReleaseState } from '../releases/release-state.ts';
import { confirm } from './deploy-command.ts';
import type { OpsOutput } from './ops-output.ts';
import { platformConfig } from './release-context.ts';

export function registerRollbackCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('rollback')
    .description('Go back to an earlier version now: start it beside the current one, switch traffic, stop the current one. The database is left as it is unless --restore-database.')
    .option('--to <version>', 'the version to return to (default: the one before the current)')
    .option('--restore-database', "also restore the database from the backup taken before the current version's deploy (rows written since are LOST)")
    .option('--yes', 'confirm --restore-database without asking (scripts)')
    .addHelpText('after', `
Versions known: see STATEX_DATA_DIR/ops/releases/state.json (or \`statex-ops reports\`). Needs a running
\`statex-ops serve\`. Without --restore-database the data stays: migrations are additive, so the
older version runs on the newer schema.`)
    .action(async (options: { to?: string; restoreDatabase?: boolean; yes?: boolean }) => {
      const config = platformConfig(settings);
      if (options.restoreDatabase) {
        const state = await readReleaseState(config.dataDir);
        await confirm(
          `This replaces the whole database by the backup ${state.current?.backupFile ?? '(none recorded)'}: every submission accepted since then is lost.`,
          options.yes === true,
          output,
          process.stdin.isTTY === true,
        );
      }
      await callRelease(releaseSocketPath(config.dataDir), 'POST', '/rollback', { to: options.to, restoreDatabase: options.restoreDatabase === true }, (line) => output.out(`${line}\n`));
    });
}
