import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBenchmark, spawnTracked } from './child-processes.ts';
import { parseSeconds } from './figures.ts';

/**
 * `npm run bench`: every benchmark in turn, each in its own process with a hard time limit, so one
 * benchmark's heap, JIT state or leftovers do not colour the next. Flags are passed on to the
 * benchmark they belong to; --services adds the services-mode runs; --json prints one document.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    rounds: { type: 'string' },
    tool: { type: 'string' },
    count: { type: 'string' },
    sequential: { type: 'string' },
    'warmup-briefs': { type: 'string' },
    submitters: { type: 'string' },
    'files-every': { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    iterations: { type: 'string' },
    services: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const here = path.dirname(fileURLToPath(import.meta.url));
const pass = (names: (keyof typeof values)[]) =>
  names.flatMap((name) => {
    const value = values[name];
    return typeof value === 'string' ? [`--${name}`, value] : [];
  });

interface Run {
  title: string;
  script: string;
  args: string[];
  limitS: number;
}

const apiArgs = pass(['duration', 'warmup', 'connections', 'rounds', 'tool']);
const apiLimitS =
  2 * (parseSeconds(values.warmup ?? '2', 'warmup') + Number(values.rounds ?? 2) * parseSeconds(values.duration ?? '10', 'duration')) + 180;
const pipelineTimeoutS = parseSeconds(values.timeout ?? '300', 'timeout');
const runs: Run[] = [
  { title: 'API status route vs bare Fastify (embedded)', script: 'api-status-vs-bare-fastify.ts', args: [...apiArgs, '--mode', 'embedded'], limitS: apiLimitS },
  ...(values.services
    ? [{ title: 'API status route vs bare Fastify (services)', script: 'api-status-vs-bare-fastify.ts', args: [...apiArgs, '--mode', 'services'], limitS: apiLimitS }]
    : []),
  {
    title: `Pipeline throughput (embedded${values.services ? ' + services' : ''})`,
    script: 'pipeline-throughput.ts',
    args: [...pass(['count', 'sequential', 'warmup-briefs', 'submitters', 'files-every', 'concurrency', 'timeout']), ...(values.services ? ['--services'] : [])],
    limitS: (values.services ? 2 : 1) * (3 * pipelineTimeoutS + 120),
  },
  { title: 'Hostile input: platform health per hostile file, sandbox price on ordinary files', script: 'hostile-input.ts', args: pass(['iterations']), limitS: 900 },
];

async function runOne(run: Run): Promise<{ ok: boolean; stdout: string }> {
  const args = [path.join(here, run.script), ...run.args, ...(values.json ? ['--json'] : [])];
  const child = spawnTracked(process.execPath, args, { stdio: ['ignore', values.json ? 'pipe' : 'inherit', 'inherit'] });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const timer = setTimeout(() => {
    process.stderr.write(`[run-all] ${run.script} exceeded ${run.limitS} s: stopping it\n`);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  }, run.limitS * 1000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  if (code !== 0) process.stderr.write(`[run-all] ${run.script} ended with ${code ?? signal}\n`);
  return { ok: code === 0, stdout };
}

async function main(): Promise<void> {
  const documents: unknown[] = [];
  let failed = 0;
  for (const [i, run] of runs.entries()) {
    if (!values.json) process.stdout.write(`${i > 0 ? '\n' : ''}#### ${i + 1}/${runs.length} ${run.title}\n\n`);
    const { ok, stdout } = await runOne(run);
    if (!ok) failed += 1;
    if (values.json) documents.push(ok ? JSON.parse(stdout) : { benchmark: run.script, error: 'did not complete; see stderr' });
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ benchmarks: documents }, null, 2)}\n`);
  // A missed target is not a failure; a benchmark that could not run is.
  if (failed > 0) process.exitCode = 1;
}

await runBenchmark(main);
