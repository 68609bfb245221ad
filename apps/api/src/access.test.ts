import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { abEvents } from '@statex/db';
import { issueLink } from '@statex/pipeline';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signVariant } from './routes/ab-assignment.ts';
import { BRIEF, multipart, startTestPlatform, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

/** The session cookie a response set, as a Cookie header value. */
function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'statex_session');
  if (!cookie) throw new Error(`no session cookie in ${res.statusCode} ${res.body.slice(0, 200)}`);
  return `statex_session=${cookie.value}`;
}

async function signIn(platform: TestPlatform, email: string, cookie?: string): Promise<string> {
  const link = await issueLink(platform.runtime.database.db, 'sign-in', email, 60_000);
  const res = await platform.app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${link.token}`, headers: cookie ? { cookie } : {} });
  expect(res.statusCode).toBe(303);
  return sessionCookie(res);
}

async function csrf(app: FastifyInstance, cookie: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
  return (res.json() as { token: string }).token;
}

async function submitAs(app: FastifyInstance, email: string, cookie?: string, remoteAddress = '127.0.0.1'): Promise<LightMyRequestResponse> {
  const body = await multipart({ brief: BRIEF, email });
  const headers: Record<string, string> = { ...body.headers };
  if (cookie) Object.assign(headers, { cookie, 'x-csrf-token': await csrf(app, cookie) });
  return app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers, remoteAddress });
}

describe('accounts, ownership, admin, privacy, export and erasure (embedded)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { ADMIN_EMAILS: 'boss@example.com' } });
  }, 60_000);
  afterAll(async () => platform?.destroy());

  it('a magic link from the email signs in; the session is rotated at sign-in (fixation) and ends at sign-out', async () => {
    const { app } = platform;
    expect((await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'mail@example.com' } })).statusCode).toBe(202);
    const outbox = path.join(platform.dataDir, 'outbox');
    const files = await readdir(outbox);
    const mail = (await readFile(path.join(outbox, files.at(-1)!), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /magic-link\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(token).toBeTruthy();
    // A session planted before sign-in (an attacker's) must not become the signed-in one.
    const planted = sessionCookie(await app.inject({ method: 'GET', url: '/api/auth/csrf' }));
    const signedIn = await app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${token}`, headers: { cookie: planted } });
    expect(signedIn.statusCode).toBe(303);
    const cookie = sessionCookie(signedIn);
    expect(cookie).not.toBe(planted);
    expect(signedIn.cookies.find((c) => c.name === 'statex_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: planted } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json()).toMatchObject({ email: 'mail@example.com', role: 'customer' });
    // The link works once.
    expect((await app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${token}` })).statusCode).toBe(400);
    // Sign-out is a cookie-authorised write: refused without the CSRF token, done with it.
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } })).json().error.code).toBe('STX_CSRF_REJECTED');
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, 'x-csrf-token': await csrf(app, cookie) } })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('IDOR: account A cannot read or change B\'s request, documents or events, by id, session or A\'s token', async () => {
    const { app } = platform;
    const a = await signIn(platform, 'a@example.com');
    const b = await signIn(platform, 'b@example.com');
    const mineA = (await submitAs(app, 'a@example.com', a)).json() as { id: string; token: string };
    const res = await submitAs(app, 'b@example.com', b);
    expect(res.statusCode).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(app, id, token);
    // B's own session opens it without the token.
    expect((await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { cookie: b } })).statusCode).toBe(200);
    const asA = { cookie: a };
    for (const url of [`/api/requests/${id}`, `/api/requests/${id}/documents/terms`, `/api/requests/${id}/events`]) {
      const viaSession = await app.inject({ method: 'GET', url, headers: asA });
      expect(viaSession.statusCode, url).toBe(403);
      expect(viaSession.json().error.code).toBe('STX_NOT_OWNER');
      expect((await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${mineA.token}` } })).statusCode, url).toBe(403);
    }
    const change = await app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: { ...asA, 'x-csrf-token': await csrf(app, a) }, payload: { change: 'Add a jobs page please' } });
    expect(change.statusCode).toBe(403);
    // Not even listed among A's requests.
    const listed = (await app.inject({ method: 'GET', url: '/api/me/requests', headers: asA })).json() as { id: string }[];
    expect(listed.map((r) => r.id)).toEqual([mineA.id]);
  });

  it('admin routes: 401 anonymous, 403 for customers and wrong tokens, 200 for an admin; admin actions are audited', async () => {
    const { app } = platform;
    const customer = await signIn(platform, 'c@example.com');
    const admin = await signIn(platform, 'boss@example.com');
    for (const url of ['/api/admin/requests', '/api/admin/queue', '/api/admin/costs', '/api/admin/audit-log']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await app.inject({ method: 'GET', url, headers: { cookie: customer } })).statusCode, url).toBe(403);
      expect((await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer not-the-ops-token' } })).statusCode, url).toBe(403);
      expect((await app.inject({ method: 'GET', url, headers: { cookie: admin } })).statusCode, url).toBe(200);
    }
    const { id } = (await submitAs(app, 'c@example.com', customer)).json() as { id: string };
    expect((await app.inject({ method: 'POST', url: `/api/admin/requests/${id}/cancel`, headers: { cookie: customer, 'x-csrf-token': await csrf(app, customer) } })).statusCode).toBe(403);
    const listed = (await app.inject({ method: 'GET', url: '/api/admin/requests?email=C@example.com', headers: { cookie: admin } })).json() as { id: string }[];
    expect(listed.map((r) => r.id)).toContain(id);
    const deleted = await app.inject({ method: 'DELETE', url: `/api/admin/requests/${id}`, headers: { cookie: admin, 'x-csrf-token': await csrf(app, admin) } });
    expect(deleted.statusCode).toBe(204);
    const audit = (await app.inject({ method: 'GET', url: '/api/admin/audit-log?action=request.deleted', headers: { cookie: admin } })).json() as { targetId: string; actorKind: string }[];
    expect(audit[0]).toMatchObject({ targetId: id, actorKind: 'admin' });
  });

  it('privacy choice: explained, changeable, each change a consent record with its text version', async () => {
    const { app } = platform;
    const cookie = await signIn(platform, 'p@example.com');
    const before = (await app.inject({ method: 'GET', url: '/api/me/privacy', headers: { cookie } })).json();
    expect(before.choice).toBe('standard');
    expect(before.options.enhanced).toMatch(/keep your brief/);
    const token = await csrf(app, cookie);
    expect((await app.inject({ method: 'PUT', url: '/api/me/privacy', headers: { cookie }, payload: { choice: 'enhanced' } })).statusCode).toBe(403);
    const changed = await app.inject({ method: 'PUT', url: '/api/me/privacy', headers: { cookie, 'x-csrf-token': token }, payload: { choice: 'enhanced' } });
    expect(changed.json()).toMatchObject({ choice: 'enhanced', textVersion: before.textVersion, source: 'api' });
    await app.inject({ method: 'PUT', url: '/api/me/privacy', headers: { cookie, 'x-csrf-token': token }, payload: { choice: 'standard' } });
    const after = (await app.inject({ method: 'GET', url: '/api/me/privacy', headers: { cookie } })).json();
    expect(after.history.map((h: { choice: string }) => h.choice)).toEqual(['standard', 'enhanced', 'standard']);
  });

  it('export has everything of the caller and nothing of others; erasure leaves no trace of the email or request ids anywhere', async () => {
    const { app, runtime } = platform;
    const other = await signIn(platform, 'other@example.com');
    const otherRequest = (await submitAs(app, 'other@example.com', other)).json() as { id: string };
    const cookie = await signIn(platform, 'erase.me@example.com');
    const first = (await submitAs(app, 'erase.me@example.com', cookie)).json() as { id: string; token: string };
    await waitForStage(app, first.id, first.token);
    const exported = await app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie } });
    expect(exported.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(exported.rawPayload);
    const data = JSON.parse(await zip.file('account.json')!.async('string'));
    expect(data.account.email).toBe('erase.me@example.com');
    expect(data.requests.map((r: { id: string }) => r.id)).toEqual([first.id]);
    expect(data.requests[0].documents.length).toBeGreaterThan(0);
    expect(data.consentRecords.length).toBeGreaterThan(0);
    expect(Object.keys(zip.files).some((f) => f.startsWith(`requests/${first.id}/site/`) && f.endsWith('index.html'))).toBe(true);
    const everything = JSON.stringify(data) + Object.keys(zip.files).join();
    expect(everything).not.toContain(otherRequest.id);
    expect(everything).not.toContain('other@example.com');

    const erased = await app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie, 'x-csrf-token': await csrf(app, cookie) } });
    expect(erased.statusCode).toBe(200);
    expect(erased.json().requests).toBe(1);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    // Every table, every row.
    const tables = (await runtime.database.db.execute(sql`select table_name from information_schema.tables where table_schema = current_schema()`)) as unknown as { rows: { table_name: string }[] };
    const accountId = data.account.id as string;
    for (const { table_name: table } of tables.rows) {
      const rows = (await runtime.database.db.execute(sql`select * from ${sql.identifier(table)}`)) as unknown as { rows: unknown[] };
      const text = JSON.stringify(rows.rows).toLowerCase();
      for (const needle of ['erase.me@example.com', first.id, accountId.toLowerCase()]) expect(text, `${table} holds ${needle}`).not.toContain(needle);
    }
    // Every file and directory name and content.
    const entries = await readdir(platform.dataDir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(entry.parentPath, entry.name);
      expect(full).not.toContain(first.id);
      if (entry.isFile() && !full.includes(`${path.sep}pgdata`) && !full.includes('db')) {
        expect((await readFile(full, 'utf8').catch(() => '')).toLowerCase(), full).not.toContain('erase.me@example.com');
      }
    }
    // The other account is untouched.
    expect((await app.inject({ method: 'GET', url: `/api/requests/${otherRequest.id}`, headers: { cookie: other } })).statusCode).toBe(200);
  });
});

