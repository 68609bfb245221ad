import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';

/**
 * Child processes a benchmark starts (servers, load generators). Every one is stopped when the
 * benchmark ends — normally, on an error, or on SIGINT/SIGTERM — so nothing is left listening.
 */
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;

export function spawnTracked(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // A failed spawn (e.g. ENOENT) is reported by whoever waits on the child; never crash here.
  child.once('error', () => children.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit').catch(() => {});
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Also run `cleanup` (e.g. delete a temp directory) when the benchmark stops. */
export function onStop(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Stops every child, then runs the registered cleanups (last registered first). Safe to call twice. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  })();
  return stopping;
}

/** Runs `main`, then stops everything; an error or a signal stops everything too. */
export async function runBenchmark(main: () => Promise<void>): Promise<void> {
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: stopping child processes…\n`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Last resort if the process exits some other way: no child may outlive the benchmark.
  process.once('exit', () => {
    for (const c of children) c.kill('SIGKILL');
  });
  try {
    await main();
  } catch (error) {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await stopAll();
  }
  // Stop by ourselves even if a library left a handle open (pipes to stdout are written synchronously).
  process.exit();
}

/** Keeps the last `limit` characters a stream wrote, for error messages. */
export function tail(stream: NodeJS.ReadableStream | null, limit = 4_000): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-limit);
  });
  return () => text;
}
