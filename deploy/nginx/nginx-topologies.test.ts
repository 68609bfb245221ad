import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRIEF, multipart, startTestPlatform, submit, waitForStage, type TestPlatform } from '@statex/api/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectNginxVersion } from '../render.ts';
import { settingsFor, withOverrides, type NginxSettings } from '../topology.ts';
import { request, stream } from './http-client.ts';
import { findNginx, freePorts, localOverrides, makeSelfSignedCertificate, renderLocally, startNginx, type RunningNginx } from './local-nginx.ts';

const nginx = findNginx();
const required = process.env.REQUIRE_SERVICES === '1';
const APP = 'statex.test';
const PROTOTYPES = 'proto.statex.test';

if (!nginx && required) {
  describe('nginx in front of the platform', () => {
    it('needs nginx (REQUIRE_SERVICES=1): apt-get install nginx', () => {
      expect.fail('nginx is not installed');
    });
  });
}

describe.skipIf(!nginx)('nginx in front of the platform (four-role chain and consolidated)', () => {
  const nginxBinary = nginx as string;
  let prefix: string;
  let platform: TestPlatform;
  let id: string;
  let token: string;
  let apiPort: number;
  /** What reached the API: the static role must answer prototype files without it. */
  const seen: { url: string; host: string; forwardedProto: string | undefined; forwardedFor: string | undefined }[] = [];
  const running: RunningNginx[] = [];
  const entry: Record<'chain' | 'consolidated', { http: number; https: number }> = { chain: { http: 0, https: 0 }, consolidated: { http: 0, https: 0 } };
  let staticPort: number;

  beforeAll(async () => {
    prefix = await mkdtemp(path.join(tmpdir(), 'statex-nginx-'));
    // Stages take a moment, so live events are spread over time and buffering would show.
    platform = await startTestPlatform({ env: { PROTOTYPE_DOMAIN: PROTOTYPES, WORKER_STAGE_DELAY: '250ms', QUOTA_PER_IP: '50', QUOTA_PER_EMAIL: '50' } });
    const res = await submit(platform.app, { brief: BRIEF, email: 'owner@sunrise.example' });
    expect(res.statusCode, res.body).toBe(202);
    ({ id, token } = res.json() as { id: string; token: string });
    await waitForStage(platform.app, id, token);
    const current = path.join(platform.dataDir, 'sites', id, 'current');
    // The worker keeps `sites/<id>/current` → `v<version>`; lay it the same way if this pipeline does not yet.
    if (!existsSync(current)) await symlink('v1', current);
    expect(await readlink(current)).toBe('v1');

    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    apiPort = (platform.app.server.address() as { port: number }).port;
    platform.app.server.on('request', (req) => {
      seen.push({ url: req.url ?? '', host: req.headers.host ?? '', forwardedProto: req.headers['x-forwarded-proto'] as string | undefined, forwardedFor: req.headers['x-forwarded-for'] as string | undefined });
    });

    const certificate = makeSelfSignedCertificate(path.join(prefix, 'tls'), [APP, `*.${PROTOTYPES}`]);
    const version = detectNginxVersion(nginxBinary);
    const [chainHttp, chainHttps, lb, staticRole, apiProxy, soloHttp, soloHttps] = (await freePorts(7)) as [number, number, number, number, number, number, number];
    staticPort = staticRole;
    const base = (http: number, https: number): NginxSettings =>
      withOverrides(settingsFor({ target: 'host', overrides: localOverrides(prefix, certificate) }), {
          domains: { app: APP, prototypes: PROTOTYPES },
          listen: { address: '127.0.0.1', http, https, lb, static: staticRole, apiProxy },
          upstreams: { api: [`127.0.0.1:${apiPort}`], web: [], lb: [`127.0.0.1:${lb}`], static: [`127.0.0.1:${staticRole}`], apiProxy: [`127.0.0.1:${apiProxy}`] },
          paths: { sites: path.join(platform.dataDir, 'sites') },
      });
    const chainSettings = base(chainHttp, chainHttps);
    renderLocally(chainSettings, version, path.join(prefix, 'chain-conf'));
    renderLocally(base(soloHttp, soloHttps), version, path.join(prefix, 'solo-conf'));
    await mkdir(path.join(chainSettings.paths.acmeWebroot, '.well-known', 'acme-challenge'), { recursive: true });
    await writeFile(path.join(chainSettings.paths.acmeWebroot, '.well-known', 'acme-challenge', 'token-1'), 'token-1.key');

    const conf = (dir: string, file: string) => path.join(prefix, dir, file);
    running.push(await startNginx(nginxBinary, conf('chain-conf', 'chain/api-proxy.conf'), [apiProxy]));
    running.push(await startNginx(nginxBinary, conf('chain-conf', 'chain/static.conf'), [staticRole]));
    running.push(await startNginx(nginxBinary, conf('chain-conf', 'chain/lb.conf'), [lb]));
    running.push(await startNginx(nginxBinary, conf('chain-conf', 'chain/tls.conf'), [chainHttp, chainHttps]));
    running.push(await startNginx(nginxBinary, conf('solo-conf', 'consolidated.conf'), [soloHttp, soloHttps]));
    entry.chain = { http: chainHttp, https: chainHttps };
    entry.consolidated = { http: soloHttp, https: soloHttps };
  });

  afterAll(async () => {
    await Promise.all(running.map((n) => n.stop()));
    await platform?.destroy();
    if (prefix) await rm(prefix, { recursive: true, force: true });
  });

  const site = () => `r-${id}.${PROTOTYPES}`;

  it('the static role serves a prototype page from disk by its subdomain, with the API’s headers', async () => {
    const before = seen.length;
    const page = await request(`http://127.0.0.1:${staticPort}/`, { host: site() });
    const css = await request(`http://127.0.0.1:${staticPort}/assets/site.css`, { host: site() });
    expect(seen.slice(before)).toEqual([]);
    expect(page.status).toBe(200);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    const api = await platform.app.inject({ url: `/p/${id}/` });
    expect(page.body).toBe(api.body);
    for (const name of ['content-security-policy', 'x-robots-tag', 'x-content-type-options', 'referrer-policy', 'cross-origin-opener-policy']) {
      expect(page.headers[name], name).toBe(api.headers[name]);
    }
    // Unhashed names are revalidated every time (the API's `public, max-age=0` means the same).
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeDefined();
    expect(page.headers['content-type']).toContain('text/html');
  });

  for (const topology of ['chain', 'consolidated'] as const) {
    describe(topology, () => {
      const https = (p = '/') => `https://127.0.0.1:${entry[topology].https}${p}`;

      it('serves the prototype by subdomain over HTTPS, statically, with HSTS', async () => {
        const before = seen.length;
        const page = await request(https('/'), { host: site() });
        expect(page.status).toBe(200);
        expect(page.body).toContain('noindex');
        expect(page.headers['content-security-policy']).toContain("default-src 'none'");
        expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(seen.slice(before).filter((r) => r.host.startsWith('r-'))).toEqual([]);
      });

      it('falls back to the platform for a site that is not on disk (its 404 page)', async () => {
        const unknown = await request(https('/'), { host: `r-aaaaaaaaaaaaaaaa.${PROTOTYPES}` });
        expect(unknown.status).toBe(404);
        expect(unknown.headers['x-robots-tag']).toContain('noindex');
        expect(unknown.body).toContain('Prototype not found');
        expect(seen.at(-1)).toMatchObject({ host: `r-aaaaaaaaaaaaaaaa.${PROTOTYPES}`, forwardedProto: 'https' });
      });

      it('proxies the API with the client’s scheme and address', async () => {
        const health = await request(https('/health'), { host: APP });
        expect(health.status).toBe(200);
        expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
        expect(health.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        const status = await request(https(`/api/requests/${id}`), { host: APP, headers: { authorization: `Bearer ${token}` } });
        expect(status.status).toBe(200);
        expect(JSON.parse(status.body)).toMatchObject({ id, stage: 'published' });
        expect(seen.at(-1)).toMatchObject({ url: `/api/requests/${id}`, host: APP, forwardedProto: 'https', forwardedFor: '127.0.0.1' });
      });

      it('negotiates HTTP/2 over TLS', async () => {
        const session = http2.connect(https(), { rejectUnauthorized: false, servername: APP });
        try {
          const status = await new Promise<number>((resolve, reject) => {
            const req = session.request({ ':path': '/health', ':authority': APP });
            req.on('response', (headers) => resolve(Number(headers[':status'])));
            req.on('error', reject);
            req.resume();
            req.end();
          });
          expect(session.alpnProtocol).toBe('h2');
          expect(status).toBe(200);
        } finally {
          session.close();
        }
      });

      it('takes an upload and streams its stages as they happen (SSE unbuffered)', async () => {
        const body = await multipart({ brief: BRIEF, email: `sse-${topology}@sunrise.example` });
        const created = await request(https('/api/requests'), { host: APP, method: 'POST', headers: body.headers, body: body.payload });
        expect(created.status, created.body).toBe(202);
        const { id: newId, token: newToken } = JSON.parse(created.body) as { id: string; token: string };
        const events = await stream(https(`/api/requests/${newId}/events`), {
          host: APP,
          headers: { authorization: `Bearer ${newToken}`, accept: 'text/event-stream' },
          until: (text) => text.includes('"stage":"published"'),
        });
        expect(events.status).toBe(200);
        expect(events.headers['content-type']).toContain('text/event-stream');
        const text = events.chunks.map((c) => c.text).join('');
        const stages = [...text.matchAll(/"stage":"([a-z]+)"/g)].map((m) => m[1]);
        expect(stages.at(-1)).toBe('published');
        expect(stages).toContain('rendering');
        // The first stage arrived while the pipeline was still running (≥ 4 stage delays before the last).
        const firstStage = events.chunks.find((c) => c.text.includes('"stage":'));
        expect(firstStage).toBeDefined();
        expect(events.endedAt - (firstStage as { at: number }).at).toBeGreaterThan(500);
        expect(events.chunks.filter((c) => c.text.includes('"stage":')).length).toBeGreaterThan(1);
      });

      it('redirects HTTP to HTTPS but answers the ACME challenge', async () => {
        const redirect = await request(`http://127.0.0.1:${entry[topology].http}/api/requests?x=1`, { host: APP });
        expect(redirect.status).toBe(301);
        expect(redirect.headers.location).toBe(`https://${APP}:${entry[topology].https}/api/requests?x=1`);
        const prototype = await request(`http://127.0.0.1:${entry[topology].http}/`, { host: site() });
        expect(prototype.headers.location).toBe(`https://${site()}:${entry[topology].https}/`);
        const challenge = await request(`http://127.0.0.1:${entry[topology].http}/.well-known/acme-challenge/token-1`, { host: APP });
        expect(challenge.status).toBe(200);
        expect(challenge.body).toBe('token-1.key');
      });
    });
  }
});
