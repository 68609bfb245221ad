import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvSchema } from '@statex/config';
import { createTestDatabase, postgresAvailable } from '@statex/db/testing';
import { dropPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '@statex/queue/testing';
import type { ChildProcess } from 'node:child_process';
import { onStop, runBenchmark, spawnTracked, tail } from './child-processes.ts';
import { formatMs, formatTable, mean, parsePositiveInt, parseSeconds, round, verdict } from './figures.ts';
import { describeTool, pickTool, runLoad, type LoadResult, type LoadTool } from './load-generator.ts';
import { sampleBrief } from './sample-briefs.ts';

/**
 * GET /api/requests/:id (the owner's status of a published request) on the real Statex platform,
 * against a bare Fastify 5 server answering the same bytes. Both run in child processes; the load
 * generator (wrk, else autocannon) is a third process. Prints figures; never fails on a target.
 */
const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 5;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
    tool: { type: 'string' },
    mode: { type: 'string', default: 'embedded' },
    'cpu-prof': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const durationS = parseSeconds(values.duration, 'duration');
const warmupS = parseSeconds(values.warmup, 'warmup');
const connections = parsePositiveInt(values.connections, 'connections');
const rounds = parsePositiveInt(values.rounds, 'rounds');
if (values.mode !== 'embedded' && values.mode !== 'services') throw new Error(`--mode must be embedded or services (got ${JSON.stringify(values.mode)})`);
const mode: 'embedded' | 'services' = values.mode;
const progress = (line: string) => process.stderr.write(`[api] ${line}\n`);

interface Server {
  name: 'statex' | 'bare';
  url: string;
}

interface RoundResult extends LoadResult {
  server: Server['name'];
  round: number;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (typeof address !== 'object' || !address) throw new Error('could not find a free port');
  return address.port;
}

/** Fails early, with the child's output, if it exits before it is ready. */
function exitWatch(child: ChildProcess, what: string, output: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`${what} exited (${code ?? signal}) before it was ready:\n${output()}`)));
    child.once('error', (error) => reject(new Error(`${what} could not start: ${error.message}`)));
  });
}

async function untilOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Only the settings this benchmark chooses: none inherited from the shell (DATABASE_URL, AI keys, NAME_FILE secrets…). */
function statexEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(EnvSchema.properties)) {
    delete env[key];
    delete env[`${key}_FILE`];
  }
  return { ...env, ...settings };
}

/**
 * Embedded: PGlite in the data directory and the in-process queue. Services: a scratch PostgreSQL
 * database and a unique Redis prefix on this machine's servers, removed when the benchmark stops.
 */
async function servicesSettings(): Promise<{ settings: Record<string, string>; description: string }> {
  if (mode === 'embedded') return { settings: {}, description: 'embedded mode (PGlite, in-process queue, worker inline)' };
  const [pgUp, redisUp] = await Promise.all([postgresAvailable(), redisAvailable()]);
  if (!pgUp || !redisUp) throw new Error(`--mode services needs PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379 (${pgUp ? '' : 'PostgreSQL '}${redisUp ? '' : 'Redis '}did not answer)`);
  const database = await createTestDatabase('bench');
  onStop(() => database.drop());
  const prefix = uniquePrefix('bench');
  onStop(() => dropPrefix(prefix));
  return {
    settings: { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, INLINE_WORKER: 'true' },
    description: `services mode (PostgreSQL scratch database ${new URL(database.url).pathname.slice(1)}, BullMQ/Redis prefix ${prefix}, worker inline)`,
  };
}

async function startStatex(dataDir: string, services: Record<string, string>): Promise<Server> {
  const port = await freePort();
  // --cpu-prof <dir>: V8 profile of the Statex process, written when it exits at the end.
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
  const child = spawnTracked(process.execPath, [...profile, path.join(REPO_ROOT, 'apps/api/src/main.ts')], {
    cwd: REPO_ROOT,
    // All the load comes from one address: the per-IP rate limit still runs on every request, but never refuses.
    env: statexEnv({ STATEX_DATA_DIR: dataDir, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: String(port), RATE_LIMIT_MAX: '1000000000', REQUIRE_EMAIL_CONFIRMATION: 'false', ...services }),
  });
  const output = tail(child.stderr);
  tail(child.stdout);
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([untilOk(`${url}/health/ready`, 60_000), exitWatch(child, 'Statex', output)]);
  return { name: 'statex', url };
}

