import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { buildApp } from '@statex/api/app';
import { multipart } from '@statex/api/test-support';
import { loadConfig } from '@statex/config';
import { documents, requestEvents, requests } from '@statex/db';
import { createTestDatabase, postgresAvailable } from '@statex/db/testing';
import { createRuntime, type Runtime } from '@statex/pipeline';
import { dropPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '@statex/queue/testing';
import { renderSite, type TemplateSpec } from '@statex/templates';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { onStop, runBenchmark } from './child-processes.ts';
import { formatMs, formatTable, mean, parsePositiveInt, parseSeconds, percentile, round, verdict } from './figures.ts';
import { SAMPLE_TEMPLATE_COUNT, sampleBrief } from './sample-briefs.ts';
import { startStallWatchdog } from './stall-watchdog.ts';

/**
 * Brief → published prototype, in process: the API (through `inject`) and the inline worker share
 * one process, as in embedded mode. A burst of --count briefs gives the throughput (prototypes
 * published per second) and latencies that include queueing; then --sequential briefs sent one at a
 * time give the latency of a request alone. Finally renderSite alone on the stored specs.
 */
const TARGET_PER_SECOND = 20;
const TARGET_P50_MS = 500;
const TARGET_RENDER_MS = 100;
const STAGES = ['received', 'extracting', 'generating', 'rendering', 'publishing', 'published'] as const;
const STEP_LABELS = ['queue wait + claim', 'extract inputs', 'generate deliverables', 'render + write site', 'publish'] as const;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    sequential: { type: 'string', default: '20' },
    'warmup-briefs': { type: 'string', default: '5' },
    submitters: { type: 'string', default: '8' },
    'files-every': { type: 'string', default: '3' },
    concurrency: { type: 'string' },
    services: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});
const count = parsePositiveInt(values.count, 'count');
const sequentialCount = parsePositiveInt(values.sequential, 'sequential');
const warmupCount = Number(values['warmup-briefs']) === 0 ? 0 : parsePositiveInt(values['warmup-briefs'], 'warmup-briefs');
const submitters = parsePositiveInt(values.submitters, 'submitters');
const filesEvery = Number(values['files-every']) === 0 ? 0 : parsePositiveInt(values['files-every'], 'files-every');
const timeoutMs = parseSeconds(values.timeout, 'timeout') * 1000;
const progress = (line: string) => process.stderr.write(`[pipeline] ${line}\n`);

type Mode = 'embedded' | 'services';

interface Platform {
  mode: Mode;
  app: FastifyInstance;
  runtime: Runtime;
  description: string;
  destroy(): Promise<void>;
}

async function openPlatform(mode: Mode): Promise<Platform> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `statex-bench-${mode}-`));
  // Brief → published without the human step of confirming the email by a link.
  const env: Record<string, string> = { STATEX_DATA_DIR: dataDir, LOG_LEVEL: 'silent', REQUIRE_EMAIL_CONFIRMATION: 'false' };
  if (values.concurrency) env.WORKER_CONCURRENCY = values.concurrency;
  const undo: (() => Promise<void>)[] = [() => rm(dataDir, { recursive: true, force: true })];
  let description = 'PGlite + in-process queue, worker inline';
  if (mode === 'services') {
    const database = await createTestDatabase('bench');
    undo.unshift(() => database.drop());
    const prefix = uniquePrefix('bench');
    undo.unshift(() => dropPrefix(prefix));
    Object.assign(env, { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, INLINE_WORKER: 'true' });
    description = `PostgreSQL (scratch database ${new URL(database.url).pathname.slice(1)}) + BullMQ/Redis (prefix ${prefix}), worker inline`;
  }
  let closed: Promise<void> | undefined;
  const destroy = () => {
    closed ??= (async () => {
      for (const step of undo) await step().catch((error: unknown) => progress(`cleanup step failed: ${(error as Error).message}`));
    })();
    return closed;
  };
  onStop(destroy);
  const runtime = await createRuntime(loadConfig(env));
  undo.unshift(() => runtime.close());
  const app = await buildApp(runtime);
  undo.unshift(() => app.close());
  await app.ready();
  return { mode, app, runtime, description, destroy };
}