describe('CSRF, AB events and broken cookies for a signed-in browser (embedded)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ withWorker: false });
  }, 180_000);
  afterAll(async () => platform?.destroy());

  it('CSRF is skipped only when a valid bearer token authorises the write, not for any Authorization header', async () => {
    const { app } = platform;
    const cookie = await signIn(platform, 'csrf.check@example.com');
    const body = await multipart({ brief: BRIEF, email: 'csrf.check@example.com' });
    for (const authorization of [undefined, 'Bearer bogus-token-value', 'Basic Zm9vOmJhcg==']) {
      const res = await app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers: { ...body.headers, cookie, ...(authorization ? { authorization } : {}) }, remoteAddress: '192.0.2.60' });
      expect(res.statusCode, String(authorization)).toBe(403);
      expect(res.json().error.code).toBe('STX_CSRF_REJECTED');
    }
    const anonymous = await multipart({ brief: BRIEF, email: 'someone.else@example.com' }).then((b) => app.inject({ method: 'POST', url: '/api/requests', payload: b.payload, headers: b.headers, remoteAddress: '192.0.2.61' }));
    const { id, token } = anonymous.json() as { id: string; token: string };
    const change = { change: 'Please add a page with our opening hours and a map.' };
    const bogus = await app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, payload: change, headers: { cookie, authorization: 'Bearer bogus-token-value' }, remoteAddress: '192.0.2.62' });
    expect(bogus.json().error.code).toBe('STX_CSRF_REJECTED');
    // The request's own token authorises it: no CSRF token needed (the answer is about the request, not CSRF).
    const owned = await app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, payload: change, headers: { cookie, authorization: `Bearer ${token}` }, remoteAddress: '192.0.2.62' });
    expect(owned.json().error.code).toBe('STX_NOT_PUBLISHED');
  });

  it('AB events count only the variant the server signed for the visitor, once, and a signed-in beacon is not refused', async () => {
    const { app } = platform;
    const secret = platform.config.access.sessionSecret;
    const cookie = await signIn(platform, 'ab.visitor@example.com');
    const visitor = 'abcdef0123456789abcdef0123456789';
    const forger = '99999999999999999999999999999999';
    const post = (cookies: string, kind = 'exposure') =>
      app.inject({ method: 'POST', url: '/api/ab/events', headers: { cookie: cookies, 'content-type': 'application/json' }, payload: { experiment: 'home', kind } });
    const assigned = `statex_vid=${visitor}; statex_ab_home=${signVariant(secret, 'home', 'b', visitor)}`;
    for (let i = 0; i < 3; i += 1) expect((await post(`${cookie}; ${assigned}`)).statusCode).toBe(204);
    // Forged: a hand-written variant, another visitor's signature, the other variant letter.
    expect((await post(`statex_vid=${forger}; statex_ab_home=a`)).statusCode).toBe(204);
    expect((await post(`statex_vid=${forger}; statex_ab_home=${signVariant(secret, 'home', 'b', visitor)}`)).statusCode).toBe(204);
    expect((await post(`statex_vid=${visitor}; statex_ab_home=a${signVariant(secret, 'home', 'b', visitor).slice(1)}`, 'conversion')).statusCode).toBe(204);
    const rows = await platform.runtime.database.db.select().from(abEvents);
    expect(rows.map((r) => [r.visitorId, r.variant, r.kind])).toEqual([[visitor, 'b', 'exposure']]);
  });

  it('a signed-in customer owns a request sent with another spelling of the same mailbox', async () => {
    const { app } = platform;
    const cookie = await signIn(platform, 'owner.dots@gmail.com');
    const body = await multipart({ brief: BRIEF, email: 'Owner.Dots+site@GoogleMail.com' });
    const res = await app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers: { ...body.headers, cookie, 'x-csrf-token': await csrf(app, cookie) }, remoteAddress: '192.0.2.64' });
    expect(res.statusCode).toBe(202);
    const { id } = res.json() as { id: string };
    expect((await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { cookie } })).statusCode).toBe(200);
    const stranger = await signIn(platform, 'ownerdots@example.com');
    expect((await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { cookie: stranger } })).statusCode).toBe(403);
  });

  it('a cookie with a broken % escape is ignored, never a 500', async () => {
    const { app } = platform;
    const broken = 'statex_session=%E0%A4%A; statex_ab_home=%; statex_vid=%zz';
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: broken } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/ab/events', headers: { cookie: broken, 'content-type': 'application/json' }, payload: { experiment: 'home', kind: 'exposure' } })).statusCode).toBe(204);
    const home = await app.inject({ method: 'GET', url: '/en', headers: { cookie: broken } });
    expect(home.statusCode).toBeLessThan(500);
    const submitted = await multipart({ brief: BRIEF, email: 'cookie.check@example.com' }).then((b) => app.inject({ method: 'POST', url: '/api/requests', payload: b.payload, headers: { ...b.headers, cookie: broken }, remoteAddress: '192.0.2.63' }));
    expect(submitted.statusCode).toBe(202);
  });
});