async function startBare(responseFile: string): Promise<Server> {
  const child = spawnTracked(process.execPath, [path.join(REPO_ROOT, 'bench/servers/bare-fastify-server.ts'), '--response', responseFile], { cwd: REPO_ROOT });
  const output = tail(child.stderr);
  const firstLine = new Promise<string>((resolve) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) resolve(text.split('\n')[0] as string);
    });
  });
  const stopTimer = new AbortController();
  const timeout = sleep(30_000, undefined, { signal: stopTimer.signal }).then(() => {
    throw new Error('the bare Fastify server did not start within 30 s');
  });
  const line = await Promise.race([firstLine, exitWatch(child, 'bare Fastify server', output), timeout]).finally(() => stopTimer.abort());
  const { port } = JSON.parse(line) as { port: number };
  return { name: 'bare', url: `http://127.0.0.1:${port}` };
}

/** Sends one brief the way a customer would, and waits until its prototype is published. */
async function publishOneRequest(statex: Server): Promise<{ id: string; token: string }> {
  const sample = sampleBrief(0);
  const form = new FormData();
  form.append('brief', sample.brief);
  form.append('email', 'bench@example.com');
  form.append('name', 'Bench');
  form.append('locale', sample.locale);
  const res = await fetch(`${statex.url}/api/requests`, { method: 'POST', body: form });
  if (res.status !== 202) throw new Error(`submitting the brief answered ${res.status}: ${await res.text()}`);
  const { id, token } = (await res.json()) as { id: string; token: string };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(`${statex.url}/api/requests/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await status.json()) as { stage?: string; failureReason?: string };
    if (body.stage === 'published') return { id, token };
    if (body.stage === 'failed') throw new Error(`the request failed: ${body.failureReason}`);
    if (Date.now() > deadline) throw new Error(`the request was not published within 60 s (stage: ${body.stage})`);
    await sleep(100);
  }
}

interface RecordedResponse {
  statusCode: number;
  contentType: string;
  body: string;
}

async function fetchOnce(url: string, token: string): Promise<RecordedResponse> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { statusCode: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
}

function summarise(results: RoundResult[], server: Server['name']) {
  const mine = results.filter((r) => r.server === server);
  return {
    requestsPerSec: mean(mine.map((r) => r.requestsPerSec)),
    p50Ms: mean(mine.map((r) => r.p50Ms)),
    // The worst round: a tail figure should not be flattered by averaging.
    p99Ms: Math.max(...mine.map((r) => r.p99Ms)),
    non2xx: mine.reduce((s, r) => s + r.non2xx, 0),
    socketErrors: mine.reduce((s, r) => s + r.socketErrors, 0),
    timeouts: mine.reduce((s, r) => s + r.timeouts, 0),
  };
}

const loadAtStart = loadavg()[0] as number;

async function main(): Promise<void> {
  const tool: LoadTool = pickTool(values.tool);
  const scratch = await mkdtemp(path.join(tmpdir(), 'statex-bench-api-'));
  onStop(() => rm(scratch, { recursive: true, force: true }));

  const services = await servicesSettings();
  progress(`starting Statex in ${services.description} in a child process…`);
  const statex = await startStatex(path.join(scratch, 'data'), services.settings);
  progress('submitting one brief and waiting until it is published…');
  const { id, token } = await publishOneRequest(statex);
  const route = `/api/requests/${id}`;
  const recorded = await fetchOnce(statex.url + route, token);
  if (recorded.statusCode !== 200) throw new Error(`the status route answered ${recorded.statusCode}: ${recorded.body.slice(0, 300)}`);
  const responseFile = path.join(scratch, 'status-response.json');
  await writeFile(responseFile, JSON.stringify(recorded));

  progress('starting the bare Fastify peer in another child process…');
  const bare = await startBare(responseFile);
  const peer = await fetchOnce(bare.url + route, token);
  const identical = peer.statusCode === recorded.statusCode && peer.contentType === recorded.contentType && peer.body === recorded.body;
  if (!identical) throw new Error(`the peer does not answer the same response: ${peer.statusCode} ${peer.contentType} ${peer.body.length} bytes vs ${recorded.statusCode} ${recorded.contentType} ${recorded.body.length} bytes`);

  const load = (server: Server, seconds: number) =>
    runLoad(tool, { url: server.url + route, connections, durationS: seconds, threads: 2, headers: { Authorization: `Bearer ${token}` } });
  if (warmupS > 0) {
    for (const server of [statex, bare]) {
      progress(`warm-up ${server.name}: ${warmupS} s (not counted)`);
      await load(server, warmupS);
    }
  }
  const results: RoundResult[] = [];
  for (let r = 1; r <= rounds; r++) {
    for (const server of [statex, bare]) {
      progress(`round ${r}/${rounds} ${server.name}: ${durationS} s, ${connections} connections`);
      results.push({ ...(await load(server, durationS)), server: server.name, round: r });
    }
  }

  const s = summarise(results, 'statex');
  const b = summarise(results, 'bare');
  const ratio = s.requestsPerSec / b.requestsPerSec;
  const ratioMet = ratio >= TARGET_RATIO;
  const p99Met = s.p99Ms <= TARGET_P99_MS;
  const loadAverage1m = { start: round(loadAtStart), end: round(loadavg()[0] as number) };
  const setup = {
    route: 'GET /api/requests/:id (owner status of a published request, Bearer token)',
    responseBytes: Buffer.byteLength(recorded.body),
    contentType: recorded.contentType,
    loadGenerator: describeTool(tool, { connections, threads: 2 }),
    servers: `each in its own child process on 127.0.0.1; Statex in ${services.description}, LOG_LEVEL=silent, RATE_LIMIT_MAX=1e9 (limiter runs, never refuses)`,
    mode,
    cpus: availableParallelism(),
    loadAverage1m,
    node: process.version,
    durationS,
    warmupS,
    rounds,
    order: 'statex, bare, alternating per round',
  };

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'api-status-vs-bare-fastify',
          setup,
          rounds: results.map((r) => ({ ...r, requestsPerSec: round(r.requestsPerSec), p50Ms: round(r.p50Ms, 3), p99Ms: round(r.p99Ms, 3) })),
          summary: {
            statex: { ...s, requestsPerSec: round(s.requestsPerSec), p50Ms: round(s.p50Ms, 3), p99Ms: round(s.p99Ms, 3) },
            bare: { ...b, requestsPerSec: round(b.requestsPerSec), p50Ms: round(b.p50Ms, 3), p99Ms: round(b.p99Ms, 3) },
            ratio: round(ratio, 3),
          },
          targets: {
            ratio: { target: `>= ${TARGET_RATIO}`, value: round(ratio, 3), met: ratioMet },
            statexP99Ms: { target: `<= ${TARGET_P99_MS}`, value: round(s.p99Ms, 3), met: p99Met },
          },
        },
        null,
        2,
      )}\n`,
    );
    return;
  }

  const out: string[] = [];
  out.push(`API status route: Statex (${mode} mode) vs bare Fastify`);
  out.push(`  route:          ${setup.route}, ${setup.responseBytes} bytes of ${setup.contentType}`);
  out.push(`  load generator: ${setup.loadGenerator}, ${durationS} s per run, ${warmupS} s warm-up each (not counted)`);
  out.push(`  servers:        ${setup.servers}`);
  out.push(`  machine:        ${setup.cpus} CPUs shared by load generator and server, Node ${setup.node}; load average (1 min) ${loadAverage1m.start} at start, ${loadAverage1m.end} at end`);
  out.push('                  absolute figures understate a dedicated server: read the ratio');
  out.push('');
  out.push(
    formatTable(
      ['run', 'req/s', 'p50', 'p99', 'non-2xx', 'socket errors (timeouts)'],
      results.map((r) => [`${r.server} #${r.round}`, r.requestsPerSec.toFixed(0), formatMs(r.p50Ms), formatMs(r.p99Ms), String(r.non2xx), `${r.socketErrors} (${r.timeouts})`]),
    ),
  );
  out.push('');
  out.push(
    formatTable(
      ['server', 'req/s (mean)', 'p50 (mean)', 'p99 (worst run)'],
      [
        ['statex', s.requestsPerSec.toFixed(0), formatMs(s.p50Ms), formatMs(s.p99Ms)],
        ['bare fastify', b.requestsPerSec.toFixed(0), formatMs(b.p50Ms), formatMs(b.p99Ms)],
      ],
    ),
  );
  out.push('');
  out.push(`  ratio statex/bare req/s: ${ratio.toFixed(3)}   target >= ${TARGET_RATIO}: ${verdict(ratioMet)}`);
  out.push(`  statex p99:              ${formatMs(s.p99Ms)}   target <= ${TARGET_P99_MS} ms: ${verdict(p99Met)}`);
  if (s.non2xx + b.non2xx > 0) out.push('  WARNING: some responses were not 2xx; the figures above include them and are suspect.');
  if (s.socketErrors + b.socketErrors > 0) {
    out.push(`  NOTE: socket errors — statex ${s.socketErrors} (${s.timeouts} timeouts), bare ${b.socketErrors} (${b.timeouts} timeouts); a timeout is a request unanswered within the tool's limit (wrk 2 s), left out of its latency figures.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await runBenchmark(main);
