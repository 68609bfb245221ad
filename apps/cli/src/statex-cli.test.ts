import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEF, startTestPlatform, type TestPlatform } from '@statex/api/test-support';
import { pdfWithPages } from '@statex/files/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The CLI as a customer runs it: a real child process (no TTY) against a whole platform
 * listening on a real port.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const TIMEOUT = 120_000;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node apps/cli/src/main.ts …` with only the environment given (no STATEX_API_URL unless set). */
function runCli(args: string[], env: Record<string, string> = {}, entry = 'apps/cli/src/main.ts'): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: repoRoot, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

/** An HTTP server that answers 500 to everything and counts what reached it. */
async function recordingServer(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits += 1;
    req.resume();
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, hits: () => hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Forwards to `target`, except that the event stream ends as soon as it starts: the CLI must poll. */
async function streamBreakingProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    if ((req.url ?? '').endsWith('/events')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end();
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'accept', 'content-type']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const upstream = await fetch(`${target}${req.url}`, { method: req.method, headers, ...(hasBody ? { body: req as unknown as ReadableStream, duplex: 'half' } : {}) } as RequestInit);
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const requestIdIn = (stdout: string) => /Request ([a-z2-7]{16}) received/.exec(stdout)?.[1] ?? '';
const tokenIn = (stdout: string) => /Token: (\S+)/.exec(stdout)?.[1] ?? '';

describe('statex CLI against a running platform', () => {
  let platform: TestPlatform;
  let port: number;
  let api: string;
  let work: string;
  let pdfPath: string;
  // The request sent with a PDF in the first test; later tests read and modify it.
  let first: { id: string; token: string } = { id: '', token: '' };

  beforeAll(async () => {
    port = await freePort();
    // One request per email, so a second request from the same address shows the 429.
    platform = await startTestPlatform({ env: { PORT: String(port), QUOTA_PER_EMAIL: '1', QUOTA_PER_IP: '100' } });
    await platform.app.listen({ port, host: '127.0.0.1' });
    api = `http://127.0.0.1:${port}`;
    work = await mkdtemp(path.join(tmpdir(), 'statex-cli-'));
    pdfPath = path.join(work, 'extra needs.pdf');
    await writeFile(pdfPath, await pdfWithPages([['Additional requirements from the owner:', 'The site must show a photo gallery of our cakes.']]));
  });

  afterAll(async () => {
    await platform?.destroy();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it(
    'submits a brief with a PDF, follows it to published, prints the prototype and saves the documents',
    async () => {
      const out = path.join(work, 'out-text');
      const run = await runCli(['submit', BRIEF, '--email', 'jana@sunrise.example', '--name', 'Jana', '--file', pdfPath, '--api', api, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const id = requestIdIn(run.stdout);
      const token = tokenIn(run.stdout);
      expect(id).toMatch(/^[a-z2-7]{16}$/);
      expect(token.length).toBeGreaterThanOrEqual(43);
      first = { id, token };

      // Plain lines without a TTY: every stage, in order, then the summary.
      const stages = [...run.stdout.matchAll(/^\[\s*\d+%\] ([a-z]+)/gm)].map((m) => m[1]);
      expect(stages).toEqual(['received', 'extracting', 'generating', 'rendering', 'publishing', 'published']);
      expect(run.stdout).toContain(`http://r-${id}.localhost:${port}/`);
      expect(run.stdout).toContain(`${api}/p/${id}/`);
      expect(run.stdout).toContain('Expires:');
      expect(run.stdout).not.toContain('\u001b['); // no bar drawn

      const dir = path.join(out, `statex-${id}`);
      const terms = await readFile(path.join(dir, 'terms.md'), 'utf8');
      const plan = await readFile(path.join(dir, 'plan.md'), 'utf8');
      expect(run.stdout).toContain(path.join(dir, 'terms.md'));
      expect(run.stdout).toContain(path.join(dir, 'plan.md'));
      expect(terms).toMatch(/R1\b/);
      expect(plan).toMatch(/R1\b/);
      // The PDF reached the pipeline: its requirement is in the terms.
      expect(terms.toLowerCase()).toContain('gallery');

      // The printed path URL serves the prototype.
      const site = await fetch(`${api}/p/${id}/`);
      expect(site.status).toBe(200);
      expect(site.headers.get('content-type')).toContain('text/html');
    },
    TIMEOUT,
  );

  it(
    'with --json prints exactly one JSON object with id, token, prototype and documents',
    async () => {
      const out = path.join(work, 'out-json');
      const run = await runCli(['submit', 'A booking site for our two holiday flats on the coast, with prices per season and a contact form.', '--email', 'flats@coast.example', '--api', api, '--out', out, '--json', '--locale', 'en', '--privacy', 'standard', '--compliance', 'eu']);
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as {
        id: string;
        token: string;
        stage: string;
        prototype: { url: string; pathUrl: string; version: number; expiresAt: string };
        documents: { dir: string; terms: string; plan: string };
      };
      expect(result.stage).toBe('published');
      expect(result.token.length).toBeGreaterThanOrEqual(43);
      expect(result.prototype.url).toBe(`http://r-${result.id}.localhost:${port}/`);
      expect(result.prototype.pathUrl).toBe(`${api}/p/${result.id}/`);
      expect(result.prototype.version).toBe(1);
      expect(Date.parse(result.prototype.expiresAt)).toBeGreaterThan(Date.now());
      expect(result.documents.terms).toBe(path.join(out, `statex-${result.id}`, 'terms.md'));
      expect(await readFile(result.documents.terms, 'utf8')).toMatch(/R1\b/);
      expect(await readFile(result.documents.plan, 'utf8')).toMatch(/R1\b/);
    },
    TIMEOUT,
  );

  it(
    'status shows a published request, reading the API address from STATEX_API_URL',
    async () => {
      const text = await runCli(['status', first.id, '--token', first.token], { STATEX_API_URL: api });
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(`Request ${first.id}: published (100%), version 1`);
      expect(text.stdout).toContain(`http://r-${first.id}.localhost:${port}/`);
      const json = await runCli(['status', first.id, '--token', first.token, '--json'], { STATEX_API_URL: api });
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ id: first.id, stage: 'published', modificationsLeft: 1 });
    },
    TIMEOUT,
  );

  it(
    'a wrong token is the API refusing: code and message, exit 2',
    async () => {
      const run = await runCli(['status', first.id, '--token', 'not-the-token', '--api', api]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^STX_TOKEN_INVALID: /m);
    },
    TIMEOUT,
  );

  it(
    'follow falls back to polling when the event stream breaks, and still delivers',
    async () => {
      const proxy = await streamBreakingProxy(api);
      try {
        const out = path.join(work, 'out-follow');
        const run = await runCli(['follow', first.id, '--token', first.token, '--api', proxy.url, '--out', out]);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('checking every second instead');
        expect(run.stdout).toContain(`http://r-${first.id}.localhost:${port}/`);
        expect(await readFile(path.join(out, `statex-${first.id}`, 'terms.md'), 'utf8')).toMatch(/R1\b/);
      } finally {
        await proxy.close();
      }
    },
    TIMEOUT,
  );

  it(
    'modify builds version 2 with a terms diff; a second modify reports the 409',
    async () => {
      const out = path.join(work, 'out-modify');
      const run = await runCli(['modify', first.id, '--token', first.token, 'Please add a page with job openings at the bakery.', '--api', api, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Published version 2');
      const dir = path.join(out, `statex-${first.id}`);
      expect(await readFile(path.join(dir, 'terms-v2.md'), 'utf8')).toMatch(/R1\b/);
      expect(await readFile(path.join(dir, 'plan-v2.md'), 'utf8')).toMatch(/R1\b/);
      expect((await readFile(path.join(dir, 'terms-diff.md'), 'utf8')).toLowerCase()).toContain('job openings');
      // Only version 2's stages are shown, not version 1's replayed history.
      expect([...run.stdout.matchAll(/^\[\s*\d+%\] published/gm)]).toHaveLength(1);

      const again = await runCli(['modify', first.id, '--token', first.token, 'And one more change, please.', '--api', api]);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/^STX_MODIFICATION_USED: .+/m);
    },
    TIMEOUT,
  );

  it(
    'an API 4xx (invalid email) is printed as code: message with exit 2',
    async () => {
      const run = await runCli(['submit', BRIEF, '--email', 'not-an-email', '--api', api]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^STX_VALIDATION: .*email/m);
      expect(run.stdout).toBe('');
    },
    TIMEOUT,
  );

  it(
    'a 429 says when to try again, in words',
    async () => {
      const args = ['submit', BRIEF, '--email', 'twice@sunrise.example', '--api', api, '--no-wait'];
      const once = await runCli(args);
      expect(once.code, once.stderr).toBe(0);
      expect(once.stdout).toContain('statex follow');
      const twice = await runCli(args);
      expect(twice.code).toBe(2);
      expect(twice.stderr).toMatch(/^STX_QUOTA_EXCEEDED: /m);
      expect(twice.stderr).toMatch(/^Try again in \d+ (days?|hours?|minutes?).* \(after \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\.$/m);
    },
    TIMEOUT,
  );

  describe('checks locally and sends nothing', () => {
    let recorder: Awaited<ReturnType<typeof recordingServer>>;
    beforeAll(async () => {
      recorder = await recordingServer();
    });
    afterAll(async () => recorder?.close());

    it('refuses a brief that is too short', async () => {
      const run = await runCli(['submit', 'A site please', '--email', 'a@b.example', '--api', recorder.url]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Nothing was sent');
      expect(run.stderr).toContain('The brief is too short (13 characters)');
      expect(recorder.hits()).toBe(0);
    }, TIMEOUT);

    it('refuses a missing file', async () => {
      const missing = path.join(work, 'no-such.pdf');
      const run = await runCli(['submit', BRIEF, '--email', 'a@b.example', '--file', missing, '--api', recorder.url]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--file ${missing}: no such file.`);
      expect(recorder.hits()).toBe(0);
    }, TIMEOUT);

    it('refuses 11 files', async () => {
      const files: string[] = [];
      for (let i = 1; i <= 11; i++) {
        const file = path.join(work, `note-${i}.txt`);
        await writeFile(file, `Note ${i}: the menu changes every season.`);
        files.push('--file', file);
      }
      const run = await runCli(['submit', BRIEF, '--email', 'a@b.example', ...files, '--api', recorder.url]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Attach at most 10 files with --file (you gave 11)');
      expect(recorder.hits()).toBe(0);
    }, TIMEOUT);

    it('refuses a bad request id before asking', async () => {
      const run = await runCli(['status', 'NOT-AN-ID', '--token', 'x', '--api', recorder.url]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('"NOT-AN-ID" is not a request id');
      expect(recorder.hits()).toBe(0);
    }, TIMEOUT);
  });

  it(
    'says how to start Statex when nothing listens at the address',
    async () => {
      const closed = `http://127.0.0.1:${await freePort()}`;
      const run = await runCli(['submit', BRIEF, '--email', 'a@b.example', '--api', closed]);
      expect(run.code).toBe(3);
      expect(run.stderr.trim()).toBe(`Statex is not running at ${closed} — start it with \`npm start\``);
    },
    TIMEOUT,
  );

  it('--help shows examples for each command', async () => {
    for (const command of ['submit', 'status', 'follow', 'answer', 'modify']) {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: statex ${command}`);
      expect(run.stdout).toContain(`$ statex ${command}`);
    }
    const launcher = await runCli(['--help'], {}, 'apps/cli/bin/statex.mjs');
    expect(launcher.code).toBe(0);
    expect(launcher.stdout).toContain('Usage: statex');
  }, TIMEOUT);
});
