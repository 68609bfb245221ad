import { loadConfig } from '@statex/config';
import type { Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { callControl, controlSocketPath } from '../supervisor/control-channel.ts';
import type { SupervisorStatus } from '../supervisor/supervisor.ts';
import { formatTable, type OpsOutput } from './ops-output.ts';

/** The control socket of the supervisor on this STATEX_DATA_DIR. */
export function supervisorSocket(settings: OpsSettings): string {
  return controlSocketPath(loadConfig(settings.platformEnv).dataDir);
}

export function printStatus(status: SupervisorStatus, output: OpsOutput): void {
  output.out(`${status.mode} mode, port ${status.port}, ${status.ready ? 'ready' : 'NOT READY'}; target ${status.target.api} API + ${status.target.workers} worker\n`);
  output.out(
    formatTable(
      ['process', 'role', 'pid', 'state', 'ready', 'restarts', 'cpu %', 'rss MB', 'up s'],
      status.processes.map((p) => [p.slot, p.role, String(p.pid ?? '-'), p.state, p.ready ? 'yes' : 'no', String(p.restarts), p.cpu.toFixed(1), p.rssMb.toFixed(1), String(p.uptimeSeconds)]),
    ),
  );
}

export function registerStatusCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('status')
    .description('Processes of the running supervisor: role, pid, ready, restarts, CPU and memory.')
    .option('--json', 'print {processes: [{role, pid, ready, restarts, cpu, rssMb}], …}')
    .action(async (options: { json?: boolean }) => {
      const status = (await callControl(supervisorSocket(settings), 'GET', '/status')) as SupervisorStatus;
      if (options.json) output.out(`${JSON.stringify(status, null, 2)}\n`);
      else printStatus(status, output);
    });
}
