import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { quotaLedger, requestFiles, requests } from '@statex/db';
import { pdfWithPages } from '@statex/files/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, multipart, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
}, 180_000);
afterAll(async () => platform?.destroy());

const email = 'someone@example.com';

/** Nothing of a rejected submission may remain: no rows, no quota taken, no files. */
async function expectNothingStored(): Promise<void> {
  const db = platform.runtime.database.db;
  expect(await db.select().from(requests)).toHaveLength(0);
  expect(await db.select().from(requestFiles)).toHaveLength(0);
  expect(await db.select().from(quotaLedger)).toHaveLength(0);
  const incoming = await readdir(path.join(platform.dataDir, 'uploads', '.incoming')).catch(() => []);
  expect(incoming).toEqual([]);
  const uploads = (await readdir(path.join(platform.dataDir, 'uploads')).catch(() => [] as string[])).filter((d) => d !== '.incoming');
  expect(uploads).toEqual([]);
}

function rawMultipart(parts: string, boundary = 'statexboundary'): { payload: Buffer; headers: Record<string, string> } {
  return { payload: Buffer.from(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('bad submissions get a 4xx that says what to fix, and nothing is stored', () => {
  afterEach(expectNothingStored);

  it('missing fields', async () => {
    const res = await submit(platform.app, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('STX_VALIDATION');
    expect(res.json().error.message).toMatch(/brief is required/);
    expect(res.json().error.message).toMatch(/email is required/);
  });

  it('brief too short and too long', async () => {
    const short = await submit(platform.app, { brief: 'A website please', email });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/too short \(16 characters\): write at least 20/);
    const long = await submit(platform.app, { brief: 'x'.repeat(20_001), email });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/too long \(20,001 characters\)/);
  });

  it('invalid email, unknown locale', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'not-an-email', locale: 'xx' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/"not-an-email" is not a valid email address/);
    expect(res.json().error.message).toMatch(/locale must be one of en, de/);
  });

  it('11 files', async () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ name: `note-${i}.txt`, content: `Note number ${i} about the site.` }));
    const res = await submit(platform.app, { brief: BRIEF, email }, files);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'STX_TOO_MANY_FILES', message: expect.stringMatching(/at most 10 files/) });
  });

  it('51 MB in all', async () => {
    const big = new Uint8Array(26 * 1024 * 1024).fill(0x61);
    const res = await submit(platform.app, { brief: BRIEF, email }, [
      { name: 'a.txt', content: big },
      { name: 'b.txt', content: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('STX_UPLOAD_TOO_LARGE');
    expect(res.json().error.message).toMatch(/50 MB/);
  });

  it('an executable renamed .pdf', async () => {
    const elf = new Uint8Array(4096);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    elf.set([2, 0, 0x3e, 0, 1, 0, 0, 0], 16);
    const res = await submit(platform.app, { brief: BRIEF, email }, [{ name: 'invoice.pdf', content: elf, type: 'application/pdf' }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('STX_UNSUPPORTED_FILE_TYPE');
    expect(res.json().error.message).toContain('invoice.pdf');
  });

  it('../ in a file name', async () => {
    const body = rawMultipart(
      [
        '--statexboundary',
        'Content-Disposition: form-data; name="brief"',
        '',
        BRIEF,
        '--statexboundary',
        'Content-Disposition: form-data; name="email"',
        '',
        email,
        '--statexboundary',
        'Content-Disposition: form-data; name="files"; filename="../../etc/passwd.txt"',
        'Content-Type: text/plain',
        '',
        'root:x:0:0',
        '--statexboundary--',
        '',
      ].join('\r\n'),
    );
    const res = await platform.app.inject({ method: 'POST', url: '/api/requests', ...body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('STX_BAD_FILE_NAME');
    expect(res.json().error.message).toContain('passwd.txt');
  });

  it('malformed multipart', async () => {
    const res = await platform.app.inject({
      method: 'POST',
      url: '/api/requests',
      ...rawMultipart('--statexboundary\r\nContent-Disposition: form-data; name="brief"\r\n\r\nhalf a bod'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('STX_MALFORMED_BODY');
  });

  it('a part the parser cannot use (no form-data disposition, a line break in its name) is refused, never dropped', async () => {
    const field = (name: string, value: string) => ['--statexboundary', `Content-Disposition: form-data; name="${name}"`, '', value];
    const noDisposition = ['--statexboundary', 'Content-Type: text/plain', '', 'We also need a blog.'];
    const attachment = ['--statexboundary', 'Content-Disposition: attachment; filename="menu.txt"', 'Content-Type: text/plain', '', 'Croissant 2 EUR'];
    const brokenName = ['--statexboundary', 'Content-Disposition: form-data; name="files"; filename="a\nb.txt"', 'Content-Type: text/plain', '', 'Croissant 2 EUR'];
    for (const odd of [noDisposition, attachment, brokenName]) {
      const body = rawMultipart([...field('brief', BRIEF), ...field('email', email), ...odd, '--statexboundary--', ''].join('\r\n'));
      const res = await platform.app.inject({ method: 'POST', url: '/api/requests', ...body });
      expect(res.statusCode, odd[1]).toBe(400);
      expect(res.json().error.code).toBe('STX_MALFORMED_BODY');
      expect(res.json().error.message).toMatch(/Content-Disposition/);
    }
  });

  it('control characters in the name (a CR/LF would start a line of its own in the email)', async () => {
    for (const name of ['Ann\r\nBcc: victim@example.com', 'Ann\nSmith', 'Ann\u0000', 'Ann\u2028Smith']) {
      const res = await submit(platform.app, { brief: BRIEF, email, name });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(res.json().error.code).toBe('STX_VALIDATION');
      expect(res.json().error.message).toMatch(/name must be one line of text/);
    }
    const header = await submit(platform.app, { brief: BRIEF, email: 'ann@example.com\r\nBcc: x@example.com' });
    expect(header.statusCode).toBe(400);
  });

  it('a nearly full disk: 503 with Retry-After before the body is read', async () => {
    const settings = platform.config.access;
    const saved = settings.uploadMinFree;
    settings.uploadMinFree = { bytes: Number.MAX_SAFE_INTEGER, percent: 0 };
    try {
      const res = await submit(platform.app, { brief: BRIEF, email }, [{ name: 'menu.txt', content: 'Croissant 2 EUR' }]);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('STX_STORAGE_FULL');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      settings.uploadMinFree = saved;
    }
  });

  it('a body that announces more than the cap is refused at once', async () => {
    const res = await platform.app.inject({ method: 'POST', url: '/api/requests', headers: { 'content-type': 'multipart/form-data; boundary=statexboundary', 'content-length': String(60 * 1024 * 1024) }, payload: '--statexboundary--\r\n' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('STX_UPLOAD_TOO_LARGE');
  });

  it('JSON instead of multipart', async () => {
    const res = await platform.app.inject({ method: 'POST', url: '/api/requests', payload: { brief: BRIEF, email } });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('STX_NOT_MULTIPART');
  });

  it('a file in an unknown field, a field sent twice', async () => {
    const unknown = await submit(platform.app, { brief: BRIEF, email }, [{ field: 'attachment' as 'files', name: 'a.txt', content: 'hello there' }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('"attachment"');
    const field = (name: string, value: string) => ['--statexboundary', `Content-Disposition: form-data; name="${name}"`, '', value];
    const twice = rawMultipart([...field('brief', BRIEF), ...field('email', email), ...field('email', 'other@example.com'), '--statexboundary--', ''].join('\r\n'));
    const res = await platform.app.inject({ method: 'POST', url: '/api/requests', ...twice });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('"email" was sent twice');
  });

  it('a voice note that is not audio', async () => {
    const pdf = await pdfWithPages([['not audio']]);
    const res = await submit(platform.app, { brief: BRIEF, email }, [{ field: 'voice', name: 'note.ogg', content: pdf }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('note.ogg');
  });
});

describe('owner-only routes', () => {
  let id: string;
  let token: string;
  beforeAll(async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'owner@example.com' });
    ({ id, token } = res.json() as { id: string; token: string });
    await waitForStage(platform.app, id, token);
  });

  it('unknown id → 404, malformed id → 400, no token → 401, wrong token → 403', async () => {
    const unknown = await platform.app.inject({ url: '/api/requests/aaaaaaaaaaaaaaaa', headers: { authorization: `Bearer ${token}` } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('STX_REQUEST_NOT_FOUND');
    const malformed = await platform.app.inject({ url: '/api/requests/../../etc', headers: { authorization: `Bearer ${token}` } });
    expect([400, 404]).toContain(malformed.statusCode);
    const bad = await platform.app.inject({ url: '/api/requests/NOT-AN-ID', headers: { authorization: `Bearer ${token}` } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('STX_VALIDATION');
    const none = await platform.app.inject({ url: `/api/requests/${id}` });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('STX_TOKEN_REQUIRED');
    const wrong = await platform.app.inject({ url: `/api/requests/${id}`, headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.statusCode).toBe(403);
    for (const url of [`/api/requests/${id}/documents/terms`, `/api/requests/${id}/events`]) {
      const res = await platform.app.inject({ url, headers: { authorization: 'Bearer not-the-token' } });
      expect(res.statusCode).toBe(403);
    }
    const modify = await platform.app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: { authorization: 'Bearer nope' }, payload: { change: 'Make it blue please' } });
    expect(modify.statusCode).toBe(403);
  });

  it('a modification body that is too short or has extra shapes → 400', async () => {
    const res = await platform.app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: { authorization: `Bearer ${token}` }, payload: { change: 'no' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('STX_VALIDATION');
    const notJson = await platform.app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '{"change": ' });
    expect(notJson.statusCode).toBe(400);
  });

  it('an unknown route → 404 in the catalogue format', async () => {
    const res = await platform.app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('STX_ROUTE_NOT_FOUND');
  });
});
