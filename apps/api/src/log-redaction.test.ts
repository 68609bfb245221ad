import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@statex/config';
import { createLogger, createRuntime, type Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { BRIEF, readEventStream, submit, waitForStage } from './test-support/test-platform.ts';

describe('a debug-level log of a whole flow holds no token, email, client IP or file name', () => {
  const lines: string[] = [];
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  let address: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'statex-logs-'));
    const config = loadConfig({ STATEX_DATA_DIR: dataDir, LOG_LEVEL: 'debug', RATE_LIMIT_MAX: '1000000', RECONCILE_INTERVAL: '1s' });
    runtime = await createRuntime(config, { log: createLogger(config, { write: (line: string) => void lines.push(line) }) });
    app = await buildApp(runtime);
    address = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('submit with a file, status, live events with access_token, magic link', async () => {
    const email = 'Leak.Check+brief@Example.com';
    const fileName = 'Rossi-private-pricelist.txt';
    const clientIp = '203.0.113.77';
    const res = await submit(app, { brief: BRIEF, email, name: 'Maria Rossi' }, [{ name: fileName, content: 'Espresso 2 EUR, cappuccino 3 EUR.' }], clientIp);
    expect(res.statusCode).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const final = await waitForStage(app, id, token);
    expect(final.stage, JSON.stringify(final.failureReason)).toBe('published');
    const stream = await readEventStream(address, id, { authorization: `Bearer ${token}` }, '"final":true');
    expect(stream.status).toBe(200);
    const events = await fetch(`${address}/api/requests/${id}/events?access_token=${encodeURIComponent(token)}`, { headers: { accept: 'text/event-stream' }, signal: AbortSignal.timeout(1500) })
      .then(async (r) => {
        const reader = (r.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        await reader.cancel();
        return r.status;
      });
    expect(events).toBe(200);

    expect((await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email }, remoteAddress: clientIp })).statusCode).toBe(202);
    const outbox = path.join(dataDir, 'outbox');
    let linkToken: string | undefined;
    for (const name of await readdir(outbox)) {
      const mail = (await readFile(path.join(outbox, name), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      linkToken = /magic-link\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail)?.[1] ?? linkToken;
    }
    expect(linkToken).toBeDefined();
    const signedIn = await fetch(`${address}/api/auth/magic-link/verify?token=${linkToken}`, { redirect: 'manual' });
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^statex_session=/);
    expect((await fetch(`${address}/api/auth/session`, { headers: { cookie } })).status).toBe(200);

    const logged = lines.join('');
    // The flow was logged at debug level (request lines included), so the absence below means something.
    expect(logged).toContain('incoming request');
    expect(logged).toContain(`/api/requests/${id}/events?access_token=[redacted]`);
    const session = decodeURIComponent(cookie.slice('statex_session='.length));
    for (const secret of [token, encodeURIComponent(token), linkToken!, session, email, email.toLowerCase(), 'leak.check', fileName, 'Rossi-private', clientIp, '127.0.0.1']) {
      expect(logged, `the log holds ${secret}`).not.toContain(secret);
    }
  }, 180_000);
});
