import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './test-support/test-platform.ts';

const ID = 'abcdefghijklmnop';
/** Every route family, with parameters filled by generated values. */
const ROUTES: ((s: string) => { method: string; url: string })[] = [
  () => ({ method: 'POST', url: '/api/requests' }),
  (s) => ({ method: 'GET', url: `/api/requests/${s}` }),
  () => ({ method: 'GET', url: `/api/requests/${ID}` }),
  (s) => ({ method: 'GET', url: `/api/requests/${ID}/documents/${s}` }),
  (s) => ({ method: 'GET', url: `/api/requests/${s}/events` }),
  (s) => ({ method: 'POST', url: `/api/requests/${s}/modifications` }),
  () => ({ method: 'POST', url: '/api/auth/magic-link' }),
  (s) => ({ method: 'GET', url: `/api/auth/magic-link/verify?token=${s}` }),
  (s) => ({ method: 'GET', url: `/api/auth/confirm?token=${s}` }),
  () => ({ method: 'GET', url: '/api/auth/session' }),
  () => ({ method: 'POST', url: '/api/auth/sign-out' }),
  () => ({ method: 'GET', url: '/api/me' }),
  () => ({ method: 'PUT', url: '/api/me/privacy' }),
  () => ({ method: 'DELETE', url: '/api/me' }),
  () => ({ method: 'GET', url: '/api/me/export' }),
  (s) => ({ method: 'GET', url: `/api/admin/requests?stage=${s}&limit=${s}` }),
  (s) => ({ method: 'POST', url: `/api/admin/requests/${s}/rerun` }),
  (s) => ({ method: 'GET', url: `/p/${s}/index.html` }),
  (s) => ({ method: 'GET', url: `/${s}` }),
  () => ({ method: 'GET', url: '/health/ready' }),
];

const deepJson = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.jsonValue(), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 })),
})).node;

const body = fc.oneof(
  deepJson.map((v) => ({ payload: JSON.stringify(v), type: 'application/json' })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => ({ payload: s, type: 'application/json' })),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => ({ payload: `--x\r\nContent-Disposition: form-data; name="brief"\r\n\r\n${s}\r\n--x--`, type: 'multipart/form-data; boundary=x' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: `--x\r\nContent-Disposition: form-data; name="files"; filename="${s}"\r\n\r\n${s}`, type: 'multipart/form-data; boundary=x' })),
  fc.record({ brief: fc.string({ maxLength: 30_000 }), email: fc.oneof(fc.emailAddress(), fc.string()) }).map((v) => ({ payload: JSON.stringify(v), type: 'application/json' })),
  fc.constant({ payload: 'x'.repeat(2 * 1024 * 1024), type: 'application/json' }),
  fc.string({ maxLength: 100 }).map((s) => ({ payload: s, type: s.slice(0, 40) || 'text/plain' })),
);

const segment = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.integer().map(String), fc.constant('%00'), fc.constant('..%2f..%2fetc'));

describe('fuzz: generated malformed requests across every route', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ withWorker: false });
  }, 60_000);
  afterAll(async () => platform?.destroy());

  it('5,000 requests: never a 5xx, and the server still answers', async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat(ROUTES.length - 1), segment, body, fc.boolean(), async (route, s, b, withCookie) => {
        const { method, url } = ROUTES[route]!(encodeURI(s).replace(/#/g, '%23').replace(/\?/g, '%3F'));
        const res = await platform.app.inject({
          method: method as 'GET',
          url,
          headers: { 'content-type': b.type, ...(withCookie ? { cookie: `statex_session=${encodeURIComponent(s)}` } : {}), authorization: s.length % 3 === 0 ? `Bearer ${encodeURIComponent(s)}` : '' },
          ...(method === 'GET' ? {} : { payload: b.payload }),
        });
        sent += 1;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, `${method} ${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 5_000, interruptAfterTimeLimit: 55_000, seed: 4242 },
    );
    console.log(`fuzz: ${sent} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(sent).toBeGreaterThanOrEqual(5_000);
    expect((await platform.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  }, 120_000);
});
