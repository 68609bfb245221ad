import type { Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { callControl } from '../supervisor/control-channel.ts';
import type { SupervisorStatus } from '../supervisor/supervisor.ts';
import type { OpsOutput } from './ops-output.ts';
import { printStatus, supervisorSocket } from './status-command.ts';

export function registerReloadCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('reload')
    .description('Zero-downtime rolling restart: each process is replaced by a new one that is ready before the old one stops.')
    .action(async () => {
      printStatus((await callControl(supervisorSocket(settings), 'POST', '/reload', {}, 600_000)) as SupervisorStatus, output);
    });
  program
    .command('down')
    .description('Stop the running supervisor and every process it runs (gracefully: in-flight requests and jobs finish).')
    .action(async () => {
      await callControl(supervisorSocket(settings), 'POST', '/stop', {});
      output.out('statex-ops: stopping\n');
    });
}