describe('abuse protection, email confirmation, session expiry (embedded)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { RATE_LIMIT_MAX: '5', SESSION_TTL: '1s', REQUIRE_EMAIL_CONFIRMATION: 'true', QUOTA_PER_IP: '1', EVENT_STREAMS_PER_CLIENT: '2' } });
  }, 180_000);
  afterAll(async () => platform?.destroy());

  it('rate limit on every route, 404s included: X-RateLimit-* headers, then 429 with a catalogue code; liveness and readiness never limited', async () => {
    const { app } = platform;
    const first = await app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress: '198.51.100.1' });
    expect(first.headers['x-ratelimit-limit']).toBe('5');
    expect(first.headers['x-ratelimit-remaining']).toBe('4');
    for (let i = 0; i < 4; i += 1) await app.inject({ method: 'GET', url: '/no/such/path', remoteAddress: '198.51.100.1' });
    const limited = await app.inject({ method: 'GET', url: '/no/such/path', remoteAddress: '198.51.100.1' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('STX_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress: '198.51.100.2' })).statusCode).toBe(200);
    // A monitor behind the same (limited) address still sees the platform up.
    for (let i = 0; i < 10; i += 1) {
      const live = await app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.1' });
      expect(live.statusCode).toBe(200);
      expect(live.headers['x-ratelimit-limit']).toBeUndefined();
    }
    expect((await app.inject({ method: 'GET', url: '/health/ready', remoteAddress: '198.51.100.1' })).statusCode).toBe(200);
  });

  it('a forged X-Forwarded-For from an untrusted peer changes neither the rate limit key nor the IP quota', async () => {
    const { app } = platform;
    for (let i = 0; i < 5; i += 1) await app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress: '198.51.100.3', headers: { 'x-forwarded-for': `203.0.113.${i}` } });
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress: '198.51.100.3', headers: { 'x-forwarded-for': '203.0.113.99' } })).statusCode).toBe(429);
    const body = await multipart({ brief: BRIEF, email: 'x1@example.com' });
    const send = (xff: string, email: string) =>
      multipart({ brief: BRIEF, email }).then((b) => app.inject({ method: 'POST', url: '/api/requests', payload: b.payload, headers: { ...b.headers, 'x-forwarded-for': xff }, remoteAddress: '198.51.100.4' }));
    expect((await app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.1' }, remoteAddress: '198.51.100.4' })).statusCode).toBe(202);
    expect((await send('203.0.113.2', 'x2@example.com')).statusCode).toBe(429);
  });

  it('an anonymous submission waits for its email to be confirmed by the mailed link, then is built', async () => {
    const { app } = platform;
    const res = await multipart({ brief: BRIEF, email: 'confirm.me@example.com' }).then((b) => app.inject({ method: 'POST', url: '/api/requests', payload: b.payload, headers: b.headers, remoteAddress: '198.51.100.5' }));
    expect(res.statusCode).toBe(202);
    const { id, token, confirmation } = res.json() as { id: string; token: string; confirmation: string };
    expect(confirmation).toBe('email-sent');
    await new Promise((r) => setTimeout(r, 300));
    expect((await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { authorization: `Bearer ${token}` }, remoteAddress: '198.51.100.6' })).json().stage).toBe('received');
    const outbox = path.join(platform.dataDir, 'outbox');
    let link: string | undefined;
    for (const name of await readdir(outbox)) {
      const mail = (await readFile(path.join(outbox, name), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      link = /\/api\/auth\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail)?.[1] ?? link;
    }
    expect(link).toBeTruthy();
    const confirmed = await app.inject({ method: 'GET', url: `/api/auth/confirm?token=${link}`, remoteAddress: '198.51.100.7' });
    expect(confirmed.json()).toEqual({ id, status: 'confirmed' });
    const start = Date.now();
    let stage = '';
    while (Date.now() - start < 30_000 && stage !== 'published') {
      stage = (await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { authorization: `Bearer ${token}` }, remoteAddress: `198.51.101.${Math.floor((Date.now() - start) / 100) % 250}` })).json().stage;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(stage).toBe('published');
  });

  it('live-event streams are capped per client: 429 beyond EVENT_STREAMS_PER_CLIENT, a slot frees when one closes', async () => {
    const { app } = platform;
    const res = await multipart({ brief: BRIEF, email: 'streams@example.com' }).then((b) => app.inject({ method: 'POST', url: '/api/requests', payload: b.payload, headers: b.headers, remoteAddress: '198.51.100.40' }));
    expect(res.statusCode).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const open = async () => {
      const controller = new AbortController();
      const response = await fetch(`${address}/api/requests/${id}/events?access_token=${token}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
      if (response.status === 200) await (response.body as ReadableStream<Uint8Array>).getReader().read();
      return { response, close: () => controller.abort() };
    };
    const first = await open();
    const second = await open();
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    const third = await open();
    expect(third.response.status).toBe(429);
    expect(((await third.response.json()) as { error: { code: string } }).error.code).toBe('STX_EVENT_STREAMS_LIMIT');
    expect(Number(third.response.headers.get('retry-after'))).toBeGreaterThan(0);
    first.close();
    // At most two more tries: this platform's rate limit allows five requests a minute per address.
    let again = 0;
    for (let attempt = 0; attempt < 2 && again !== 200; attempt += 1) {
      await new Promise((r) => setTimeout(r, 500));
      const next = await open();
      again = next.response.status;
      next.close();
    }
    expect(again).toBe(200);
    second.close();
  });

  it('a session ends SESSION_TTL after sign-in', async () => {
    const cookie = await signIn(platform, 'short@example.com');
    expect((await platform.app.inject({ method: 'GET', url: '/api/me', headers: { cookie }, remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1_300));
    expect((await platform.app.inject({ method: 'GET', url: '/api/me', headers: { cookie }, remoteAddress: '198.51.100.9' })).statusCode).toBe(401);
  });
});

describe('OAuth sign-in against a local GitHub-speaking server', () => {
  let provider: Server;
  let platform: TestPlatform;
  const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  beforeAll(async () => {
    provider = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        if (req.url === '/login/oauth/access_token') return res.end(JSON.stringify({ access_token: 'gh-access-1', token_type: 'bearer', scope: 'read:user,user:email' }));
        if (req.headers.authorization !== 'Bearer gh-access-1') return res.writeHead(401).end('{}');
        if (req.url === '/user') return res.end(JSON.stringify({ id: 4242, login: 'octo', name: 'Octo Cat' }));
        if (req.url === '/user/emails') return res.end(JSON.stringify([{ email: 'octo@example.com', primary: true, verified: true }]));
        res.writeHead(404).end('{}');
      });
    });
    await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(provider.address() as { port: number }).port}`;
    platform = await startTestPlatform({
      env: {
        OAUTH_GITHUB_CLIENT_ID: 'client-1',
        OAUTH_GITHUB_CLIENT_SECRET: 'secret-1',
        OAUTH_GITHUB_AUTHORIZE_URL: `${base}/login/oauth/authorize`,
        OAUTH_GITHUB_TOKEN_URL: `${base}/login/oauth/access_token`,
        OAUTH_GITHUB_USERINFO_URL: `${base}/user`,
        PUBLIC_URL: 'http://statex.test',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await platform?.destroy();
    provider?.close();
  });

  it('redirects with state and PKCE, exchanges the code with the exact parameters, reads the verified email, signs in', async () => {
    const { app } = platform;
    const start = await app.inject({ method: 'GET', url: '/api/auth/oauth/github' });
    expect(start.statusCode).toBe(302);
    const location = new URL(start.headers.location as string);
    expect(location.pathname).toBe('/login/oauth/authorize');
    expect(location.searchParams.get('client_id')).toBe('client-1');
    expect(location.searchParams.get('redirect_uri')).toBe('http://statex.test/api/auth/oauth/github/callback');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    const state = location.searchParams.get('state')!;
    const cookies = start.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    // A callback with a wrong state is refused before any call to the provider.
    expect((await app.inject({ method: 'GET', url: `/api/auth/oauth/github/callback?code=abc&state=forged`, headers: { cookie: cookies } })).json().error.code).toBe('STX_OAUTH_FAILED');
    expect(seen).toHaveLength(0);
    const back = await app.inject({ method: 'GET', url: `/api/auth/oauth/github/callback?code=abc&state=${state}`, headers: { cookie: cookies } });
    expect(back.statusCode).toBe(303);
    const tokenCall = seen.find((s) => s.url === '/login/oauth/access_token')!;
    expect(tokenCall.method).toBe('POST');
    const form = new URLSearchParams(tokenCall.body);
    expect(Object.fromEntries(form)).toMatchObject({ grant_type: 'authorization_code', code: 'abc', redirect_uri: 'http://statex.test/api/auth/oauth/github/callback', client_id: 'client-1', client_secret: 'secret-1' });
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /login/oauth/access_token', 'GET /user', 'GET /user/emails']);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookie(back) } });
    expect(me.json()).toMatchObject({ email: 'octo@example.com', name: 'Octo Cat' });
  });
});