interface PreparedSubmission {
  label: string;
  payload: Buffer;
  headers: Record<string, string>;
  remoteAddress: string;
  withFile: boolean;
}

let serial = 0;

/** Every submission has its own email and client address, so the real quota ledger never refuses. */
async function prepare(howMany: number, phase: string): Promise<PreparedSubmission[]> {
  const prepared: PreparedSubmission[] = [];
  for (let i = 0; i < howMany; i++) {
    serial += 1;
    const sample = sampleBrief(serial);
    const withFile = filesEvery > 0 && serial % filesEvery === 0;
    const files = withFile ? [{ name: 'notes.txt', content: sample.notes, type: 'text/plain' }] : [];
    const body = await multipart({ brief: sample.brief, email: `bench-${phase}-${serial}@example.com`, name: sample.name, locale: sample.locale }, files);
    prepared.push({ label: sample.label, ...body, remoteAddress: `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`, withFile });
  }
  return prepared;
}

interface Submitted {
  id: string;
  label: string;
  withFile: boolean;
  /** Wall clock, to compare with the publishedAt the worker writes. */
  startedAt: number;
  acceptMs: number;
}

async function submitOne(app: FastifyInstance, s: PreparedSubmission): Promise<Submitted> {
  const startedAt = Date.now();
  const t0 = performance.now();
  const res = await app.inject({ method: 'POST', url: '/api/requests', payload: s.payload, headers: s.headers, remoteAddress: s.remoteAddress });
  const acceptMs = performance.now() - t0;
  if (res.statusCode !== 202) throw new Error(`submission answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const { id } = res.json() as { id: string };
  return { id, label: s.label, withFile: s.withFile, startedAt, acceptMs };
}

interface Finished {
  id: string;
  stage: string;
  publishedAt: Date | null;
  failureReason: string | null;
}

/**
 * Waits until every request is published or failed. Woken by the event bus (a check per signal,
 * at most one per `minGapMs`), with a slow periodic check in case a signal is lost. Latencies are
 * not taken from here but from publishedAt, so when this notices does not change the figures.
 */
async function waitUntilFinished(runtime: Runtime, ids: string[], minGapMs: number): Promise<Finished[]> {
  const db = runtime.database.db;
  const pending = new Set(ids);
  let dirty = true;
  let wake: (() => void) | undefined;
  const unlisten = await Promise.all(
    ids.map((id) =>
      runtime.transport.events.listen(id, () => {
        dirty = true;
        wake?.();
      }),
    ),
  );
  const deadline = Date.now() + timeoutMs;
  let nextReport = Date.now() + 5_000;
  try {
    while (pending.size > 0) {
      if (ids.length > 1 && Date.now() > nextReport) {
        nextReport += 5_000;
        progress(`  ${ids.length - pending.size}/${ids.length} finished`);
      }
      if (dirty) {
        dirty = false;
        const done = await db
          .select({ id: requests.id })
          .from(requests)
          .where(and(inArray(requests.id, [...pending]), inArray(requests.stage, ['published', 'failed'])));
        for (const row of done) pending.delete(row.id);
        if (pending.size === 0) break;
      }
      if (Date.now() > deadline) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          dirty = true;
          resolve();
        }, 500);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      if (minGapMs > 0) await sleep(minGapMs);
    }
  } finally {
    await Promise.all(unlisten.map((u) => u()));
  }
  return db
    .select({ id: requests.id, stage: requests.stage, publishedAt: requests.publishedAt, failureReason: requests.failureReason })
    .from(requests)
    .where(inArray(requests.id, ids));
}

/** Per request, the time spent between stage changes, from the stage events in the database. */
async function stageSteps(runtime: Runtime, ids: string[]): Promise<Record<string, number[]>> {
  const rows = await runtime.database.db
    .select({ requestId: requestEvents.requestId, stage: requestEvents.stage, createdAt: requestEvents.createdAt })
    .from(requestEvents)
    .where(and(inArray(requestEvents.requestId, ids), eq(requestEvents.type, 'stage')))
    .orderBy(asc(requestEvents.id));
  const byRequest = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const times = byRequest.get(r.requestId) ?? new Map<string, number>();
    times.set(r.stage, r.createdAt.getTime());
    byRequest.set(r.requestId, times);
  }
  const steps: Record<string, number[]> = Object.fromEntries(STEP_LABELS.map((l) => [l, [] as number[]]));
  for (const times of byRequest.values()) {
    STEP_LABELS.forEach((label, i) => {
      const from = times.get(STAGES[i] as string);
      const to = times.get(STAGES[i + 1] as string);
      if (from !== undefined && to !== undefined) steps[label]?.push(to - from);
    });
  }
  return steps;
}

interface PhaseFigures {
  requests: number;
  published: number;
  failed: number;
  unfinished: number;
  failures: string[];
  wallSeconds: number;
  publishedPerSecond: number;
  acceptMs: { p50: number; p95: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  stepsP50Ms: Record<string, number>;
}

function phaseFigures(submitted: Submitted[], finished: Finished[], steps: Record<string, number[]>, startedAt: number): PhaseFigures {
  const byId = new Map(finished.map((f) => [f.id, f]));
  const latencies: number[] = [];
  let lastPublished = startedAt;
  const failures: string[] = [];
  let failed = 0;
  for (const s of submitted) {
    const f = byId.get(s.id);
    if (f?.stage === 'published' && f.publishedAt) {
      latencies.push(f.publishedAt.getTime() - s.startedAt);
      lastPublished = Math.max(lastPublished, f.publishedAt.getTime());
    } else if (f?.stage === 'failed') {
      failed += 1;
      if (failures.length < 5) failures.push(`${s.label}: ${f.failureReason}`);
    }
  }
  const wallSeconds = (lastPublished - startedAt) / 1000;
  return {
    requests: submitted.length,
    published: latencies.length,
    failed,
    unfinished: submitted.length - latencies.length - failed,
    failures,
    wallSeconds,
    publishedPerSecond: wallSeconds > 0 ? latencies.length / wallSeconds : Number.NaN,
    acceptMs: { p50: percentile(submitted.map((s) => s.acceptMs), 50), p95: percentile(submitted.map((s) => s.acceptMs), 95) },
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: Math.max(...latencies) },
    stepsP50Ms: Object.fromEntries(Object.entries(steps).map(([label, v]) => [label, percentile(v, 50)])),
  };
}

/** Sends every submission with `parallel` clients at a time; returns when all are accepted. */
async function submitAll(app: FastifyInstance, prepared: PreparedSubmission[], parallel: number): Promise<Submitted[]> {
  const submitted: Submitted[] = new Array(prepared.length);
  let next = 0;
  const client = async () => {
    while (next < prepared.length) {
      const i = next++;
      submitted[i] = await submitOne(app, prepared[i] as PreparedSubmission);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, prepared.length) }, client));
  return submitted;
}

async function runBurst(platform: Platform): Promise<{ figures: PhaseFigures; ids: string[] }> {
  const prepared = await prepare(count, 'burst');
  progress(`${platform.mode}: burst of ${count} briefs, ${submitters} clients submitting at once…`);
  const startedAt = Date.now();
  const submitted = await submitAll(platform.app, prepared, submitters);
  const ids = submitted.map((s) => s.id);
  const finished = await waitUntilFinished(platform.runtime, ids, 50);
  const figures = phaseFigures(submitted, finished, await stageSteps(platform.runtime, ids), startedAt);
  return { figures, ids };
}

async function runSequential(platform: Platform, howMany: number, phase: string): Promise<PhaseFigures> {
  const prepared = await prepare(howMany, phase);
  const submitted: Submitted[] = [];
  const finished: Finished[] = [];
  const startedAt = Date.now();
  for (const p of prepared) {
    const s = await submitOne(platform.app, p);
    submitted.push(s);
    finished.push(...(await waitUntilFinished(platform.runtime, [s.id], 0)));
  }
  return phaseFigures(submitted, finished, await stageSteps(platform.runtime, submitted.map((s) => s.id)), startedAt);
}

interface RenderFigures {
  specs: number;
  samples: number;
  pagesMean: number;
  kilobytesMean: number;
  ms: { p50: number; p95: number; max: number };
}

/** renderSite alone (no database, no disk) on the specs the burst stored; a few passes each. */
async function measureRender(runtime: Runtime, ids: string[]): Promise<RenderFigures> {
  const rows = await runtime.database.db
    .select({ content: documents.content })
    .from(documents)
    .where(and(inArray(documents.requestId, ids), eq(documents.kind, 'spec')));
  const specs = rows.map((r) => JSON.parse(r.content) as TemplateSpec);
  const options = { footerNote: 'Prototype generated by Statex' };
  for (const spec of specs.slice(0, 20)) renderSite(spec, options);
  const timings: number[] = [];
  const sizes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const spec of specs) {
      const t0 = performance.now();
      const { files } = renderSite(spec, options);
      timings.push(performance.now() - t0);
      if (pass === 0) sizes.push(files.reduce((n, f) => n + Buffer.byteLength(f.contents), 0));
    }
  }
  return {
    specs: specs.length,
    samples: timings.length,
    pagesMean: mean(specs.map((s) => s.pages.length)),
    kilobytesMean: mean(sizes) / 1024,
    ms: { p50: percentile(timings, 50), p95: percentile(timings, 95), max: Math.max(...timings) },
  };
}

interface ModeResult {
  mode: Mode;
  setup: string;
  workerConcurrency: number;
  burst: PhaseFigures;
  sequential: PhaseFigures;
  render: RenderFigures;
}

async function runMode(mode: Mode): Promise<ModeResult> {
  progress(`${mode}: opening the platform…`);
  const platform = await openPlatform(mode);
  try {
    if (warmupCount > 0) {
      progress(`${mode}: warm-up, ${warmupCount} briefs one at a time (not counted)…`);
      await runSequential(platform, warmupCount, 'warmup');
    }
    const burst = await runBurst(platform);
    progress(`${mode}: ${sequentialCount} briefs one at a time…`);
    const sequential = await runSequential(platform, sequentialCount, 'alone');
    progress(`${mode}: renderSite alone on the stored specs…`);
    const render = await measureRender(platform.runtime, burst.ids);
    return { mode, setup: platform.description, workerConcurrency: platform.runtime.config.worker.concurrency, burst: burst.figures, sequential, render };
  } finally {
    await platform.destroy();
  }
}

function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? round(v, 2) : v))) as T;
}

function report(results: ModeResult[], skipped: string | null, load: { start: number; end: number }): string {
  const out: string[] = [];
  out.push('Pipeline throughput: brief → published prototype (in process, API via inject + inline worker)');
  out.push(`  machine: ${availableParallelism()} CPUs, Node ${process.version}; ${SAMPLE_TEMPLATE_COUNT} brief templates (one German), ${filesEvery > 0 ? `a .txt file with 1 brief in ${filesEvery}` : 'no files'}; distinct email and client address per brief`);
  out.push(`  load average (1 min) ${load.start} at start, ${load.end} at end: anything else running on these CPUs slows every figure here`);
  out.push('  latency = publishedAt written by the worker − moment the submission was sent; published/s = published ÷ (last publishedAt − first submission)');
  if (skipped) out.push(`  services mode skipped: ${skipped}`);
  for (const r of results) {
    out.push('');
    out.push(`== ${r.mode} mode: ${r.setup}; WORKER_CONCURRENCY=${r.workerConcurrency}`);
    const row = (name: string, p: PhaseFigures) => [
      name,
      `${p.published}/${p.requests}`,
      String(p.failed),
      p.publishedPerSecond.toFixed(1),
      formatMs(p.acceptMs.p50),
      formatMs(p.latencyMs.p50),
      formatMs(p.latencyMs.p95),
      formatMs(p.latencyMs.p99),
    ];
    out.push(
      formatTable(
        ['phase', 'published', 'failed', 'published/s', '202 p50', 'latency p50', 'p95', 'p99'],
        [row(`burst (${submitters} clients)`, r.burst), row('one at a time', r.sequential)],
      ),
    );
    out.push('');
    out.push('  where the time goes (p50 per step, from stage events):');
    out.push(
      formatTable(
        ['  step', 'burst', 'one at a time'],
        STEP_LABELS.map((l) => [`  ${l}`, formatMs(r.burst.stepsP50Ms[l] ?? Number.NaN), formatMs(r.sequential.stepsP50Ms[l] ?? Number.NaN)]),
      ),
    );
    out.push('');
    out.push(
      `  renderSite alone: ${r.render.specs} specs × 3 passes, ${r.render.pagesMean.toFixed(1)} pages and ${r.render.kilobytesMean.toFixed(0)} KB per site: p50 ${formatMs(r.render.ms.p50)}, p95 ${formatMs(r.render.ms.p95)}, max ${formatMs(r.render.ms.max)}`,
    );
    out.push('');
    out.push(`  published/s (burst):      ${r.burst.publishedPerSecond.toFixed(1)}   target >= ${TARGET_PER_SECOND}: ${verdict(r.burst.publishedPerSecond >= TARGET_PER_SECOND)}`);
    out.push(`  latency p50 (alone):      ${formatMs(r.sequential.latencyMs.p50)}   target <= ${TARGET_P50_MS} ms: ${verdict(r.sequential.latencyMs.p50 <= TARGET_P50_MS)}`);
    out.push(`  latency p50 (burst):      ${formatMs(r.burst.latencyMs.p50)}   (includes waiting in the queue behind the burst)`);
    out.push(`  render p95:               ${formatMs(r.render.ms.p95)}   target <= ${TARGET_RENDER_MS} ms: ${verdict(r.render.ms.p95 <= TARGET_RENDER_MS)}`);
    for (const p of [r.burst, r.sequential]) {
      if (p.failed > 0 || p.unfinished > 0) out.push(`  WARNING: ${p.failed} failed, ${p.unfinished} unfinished within ${timeoutMs / 1000} s. ${p.failures.join(' | ')}`);
    }
  }
  return out.join('\n');
}

const loadAtStart = loadavg()[0] as number;

async function main(): Promise<void> {
  // The code under test runs in this process: if it ever spins forever, no timer of ours fires.
  const watchdog = startStallWatchdog(60_000, 'pipeline');
  const results: ModeResult[] = [];
  results.push(await runMode('embedded'));
  let skipped: string | null = null;
  if (values.services) {
    const [pgUp, redisUp] = await Promise.all([postgresAvailable(), redisAvailable()]);
    if (pgUp && redisUp) results.push(await runMode('services'));
    else skipped = `${pgUp ? '' : 'PostgreSQL at 127.0.0.1:5432 '}${redisUp ? '' : 'Redis at 127.0.0.1:6379 '}did not answer`;
  }
  watchdog.stop();
  const load = { start: round(loadAtStart), end: round(loadavg()[0] as number) };
  if (values.json) {
    const targets = results.map((r) => ({
      mode: r.mode,
      publishedPerSecond: { target: `>= ${TARGET_PER_SECOND}`, value: round(r.burst.publishedPerSecond), met: r.burst.publishedPerSecond >= TARGET_PER_SECOND },
      latencyP50AloneMs: { target: `<= ${TARGET_P50_MS}`, value: round(r.sequential.latencyMs.p50), met: r.sequential.latencyMs.p50 <= TARGET_P50_MS },
      renderP95Ms: { target: `<= ${TARGET_RENDER_MS}`, value: round(r.render.ms.p95), met: r.render.ms.p95 <= TARGET_RENDER_MS },
    }));
    const setup = { cpus: availableParallelism(), node: process.version, loadAverage1m: load, count, sequential: sequentialCount, warmup: warmupCount, submitters, filesEvery };
    process.stdout.write(`${JSON.stringify({ benchmark: 'pipeline-throughput', setup, skipped, results: rounded(results), targets }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${report(results, skipped, load)}\n`);
}

await runBenchmark(main);
