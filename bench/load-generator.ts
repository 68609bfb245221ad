import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { spawnTracked, tail } from './child-processes.ts';

/**
 * HTTP load from a separate process — wrk when installed, else autocannon — so the load generator
 * never shares an event loop with the server it measures.
 */
export type LoadTool = 'wrk' | 'autocannon';

export interface LoadResult {
  tool: LoadTool;
  durationS: number;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx/3xx; any at all makes the run suspect. */
  non2xx: number;
  /** Connect/read/write errors and timeouts. */
  socketErrors: number;
  /** Of those, requests unanswered within the tool's timeout (wrk: 2 s, autocannon: 10 s). */
  timeouts: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  headers: Record<string, string>;
  /** wrk threads (autocannon uses one process and no workers). */
  threads: number;
}

export function wrkInstalled(): boolean {
  const probe = spawnSync('wrk', ['--version'], { stdio: 'ignore' });
  return !(probe.error && (probe.error as NodeJS.ErrnoException).code === 'ENOENT');
}

export function pickTool(requested: string | undefined): LoadTool {
  if (requested === 'wrk' || requested === 'autocannon') {
    if (requested === 'wrk' && !wrkInstalled()) throw new Error('--tool wrk: wrk is not installed (apt-get install wrk), or use --tool autocannon');
    return requested;
  }
  if (requested !== undefined) throw new Error(`--tool must be wrk or autocannon (got ${JSON.stringify(requested)})`);
  return wrkInstalled() ? 'wrk' : 'autocannon';
}

export function describeTool(tool: LoadTool, options: Pick<LoadOptions, 'connections' | 'threads'>): string {
  return tool === 'wrk'
    ? `wrk -t${options.threads} -c${options.connections} --latency (separate process)`
    : `autocannon -c ${options.connections} (separate Node process)`;
}

export async function runLoad(tool: LoadTool, options: LoadOptions): Promise<LoadResult> {
  return tool === 'wrk' ? runWrk(options) : runAutocannon(options);
}

async function collect(command: string, args: string[], timeoutMs: number): Promise<string> {
  const child = spawnTracked(command, args);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const stderr = tail(child.stderr);
  // Bounded: a load generator that hangs is killed well after its own duration.
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code !== 0) throw new Error(`${command} exited with ${code ?? signal}: ${stderr() || stdout.slice(-2000)}`);
    return stdout;
  } finally {
    clearTimeout(timer);
  }
}

/** wrk prints durations as 812.00us, 1.23ms, 2.01s or 1.05m. */
function wrkDurationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) throw new Error(`cannot read wrk duration ${JSON.stringify(text)}`);
  const value = Number(match[1]);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return value * factor;
}

export function parseWrkOutput(output: string, durationS: number): LoadResult {
  const field = (pattern: RegExp, what: string): string => {
    const match = pattern.exec(output);
    if (!match?.[1]) throw new Error(`wrk output has no ${what}:\n${output}`);
    return match[1];
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    tool: 'wrk',
    durationS,
    requests: Number(field(/(\d+) requests in /, 'request count')),
    requestsPerSec: Number(field(/Requests\/sec:\s+([\d.]+)/, 'Requests/sec')),
    p50Ms: wrkDurationMs(field(/^\s+50%\s+(\S+)/m, '50% latency')),
    p99Ms: wrkDurationMs(field(/^\s+99%\s+(\S+)/m, '99% latency')),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    timeouts: Number(errors?.[4] ?? 0),
  };
}

async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const args = [`-t${options.threads}`, `-c${options.connections}`, `-d${options.durationS}s`, '--latency', ...headerArgs, options.url];
  const output = await collect('wrk', args, (options.durationS + 30) * 1000);
  return parseWrkOutput(output, options.durationS);
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const headerArgs = Object.entries(options.headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
  const args = [bin, '-c', String(options.connections), '-d', String(options.durationS), '-j', ...headerArgs, options.url];
  const output = await collect(process.execPath, args, (options.durationS + 30) * 1000);
  const last = output.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(last) as AutocannonJson;
  return {
    tool: 'autocannon',
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    // autocannon's errors already include its timeouts.
    socketErrors: result.errors,
    timeouts: result.timeouts,
  };
}
