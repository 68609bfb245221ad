import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Generator } from '@statex/ai';
import { loadConfig, type Config } from '@statex/config';
import { createTestDatabase, type TestDatabase } from '@statex/db/testing';
import { createRuntime, type Runtime } from '@statex/pipeline';
import { dropPrefix, TEST_REDIS_URL, uniquePrefix } from '@statex/queue/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';

export type Mode = 'embedded' | 'services';

export interface TestPlatform {
  app: FastifyInstance;
  runtime: Runtime;
  config: Config;
  dataDir: string;
  env: Record<string, string>;
  /** Closes the app and runtime but keeps the data (database, directory) for a restart. */
  stop(): Promise<void>;
  /** Opens a new runtime and app on the same data, as a restarted process would. */
  restart(): Promise<TestPlatform>;
  /** Stops and deletes everything the platform created. */
  destroy(): Promise<void>;
}

/**
 * A whole platform for a test, on a private data directory; in `services` mode also a private
 * PostgreSQL database and Redis key prefix on this machine's servers.
 */
export async function startTestPlatform(
  options: { mode?: Mode; env?: Record<string, string>; generator?: Generator; withWorker?: boolean } = {},
): Promise<TestPlatform> {
  const mode = options.mode ?? 'embedded';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'statex-test-'));
  let database: TestDatabase | undefined;
  let prefix: string | undefined;
  // Tests poll and fire bursts from one address: the per-IP rate limit is tested on its own (access tests).
  const env: Record<string, string> = { STATEX_DATA_DIR: dataDir, LOG_LEVEL: 'silent', RECONCILE_INTERVAL: '1s', RATE_LIMIT_MAX: '1000000', ...options.env };
  if (mode === 'services') {
    database = await createTestDatabase('api');
    prefix = uniquePrefix('api');
    Object.assign(env, { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, INLINE_WORKER: 'true' }, options.env);
  }
  const open = async (): Promise<TestPlatform> => {
    const config = loadConfig(env);
    const runtime = await createRuntime(config, {
      ...(options.generator ? { generator: options.generator } : {}),
      ...(options.withWorker !== undefined ? { withWorker: options.withWorker } : {}),
    });
    const app = await buildApp(runtime);
    await app.ready();
    const stop = async () => {
      await app.close();
      await runtime.close();
    };
    return {
      app,
      runtime,
      config,
      dataDir,
      env,
      stop,
      restart: async () => open(),
      destroy: async () => {
        await stop();
        if (prefix) await dropPrefix(prefix);
        await database?.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  };
  return open();
}

export interface UploadFile {
  field?: 'files' | 'voice';
  name: string;
  content: Uint8Array | string;
  type?: string;
}

/** Encodes fields and files as a real multipart/form-data body. */
export async function multipart(fields: Record<string, string>, files: UploadFile[] = []): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append(f.field ?? 'files', new Blob([typeof f.content === 'string' ? f.content : Buffer.from(f.content)], { type: f.type ?? 'application/octet-stream' }), f.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type') as string } };
}

export async function submit(
  app: FastifyInstance,
  fields: Record<string, string>,
  files: UploadFile[] = [],
  remoteAddress = '127.0.0.1',
): Promise<LightMyRequestResponse> {
  const body = await multipart(fields, files);
  return app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers: body.headers, remoteAddress });
}

export const BRIEF =
  'We are Sunrise Bakery in Brno. We need a website with our menu and prices. Customers should be able to order cakes online for pickup. We want a contact form and our opening hours on the home page.';

/** Polls the owner's status until `stage` (or a terminal stage) is reached. */
export async function waitForStage(
  app: FastifyInstance,
  id: string,
  token: string,
  stages: string[] = ['published', 'failed'],
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  const start = Date.now();
  for (;;) {
    const res = await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { authorization: `Bearer ${token}` } });
    const body = res.json() as Record<string, unknown>;
    if (res.statusCode === 200 && stages.includes(String(body.stage))) return body;
    if (Date.now() - start > timeoutMs) throw new Error(`request ${id} did not reach ${stages.join('/')} in ${timeoutMs} ms; last: ${res.statusCode} ${res.body.slice(0, 300)}`);
    await sleep(50);
  }
}

/** Opens a request's SSE stream over real HTTP and reads it until `until` appears; returns the status, content type and raw text. */
export async function readEventStream(
  address: string,
  id: string,
  headers: Record<string, string>,
  until = '"stage":"published"',
): Promise<{ status: number; contentType: string | null; text: string }> {
  const controller = new AbortController();
  const res = await fetch(`${address}/api/requests/${id}/events`, { headers: { ...headers, accept: 'text/event-stream' }, signal: controller.signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  while (!text.includes(until)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  return { status: res.status, contentType: res.headers.get('content-type'), text };
}
