import { InvalidArgumentError, type Command } from 'commander';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { callRelease, releaseSocketPath } from '../releases/release-control.ts';
import type { DeployResult } from '../releases/release-manager.ts';
import type { OpsOutput } from './ops-output.ts';
import { platformConfig } from './release-context.ts';

const percent = (value: string) => {
  const n = Number(value);
  if (!(n > 0 && n < 100)) throw new InvalidArgumentError(`--canary must be a percentage between 0 and 100 (e.g. 10), got "${value}".`);
  return n;
};
const setting = (value: string, previous: Record<string, string> = {}) => {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`--set takes NAME=value, got "${value}".`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
};

export function registerDeployCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('deploy')
    .description('Release a new version safely: backup (verified), additive migrations, start beside the running version, validate, switch, watch, roll back by itself when it goes bad.')
    .argument('<source>', 'a git ref of this repository (archived into STATEX_DATA_DIR/releases/<sha> + npm ci) or a prepared release directory')
    .option('--version <name>', 'name of the version (default: the commit, or the directory name)')
    .option('--no-auto-rollback', 'after the switch, only alert on failed health checks; do not switch back')
    .option('--canary <percent>', 'first send this % of traffic to the new version; promote only if its success rate ≥ 99 % and p99 ≤ 500 ms', percent)
    .option('--set <NAME=value>', 'a setting for the new version only (repeatable), e.g. FAULT_UNREADY_FILE=/tmp/unready (ready until that file exists) or FAULT_UNREADY_AFTER=20s for a rollback drill', setting)
    .addHelpText('after', `
Steps, each printed as it happens:
  1. prepare the release; 2. pg_dump a snapshot and restore it into a scratch database (row counts must match);
  3. check that pending migrations only add (tables, nullable columns, indexes) — otherwise stop, naming
     the statement — and apply them; 4. start the new version on a private port; 5. validate it: all
     health levels green, p95 ≤ 1000 ms and ≥ 10 req/s under a bounded probe load, CPU and memory ≤ 80 %,
     disk ≤ 90 %, no worse than the running version's baseline; 6. optional canary; 7. switch traffic;
  8. health-check it for the grace period while the old version keeps running: 5 consecutive failures
     switch back and stop it (in-flight requests finish). Then the old version is stopped.
Needs a running \`statex-ops serve\` on the same STATEX_DATA_DIR. Thresholds: apps/ops/config/release-thresholds.json,
environment STATEX_OPS_ENVIRONMENT (local | staging | production).
Exit code 0: deployed; 1: refused (bad input, incompatible migration); 3: validation or canary failed, or rolled back.`)
    .action(async (source: string, options: { version?: string; autoRollback: boolean; canary?: number; set?: Record<string, string> }) => {
      const socket = releaseSocketPath(platformConfig(settings).dataDir);
      const result = (await callRelease(socket, 'POST', '/deploy', { source, version: options.version, autoRollback: options.autoRollback, canaryPercent: options.canary, env: options.set }, (line) =>
        output.out(`${line}\n`),
      )) as DeployResult;
      if (result.outcome !== 'deployed') {
        output.err(`deploy: ${result.outcome}: ${result.message}\n`);
        process.exitCode = 3;
      }
    });
}

/** Asks before something that cannot be undone; `--yes` answers for scripts. */
export async function confirm(question: string, yes: boolean, output: OpsOutput, stdinIsTTY: boolean): Promise<void> {
  if (yes) return;
  if (!stdinIsTTY) throw new OpsError('OPS_BAD_OPTION', `${question} Add --yes to confirm when not running in a terminal.`);
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(`${question} Type "yes" to continue: `);
  rl.close();
  if (answer.trim().toLowerCase() !== 'yes') throw new OpsError('OPS_BAD_OPTION', 'Not confirmed; nothing was changed.');
  output.err('confirmed\n');
}
