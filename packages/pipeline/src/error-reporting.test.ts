import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { loadConfig } from '@statex/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initErrorReporting } from './error-reporting.ts';

/** A local stand-in for Sentry's ingest endpoint: keeps every envelope it is sent. */
let server: Server;
const envelopes: { url: string; body: string }[] = [];
let port = 0;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  return (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    readBody(req).then((body) => {
      envelopes.push({ url: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('error reporting', () => {
  it('is off and sends nothing without SENTRY_DSN', async () => {
    const reporting = initErrorReporting(loadConfig({}), 'api');
    expect(reporting.enabled).toBe(false);
    reporting.capture(new Error('never sent'));
    await reporting.flush();
    expect(envelopes).toHaveLength(0);
  });

  it('sends an envelope with the error to the DSN when SENTRY_DSN is set', async () => {
    const config = loadConfig({ SENTRY_DSN: `http://publickey@127.0.0.1:${port}/1`, SENTRY_TRACES_SAMPLE_RATE: '0' });
    const reporting = initErrorReporting(config, 'worker');
    expect(reporting.enabled).toBe(true);
    reporting.capture(new Error('stage exploded: sentinel-4711'), { requestId: 'r-test' });
    await reporting.flush(5_000);
    const event = envelopes.find((e) => e.body.includes('sentinel-4711'));
    expect(event, `envelopes received: ${envelopes.map((e) => e.url).join(', ')}`).toBeDefined();
    expect(event?.url).toMatch(/^\/api\/1\/envelope\//);
    // An envelope is newline-delimited JSON: header, item header, item (the event).
    const lines = event!.body.split('\n').filter(Boolean);
    const item = JSON.parse(lines.find((l) => l.includes('sentinel-4711'))!) as { exception: { values: { type: string; value: string }[] }; tags: Record<string, string>; extra: Record<string, unknown> };
    expect(item.exception.values[0]).toMatchObject({ type: 'Error', value: 'stage exploded: sentinel-4711' });
    expect(item.tags.role).toBe('worker');
    expect(item.extra.requestId).toBe('r-test');
  });
});
