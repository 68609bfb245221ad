import { Command } from 'commander';
import { registerForecastCommand } from './commands/forecast-command.ts';
import type { OpsOutput } from './commands/ops-output.ts';
import { registerPlanCommand } from './commands/plan-command.ts';
import { registerSimulateCommand } from './commands/simulate-command.ts';
import { registerUpCommand } from './commands/up-command.ts';
import { registerStatusCommand } from './commands/status-command.ts';
import { registerReloadCommand } from './commands/reload-command.ts';
import { registerScaleCommand } from './commands/scale-command.ts';
import { registerServeCommand } from './commands/serve-command.ts';
import { registerDeployCommand } from './commands/deploy-command.ts';
import { registerRollbackCommand } from './commands/rollback-command.ts';
import { registerReportsCommand } from './commands/reports-command.ts';
import { registerMaintenanceCommand } from './commands/maintenance-command.ts';
import type { OpsSettings } from './ops-settings.ts';

/** Every command registers itself from its own file in commands/; add new ones here. */
const COMMANDS = [registerSimulateCommand, registerForecastCommand, registerPlanCommand, registerUpCommand, registerStatusCommand, registerReloadCommand, registerScaleCommand, registerServeCommand, registerDeployCommand, registerRollbackCommand, registerReportsCommand, registerMaintenanceCommand];

export function buildProgram(settings: OpsSettings, output: OpsOutput): Command {
  const program = new Command('statex-ops')
    .description('Statex operations: forecast traffic, plan replicas ahead of business hours, compare scaling policies on real traces.')
    .showHelpAfterError('(add --help for usage and examples)')
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) });
  for (const register of COMMANDS) register(program, settings, output);
  return program;
}
