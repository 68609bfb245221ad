import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractionSandbox, extractText } from '@statex/files';
import { hostileCorpus } from '@statex/files/testing/hostile';
import { docxWithParagraphs, pdfWithPages } from '@statex/files/testing';
import { onStop, runBenchmark, spawnTracked, tail } from './child-processes.ts';
import { formatMs, formatTable, parsePositiveInt, percentile, round } from './figures.ts';

/**
 * Hostile input against the real platform (API + inline worker + PGlite in one process, as `npm
 * start` runs it): for each file of the hostile corpus, the platform's peak RSS and `/health` p99
 * (polled every 100 ms) while it is processed, and how long the hostile request takes to end.
 * Then the price of the sandbox on ordinary files: a PDF and a DOCX read in-process and through
 * the sandbox (threads reused), in the same run.
 */
const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '40' },
    'extraction-timeout': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const iterations = parsePositiveInt(values.iterations, 'iterations');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const progress = (line: string) => process.stderr.write(`[hostile-input] ${line}\n`);

const BRIEF = 'We are a family bakery. We need a website with our menu and prices, online cake orders for pickup, a contact form and our opening hours.';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

async function rssOf(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

async function startPlatform(dataDir: string): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STATEX_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '1000000000',
    QUOTA_PER_EMAIL: '1000',
    QUOTA_PER_IP: '1000',
    REQUIRE_EMAIL_CONFIRMATION: 'false',
    ...(values['extraction-timeout'] ? { EXTRACTION_TIMEOUT: values['extraction-timeout'] } : {}),
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'INLINE_WORKER', 'SMTP_URL', 'OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'OLLAMA_HOST']) delete env[name];
  const child = spawnTracked(process.execPath, [path.join(REPO_ROOT, 'apps/api/src/main.ts')], { cwd: REPO_ROOT, env });
  const output = tail(child.stderr);
  tail(child.stdout);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the platform exited at start:\n${output()}`);
    if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) break;
    if (i > 3000) throw new Error(`the platform did not become ready:\n${output()}`);
    await sleep(100);
  }
  return { url, pid: child.pid as number };
}

type HostileRow = { file: string; bytes: number; what: string; outcome: string; endMs: number; healthP99Ms: number; healthMaxMs: number; healthFailures: number; peakRssMb: number };

async function hostileRuns(): Promise<{ rows: HostileRow[]; idleRssMb: number }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'statex-bench-hostile-'));
  onStop(() => rm(dataDir, { recursive: true, force: true }));
  const platform = await startPlatform(dataDir);
  progress(`platform at ${platform.url} (pid ${platform.pid})`);
  const corpus = await hostileCorpus();
  const send = async (email: string, files: { name: string; bytes: Uint8Array }[]) => {
    const form = new FormData();
    form.append('brief', BRIEF);
    form.append('email', email);
    for (const f of files) form.append('files', new Blob([Buffer.from(f.bytes)]), f.name);
    const res = await fetch(`${platform.url}/api/requests`, { method: 'POST', body: form });
    if (res.status !== 202) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string; token: string };
  };
  const ended = async (r: { id: string; token: string }) => {
    for (;;) {
      const res = await fetch(`${platform.url}/api/requests/${r.id}`, { headers: { authorization: `Bearer ${r.token}` } });
      const body = (await res.json()) as { stage: string; notices?: string[] };
      if (body.stage === 'published' || body.stage === 'failed') return body;
      await sleep(50);
    }
  };
  // A first ordinary request warms the platform (and its sandbox thread) up.
  await ended(await send('warmup@example.com', []));
  const idleRssMb = ((await rssOf(platform.pid)) ?? 0) / 1024 / 1024;
  const rows: HostileRow[] = [];
  for (const [i, file] of corpus.entries()) {
    progress(`${file.name}: ${file.what}`);
    const latencies: number[] = [];
    let failures = 0;
    let peak = 0;
    let running = true;
    const poller = (async () => {
      while (running) {
        const started = performance.now();
        const ok = await fetch(`${platform.url}/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
        latencies.push(performance.now() - started);
        if (!ok) failures++;
        peak = Math.max(peak, (await rssOf(platform.pid)) ?? 0);
        await sleep(100);
      }
    })();
    const started = performance.now();
    const request = await send(`attacker${i}@example.com`, [file]);
    const status = await ended(request);
    const endMs = performance.now() - started;
    running = false;
    await poller;
    const noticed = (status.notices ?? []).some((n) => n.includes(file.name));
    rows.push({
      file: file.name,
      bytes: file.bytes.byteLength,
      what: file.what,
      outcome: `${status.stage}${noticed ? ' + notice' : ''}`,
      endMs,
      healthP99Ms: percentile(latencies, 99),
      healthMaxMs: Math.max(...latencies),
      healthFailures: failures,
      peakRssMb: peak / 1024 / 1024,
    });
  }
  return { rows, idleRssMb };
}

