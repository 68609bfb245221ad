import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from there as `node apps/cli/src/main.ts`. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const ENTRY = 'apps/cli/src/main.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI piped (no terminal on either end) with only the environment given. */
export function runCliPiped(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...args], { cwd: repoRoot, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A CLI running in a pseudo-terminal: what a person sees, and a keyboard. */
export interface PtyRun {
  /** Everything the terminal showed so far, escape sequences included. */
  screen(): string;
  /** Types keys (`\r` is Enter, `\u0003` Ctrl-C). */
  type(keys: string): void;
  /** Waits until the terminal has shown `text` `occurrence` times. */
  waitFor(text: string, timeoutMs?: number, occurrence?: number): Promise<void>;
  /** The exit code and the whole screen once the CLI has ended. */
  done: Promise<{ code: number | null; screen: string }>;
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the real CLI under `script -qfec` (util-linux), so stdin and stdout are a terminal: the
 * progress bar, raw-mode line editing and Ctrl-C as a key, as a person at a keyboard has them.
 */
export function runCliInPty(args: string[], env: Record<string, string> = {}): PtyRun {
  // A pty made without a terminal around it has no size; a person's has one.
  const command = `stty cols 120 rows 40; exec ${[process.execPath, ENTRY, ...args].map(quote).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TERM: 'xterm-256color', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
  const done = new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
  let ended = false;
  void done.then(() => (ended = true));
  return {
    screen: () => screen,
    type: (keys) => void child.stdin.write(keys),
    async waitFor(text, timeoutMs = 60_000, occurrence = 1) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (plain(screen).split(text).length - 1 >= occurrence) return;
        if (ended) break;
        await sleep(50);
      }
      throw new Error(`The terminal did not show "${text}"${ended ? ' (the CLI ended)' : ''}. It showed:\n${plain(screen)}`);
    },
    done,
  };
}

/** The text of a terminal's output without colours, cursor moves and carriage returns. */
export function plain(screen: string): string {
  // eslint-disable-next-line no-control-regex
  return screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}
