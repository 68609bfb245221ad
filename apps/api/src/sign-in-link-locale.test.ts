import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './test-support/test-platform.ts';

/** The text part of the newest .eml in the outbox, transfer encoding undone. */
async function newestMailText(dataDir: string): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const files = (await readdir(outbox)).sort();
  const raw = await readFile(path.join(outbox, files.at(-1)!), 'utf8');
  const [headers = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  const joined = body.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8');
}

describe('a sign-in link asked for from a page in another language', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => platform?.destroy());

  it('is mailed in that language and lands on that language’s portal', async () => {
    const res = await platform.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'jana@example.cz', locale: 'cs' } });
    expect(res.statusCode).toBe(202);
    const text = await newestMailText(platform.dataDir);
    expect(text).toContain('přihlaste se do Statexu');
    expect(text).not.toMatch(/Open this link|If you did not ask/);
    const token = /magic-link\/verify\?token=([A-Za-z0-9_-]+)&locale=cs/.exec(text)?.[1];
    expect(token, text).toBeTruthy();
    const verified = await platform.app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${token}&locale=cs` });
    expect(verified.statusCode).toBe(303);
    expect(verified.headers.location).toBe('/cs/portal');
  });

  it('refuses a locale Statex does not speak, and defaults to English without one', async () => {
    expect((await platform.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'x@example.com', locale: 'xx' } })).statusCode).toBe(400);
    expect((await platform.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'y@example.com' } })).statusCode).toBe(202);
    expect(await newestMailText(platform.dataDir)).toContain('Open this link to sign in to Statex');
  });
});
