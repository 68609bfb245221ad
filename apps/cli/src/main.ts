import { readCliSettings } from './cli-settings.ts';
import { ApiError, CliError, EXIT } from './cli-errors.ts';
import { describeWait } from './describe-duration.ts';
import { installInterruptHandler } from './interruption.ts';
import { buildProgram } from './program.ts';
import { processTerminal, type Terminal } from './terminal.ts';

const settings = readCliSettings();
const terminal = processTerminal(settings.stdoutIsTTY, settings.stdinIsTTY);
installInterruptHandler();

let exitCode: number = EXIT.OK;
try {
  await buildProgram(settings, terminal, (code) => (exitCode = code)).parseAsync(process.argv);
} catch (error) {
  exitCode = reportError(terminal, error);
}
// No process.exit(): pending output is flushed, and nothing else is left running.
process.exitCode = exitCode;

function reportError(out: Terminal, error: unknown): number {
  if (error instanceof ApiError) {
    out.warn(`${error.code}: ${error.apiMessage}`);
    if (error.retryAfterSeconds !== null) out.warn(`Try again ${describeWait(error.retryAfterSeconds)}.`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    out.warn(error.message);
    return error.exitCode;
  }
  out.warn(`statex: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.FAILED;
}
