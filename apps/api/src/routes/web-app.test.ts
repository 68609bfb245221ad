import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { Runtime } from '@statex/pipeline';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../test-support/test-platform.ts';
import { signVariant } from './ab-assignment.ts';
import { negotiateLocale, readCookies, webApp } from './web-app.ts';

// webApp reads only the secret that signs AB assignments.
const stubRuntime = { config: { access: { sessionSecret: 'a-test-session-secret-of-32-chars-or-more' } } } as Runtime;

describe('negotiateLocale / readCookies', () => {
  it('picks the best supported language by q-value, English otherwise', () => {
    expect(negotiateLocale('cs-CZ,cs;q=0.9,en;q=0.8')).toBe('cs');
    expect(negotiateLocale('ja,ar;q=0.5,de;q=0.7')).toBe('de');
    expect(negotiateLocale('ja, zh;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('de;q=0, fr')).toBe('fr');
  });
  it('reads cookies from the raw header', () => {
    expect(readCookies('a=1; statex_ab_home=b;x=%20y')).toEqual({ a: '1', statex_ab_home: 'b', x: ' y' });
  });
});

describe('web app serving (a fake export)', () => {
  let out: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'statex-web-out-'));
    await mkdir(path.join(out, 'en/variants'), { recursive: true });
    await mkdir(path.join(out, '_next/static/chunks'), { recursive: true });
    await writeFile(path.join(out, 'en.html'), '<html>home A<script>a()</script></html>');
    await writeFile(path.join(out, 'en/variants/b.html'), '<html>home B</html>');
    await writeFile(path.join(out, 'en/order.html'), '<html>order</html>');
    await writeFile(path.join(out, 'en/order.html.br'), brotliCompressSync('<html>order</html>'));
    await writeFile(path.join(out, '404.html'), '<html>not here</html>');
    await writeFile(path.join(out, 'sw.js'), 'self.x=1');
    await writeFile(path.join(out, '_next/static/chunks/app.js'), 'x()');
    await writeFile(path.join(out, '.script-hashes.json'), JSON.stringify({ '/en.html': ["'sha256-abc'"] }));
    await writeFile(path.join(out, '.source-hash'), 'h');
    app = Fastify();
    await app.register(fastifyStatic, { root: out, serve: false });
    await app.register(webApp, { runtime: stubRuntime, fallbackPage: 'plain', outDir: out });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(out, { recursive: true, force: true });
  });

  it('redirects / to the visitor’s language', async () => {
    const response = await app.inject({ url: '/', headers: { 'accept-language': 'ar-AE,ar;q=0.9' } });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/ar');
  });

  it('assigns a home-page variant once and keeps it (sticky cookie), with a hash-based CSP', async () => {
    const first = await app.inject({ url: '/en' });
    expect(first.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(first.headers['set-cookie'] ?? []);
    const variant = cookies.join(';').match(/statex_ab_home=([ab])/)?.[1];
    expect(variant).toMatch(/^[ab]$/);
    expect(cookies.join(';')).toMatch(/statex_vid=[0-9a-f]{32}; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly/);
    expect(first.body).toContain(variant === 'a' ? 'home A' : 'home B');
    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    for (let i = 0; i < 5; i++) {
      const again = await app.inject({ url: '/en', headers: { cookie } });
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(again.body).toContain(variant === 'a' ? 'home A' : 'home B');
    }
    const visitor = '0123456789abcdef0123456789abcdef';
    const a = await app.inject({ url: '/en', headers: { cookie: `statex_vid=${visitor}; statex_ab_home=${signVariant(stubRuntime.config.access.sessionSecret, 'home', 'a', visitor)}` } });
    expect(a.body).toContain('home A');
    expect(a.headers['content-security-policy']).toContain("script-src 'self' 'sha256-abc'");
    expect(a.headers['vary']).toContain('cookie');
  });

  it('serves pages, immutable assets and the service worker; 404 is HTML for browsers, JSON otherwise', async () => {
    expect((await app.inject({ url: '/en/order' })).body).toContain('order');
    const compressed = await app.inject({ url: '/en/order', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe('<html>order</html>');
    expect((await app.inject({ url: '/en/order.html.br' })).statusCode).toBe(404);
    const asset = await app.inject({ url: '/_next/static/chunks/app.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const page404 = await app.inject({ url: '/en/nothing', headers: { accept: 'text/html' } });
    expect(page404.statusCode).toBe(404);
    expect(page404.body).toContain('not here');
    expect((await app.inject({ url: '/en/nothing' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/fr' })).statusCode).toBe(404);
  });

  it('never serves files outside the export or its dotfiles', async () => {
    for (const url of ['/..%2f..%2fetc%2fpasswd', '/.source-hash', '/en/..%2F..%2F.script-hashes.json']) expect((await app.inject({ url })).statusCode, url).toBe(404);
  });
});

describe('before the first web build', () => {
  it('answers / with the plain page and the locale pages with 404', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'statex-web-empty-'));
    const app = Fastify();
    await app.register(fastifyStatic, { root: empty, serve: false });
    await app.register(webApp, { runtime: stubRuntime, fallbackPage: 'plain page', outDir: empty });
    const home = await app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toBe('plain page');
    expect((await app.inject({ url: '/en' })).statusCode).toBe(404);
    await app.close();
    await rm(empty, { recursive: true, force: true });
  });
});

describe('AB events through the API', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { OPS_ADMIN_TOKEN: 'operator-secret-1234567890' }, withWorker: false });
  }, 180_000);
  afterAll(async () => platform?.destroy());

  // The variant cookie as the home page signs it for the visitor (`statex_ab_home=a` + a visitor id).
  const signed = (cookie: string) =>
    cookie.replace(/statex_ab_home=([ab]); statex_vid=([0-9a-f]{32})/, (_all, variant: 'a' | 'b', visitor: string) => `statex_ab_home=${signVariant(platform.config.access.sessionSecret, 'home', variant, visitor)}; statex_vid=${visitor}`);
  const event = (cookie: string, kind: string) =>
    platform.app.inject({ method: 'POST', url: '/api/ab/events', headers: { cookie: signed(cookie), 'content-type': 'application/json' }, payload: { experiment: 'home', kind } });

  it('stores one exposure and one conversion per visitor; results need the operator token', async () => {
    const visitor = (n: number) => n.toString(16).padStart(32, '0');
    for (let n = 1; n <= 4; n++) expect((await event(`statex_ab_home=a; statex_vid=${visitor(n)}`, 'exposure')).statusCode).toBe(204);
    for (let n = 5; n <= 7; n++) await event(`statex_ab_home=b; statex_vid=${visitor(n)}`, 'exposure');
    await event(`statex_ab_home=a; statex_vid=${visitor(1)}`, 'exposure'); // a repeat view counts once
    await event(`statex_ab_home=a; statex_vid=${visitor(1)}`, 'conversion');
    await event(`statex_ab_home=b; statex_vid=${visitor(5)}`, 'conversion');
    await event(`statex_ab_home=b; statex_vid=${visitor(6)}`, 'conversion');
    expect((await event('statex_vid=zzz', 'exposure')).statusCode).toBe(204); // no assignment: not stored
    expect((await platform.app.inject({ method: 'POST', url: '/api/ab/events', payload: { experiment: 'home', kind: 'click' } })).statusCode).toBe(400);

    expect((await platform.app.inject({ url: '/api/admin/ab/home' })).statusCode).toBe(401);
    expect((await platform.app.inject({ url: '/api/admin/ab/home', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(403);
    const results = await platform.app.inject({ url: '/api/admin/ab/home', headers: { authorization: 'Bearer operator-secret-1234567890' } });
    expect(results.json()).toEqual({
      experiment: 'home',
      variants: [
        { variant: 'a', exposures: 4, conversions: 1 },
        { variant: 'b', exposures: 3, conversions: 2 },
      ],
    });
  });
});
