/** The only place the CLI reads the environment: defaults that options can override. */
export const DEFAULT_API_URL = 'http://localhost:8080';

export interface CliSettings {
  /** `--api` default: STATEX_API_URL, else http://localhost:8080. */
  apiUrl: string;
  /** Whether a progress bar can be drawn (stdout is a terminal). */
  stdoutIsTTY: boolean;
  /** Whether questions can be asked (stdin is a terminal). */
  stdinIsTTY: boolean;
}

export function readCliSettings(): CliSettings {
  return {
    apiUrl: process.env.STATEX_API_URL?.trim() || DEFAULT_API_URL,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}
