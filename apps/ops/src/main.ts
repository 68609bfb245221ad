import { processOutput } from './commands/ops-output.ts';
import { OpsError } from './ops-errors.ts';
import { readOpsSettings } from './ops-settings.ts';
import { buildProgram } from './program.ts';

/** Exit codes: 0 done; 1 wrong input (4xx-style errors); 2 a runtime API failed; 70 a bug. */
const settings = readOpsSettings();
try {
  await buildProgram(settings, processOutput).parseAsync(process.argv);
} catch (error) {
  if (error instanceof OpsError) {
    processOutput.err(`${error.code}: ${error.message}\n`);
    process.exitCode = error.status >= 500 ? 2 : 1;
  } else {
    processOutput.err(`statex-ops: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  }
}
