import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { documents, requestFiles, requests } from '@statex/db';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

describe('expiry', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { PROTOTYPE_TTL: '2s', CLEANUP_INTERVAL: '1h' } });
  });
  afterAll(async () => platform?.destroy());

  it('after PROTOTYPE_TTL the site, inputs and derived data are deleted and the URL answers 410', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'short@example.com', name: 'Short Lived' }, [{ name: 'notes.txt', content: 'We also need a newsletter signup form.' }]);
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    expect((await platform.app.inject({ url: `/p/${id}/` })).statusCode).toBe(200);
    expect(await platform.runtime.worker!.cleanup()).toBe(0);
    await sleep(2_100);
    expect(await platform.runtime.worker!.cleanup()).toBe(1);

    const page = await platform.app.inject({ url: `/p/${id}/` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('expired');
    const byHost = await platform.app.inject({ url: '/', headers: { host: `r-${id}.localhost` } });
    expect(byHost.statusCode).toBe(410);
    const status = await platform.app.inject({ url: `/api/requests/${id}`, headers: { authorization: `Bearer ${token}` } });
    expect(status.statusCode).toBe(410);
    expect(status.json().error.code).toBe('STX_EXPIRED');

    const db = platform.runtime.database.db;
    const [row] = await db.select().from(requests).where(eq(requests.id, id));
    expect(row).toMatchObject({ brief: null, email: null, name: null });
    expect(await db.select().from(documents).where(eq(documents.requestId, id))).toHaveLength(0);
    expect(await db.select().from(requestFiles).where(eq(requestFiles.requestId, id))).toHaveLength(0);
    expect(await readdir(path.join(platform.dataDir, 'sites'))).not.toContain(id);
  });
});

describe('email over SMTP', () => {
  let server: SMTPServer;
  let port: number;
  const received: { from: string; to: string[]; data: string }[] = [];
  let platform: TestPlatform;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data: data.replace(/=\r?\n/g, '') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
    platform = await startTestPlatform({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Statex <hello@statex.test>' } });
  });
  afterAll(async () => {
    await platform?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends one "ready" email through a real SMTP server when published', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'customer@example.com', name: 'Petra' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    for (let i = 0; i < 100 && received.length === 0; i += 1) await sleep(50);
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe('hello@statex.test');
    expect(received[0]?.to).toEqual(['customer@example.com']);
    expect(received[0]?.data).toContain('Subject: Your Statex prototype is ready');
    expect(received[0]?.data).toContain('Hello Petra');
    expect(received[0]?.data).toContain(`r-${id}.localhost`);
    expect(await readdir(path.join(platform.dataDir, 'outbox')).catch(() => [])).toEqual([]);
  });
});