type OverheadRow = { file: string; inProcessMedianMs: number; sandboxMedianMs: number; inProcessP95Ms: number; sandboxP95Ms: number; addedMedianMs: number; ratio: number };

async function sandboxOverhead(): Promise<OverheadRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'statex-bench-sandbox-'));
  onStop(() => rm(dir, { recursive: true, force: true }));
  const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}: the shop sells candles, soap and gift boxes; delivery across Europe in three days.`);
  const pdf = path.join(dir, 'brief.pdf');
  await writeFile(pdf, await pdfWithPages(Array.from({ length: 5 }, () => lines)));
  const docx = path.join(dir, 'brief.docx');
  await writeFile(docx, await docxWithParagraphs(Array.from({ length: 150 }, (_, i) => lines[i % lines.length] as string)));
  const sandbox = createExtractionSandbox();
  onStop(() => sandbox.close());
  const rows: OverheadRow[] = [];
  for (const [name, file, kind] of [['PDF, 5 pages', pdf, 'pdf'], ['DOCX, 150 paragraphs', docx, 'docx']] as const) {
    const inProcess: number[] = [];
    const sandboxed: number[] = [];
    // Warm both paths (module load, JIT, the sandbox thread) before measuring; then interleave so drift hits both alike.
    for (let i = 0; i < 3; i++) {
      await extractText(file, kind);
      await sandbox.extract(file, kind);
    }
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      await extractText(file, kind);
      inProcess.push(performance.now() - t);
      t = performance.now();
      await sandbox.extract(file, kind);
      sandboxed.push(performance.now() - t);
    }
    const a = percentile(inProcess, 50);
    const b = percentile(sandboxed, 50);
    rows.push({ file: name, inProcessMedianMs: a, sandboxMedianMs: b, inProcessP95Ms: percentile(inProcess, 95), sandboxP95Ms: percentile(sandboxed, 95), addedMedianMs: b - a, ratio: b / a });
  }
  await sandbox.close();
  return rows;
}

async function main(): Promise<void> {
  const hostile = await hostileRuns();
  progress('sandbox overhead on ordinary files');
  const overhead = await sandboxOverhead();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ benchmark: 'hostile-input', idleRssMb: round(hostile.idleRssMb, 1), hostile: hostile.rows, overhead, iterations }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`Hostile files against the embedded platform (one process: API, worker, PGlite); idle RSS ${hostile.idleRssMb.toFixed(0)} MB\n\n`);
  process.stdout.write(
    formatTable(
      ['file', 'size', 'ended', 'request took', '/health p99', '/health max', 'failed polls', 'peak RSS'],
      hostile.rows.map((r) => [r.file, `${Math.ceil(r.bytes / 1024)} KB`, r.outcome, formatMs(r.endMs), formatMs(r.healthP99Ms), formatMs(r.healthMaxMs), String(r.healthFailures), `${r.peakRssMb.toFixed(0)} MB`]),
    ),
  );
  process.stdout.write('\n\nWhat each file is:\n');
  for (const r of hostile.rows) process.stdout.write(`  ${r.file}: ${r.what}\n`);
  process.stdout.write(`\nSandbox price on ordinary files (${iterations} runs each, interleaved, threads reused)\n\n`);
  process.stdout.write(
    formatTable(
      ['file', 'in-process p50', 'sandbox p50', 'added p50', 'ratio', 'in-process p95', 'sandbox p95'],
      overhead.map((r) => [r.file, formatMs(r.inProcessMedianMs), formatMs(r.sandboxMedianMs), formatMs(r.addedMedianMs), `${r.ratio.toFixed(2)}×`, formatMs(r.inProcessP95Ms), formatMs(r.sandboxP95Ms)]),
    ),
  );
  process.stdout.write('\n');
}

await runBenchmark(main);
