import { InvalidArgumentError, type Command } from 'commander';
import type { OpsSettings } from '../ops-settings.ts';
import { callControl } from '../supervisor/control-channel.ts';
import type { SupervisorStatus } from '../supervisor/supervisor.ts';
import type { OpsOutput } from './ops-output.ts';
import { printStatus, supervisorSocket } from './status-command.ts';

/** `api=4`, `workers=2` (also `worker=2`) → counts. */
export function parseScaleArgs(args: string[]): { api?: number; workers?: number } {
  const counts: { api?: number; workers?: number } = {};
  for (const arg of args) {
    const match = /^(api|workers?)=(\d+)$/.exec(arg.trim());
    if (!match) throw new InvalidArgumentError(`"${arg}" is not ROLE=N; use api=4 or workers=2.`);
    counts[match[1] === 'api' ? 'api' : 'workers'] = Number(match[2]);
  }
  if (Object.keys(counts).length === 0) throw new InvalidArgumentError('say what to scale, e.g. api=4 workers=2.');
  return counts;
}

export function registerScaleCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('scale')
    .description('Set the number of API and worker processes of the running supervisor, e.g. `scale api=4 workers=2`.')
    .argument('<counts...>', 'api=N and/or workers=M')
    .action(async (args: string[]) => {
      printStatus((await callControl(supervisorSocket(settings), 'POST', '/scale', parseScaleArgs(args), 600_000)) as SupervisorStatus, output);
    });
}
