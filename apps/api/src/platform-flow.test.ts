import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { requestEvents, requestFiles } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { pdfWithPages } from '@statex/files/testing';
import { redisAvailable } from '@statex/queue/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, readEventStream, startTestPlatform, submit, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());

const modes: { mode: Mode; enabled: boolean }[] = [
  { mode: 'embedded', enabled: true },
  { mode: 'services', enabled: servicesUp },
];

for (const { mode, enabled } of modes) {
  describe.skipIf(!enabled)(`brief → published prototype (${mode} mode)`, () => {
    let platform: TestPlatform;
    let id: string;
    let token: string;
    const auth = () => ({ authorization: `Bearer ${token}` });

    beforeAll(async () => {
      platform = await startTestPlatform({ mode });
      const pdf = await pdfWithPages([['Additional requirements from the owner:', 'The site must show a photo gallery of our cakes.', 'We also need a page about catering for weddings.']]);
      const res = await submit(platform.app, { brief: BRIEF, email: 'owner@sunrise.example', name: 'Jana' }, [{ name: 'extra needs.pdf', content: pdf, type: 'application/pdf' }]);
      expect(res.statusCode, res.body).toBe(202);
      ({ id, token } = res.json() as { id: string; token: string });
    });
    afterAll(async () => platform?.destroy());

    it('answers 202 with an unguessable id, a token and links', async () => {
      expect(id).toMatch(/^[a-z2-7]{16}$/);
      expect(token.length).toBeGreaterThanOrEqual(43);
    });

    it('goes through every stage, in order, to published', async () => {
      const status = await waitForStage(platform.app, id, token);
      expect(status.stage).toBe('published');
      const history = (status.history as { stage: string }[]).map((h) => h.stage);
      expect(history).toEqual(['received', 'extracting', 'generating', 'rendering', 'publishing', 'published']);
      expect(status.modificationsLeft).toBe(1);
      const prototype = status.prototype as { url: string; path: string; version: number; expiresAt: string };
      expect(prototype.url).toBe(`http://r-${id}.localhost:${platform.config.port}/`);
      expect(prototype.version).toBe(1);
      const ttl = Date.parse(prototype.expiresAt) - Date.now();
      expect(ttl).toBeGreaterThan(13.9 * 24 * 3600_000);
      expect(ttl).toBeLessThanOrEqual(14 * 24 * 3600_000);
    });

    it('writes terms covering the brief and the PDF, and a plan', async () => {
      const terms = await platform.app.inject({ url: `/api/requests/${id}/documents/terms`, headers: auth() });
      expect(terms.statusCode).toBe(200);
      expect(terms.headers['content-type']).toContain('text/markdown');
      expect(terms.body).toMatch(/R1\b/);
      expect(terms.body.toLowerCase()).toContain('gallery');
      expect(terms.body.toLowerCase()).toContain('catering');
      expect(terms.body.toLowerCase()).toContain('contact form');
      const plan = await platform.app.inject({ url: `/api/requests/${id}/documents/plan`, headers: auth() });
      expect(plan.statusCode).toBe(200);
      expect(plan.body).toMatch(/R1\b/);
    });

    it('deletes the uploaded file once processed, and (standard privacy) its text once published', async () => {
      const read = () => platform.runtime.database.db.select().from(requestFiles).where(eq(requestFiles.requestId, id));
      let files = await read();
      for (let i = 0; i < 100 && files[0]?.extractedText; i += 1) {
        await new Promise((r) => setTimeout(r, 50));
        files = await read();
      }
      expect(files).toHaveLength(1);
      expect(files[0]?.storagePath).toBeNull();
      expect(files[0]?.extractedText).toBeNull();
      const uploads = await readdir(path.join(platform.dataDir, 'uploads')).catch(() => []);
      expect(uploads.filter((d) => !d.startsWith('.'))).toEqual([]);
    });

    it('serves the prototype by path and by subdomain, noindex, under a strict CSP', async () => {
      const byPath = await platform.app.inject({ url: `/p/${id}/` });
      expect(byPath.statusCode).toBe(200);
      expect(byPath.headers['content-type']).toContain('text/html');
      expect(byPath.headers['content-security-policy']).toContain("default-src 'none'");
      expect(byPath.headers['x-robots-tag']).toContain('noindex');
      expect(byPath.body).toContain('noindex');
      const byHost = await platform.app.inject({ url: '/', headers: { host: `r-${id}.localhost:8080` } });
      expect(byHost.statusCode).toBe(200);
      expect(byHost.body).toBe(byPath.body);
      const css = await platform.app.inject({ url: '/assets/site.css', headers: { host: `r-${id}.localhost:8080` } });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toContain('text/css');
      // For static servers: sites/<id>/current points at the published version.
      const { readlink } = await import('node:fs/promises');
      expect(await readlink(path.join(platform.dataDir, 'sites', id, 'current'))).toBe('v1');
      const redirect = await platform.app.inject({ url: `/p/${id}` });
      expect(redirect.statusCode).toBe(301);
      expect(redirect.headers.location).toBe(`/p/${id}/`);
      const traversal = await platform.app.inject({ url: `/p/${id}/..%2f..%2fdb/PG_VERSION` });
      expect([403, 404]).toContain(traversal.statusCode);
    });

    it('emails the customer once', async () => {
      // The notice goes out after the request is published (its own job), so it may land a moment later.
      const listOutbox = () => readdir(path.join(platform.dataDir, 'outbox')).catch(() => [] as string[]);
      await expect.poll(async () => (await listOutbox()).length, { timeout: 30_000, interval: 100 }).toBe(1);
      const outbox = await listOutbox();
      expect(outbox).toHaveLength(1);
      // Quoted-printable: undo soft line breaks before looking for the URL.
      const eml = (await readFile(path.join(platform.dataDir, 'outbox', outbox[0] as string), 'utf8')).replace(/=\r?\n/g, '');
      expect(eml).toContain('To: owner@sunrise.example');
      expect(eml).toContain(`r-${id}.localhost`);
    });

    it('streams the stage history as Server-Sent Events', async () => {
      const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
      const { status, contentType, text } = await readEventStream(address, id, auth());
      expect(status).toBe(200);
      expect(contentType).toContain('text/event-stream');
      const stages = [...text.matchAll(/"stage":"([a-z]+)"/g)].map((m) => m[1]);
      expect(stages).toEqual(['received', 'extracting', 'generating', 'rendering', 'publishing', 'published']);
      expect(text).toMatch(/^id: \d+$/m);
    });

    it('accepts exactly one modification: version 2 with a terms diff, then 409', async () => {
      const first = await platform.app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: auth(), payload: { change: 'Please add a page with job openings at the bakery and change the opening hours to Tue–Sun 7:00–15:00.' } });
      expect(first.statusCode, first.body).toBe(202);
      expect(first.json()).toMatchObject({ version: 2, modificationsLeft: 0 });
      // The status view is cached in memory; the change's signal must drop it at once (well within its 2 s TTL).
      await expect
        .poll(async () => (await platform.app.inject({ url: `/api/requests/${id}`, headers: auth() })).json().version, { timeout: 1_000, interval: 20 })
        .toBe(2);
      const second = await platform.app.inject({ method: 'POST', url: `/api/requests/${id}/modifications`, headers: auth(), payload: { change: 'And one more change please.' } });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('STX_MODIFICATION_USED');
      const status = await waitForStage(platform.app, id, token);
      expect(status.stage).toBe('published');
      expect((status.prototype as { version: number }).version).toBe(2);
      // The diff names the added need and the new hours; one sentence held two changes, and neither became a lump.
      const diff = await platform.app.inject({ url: `/api/requests/${id}/documents/terms-diff`, headers: auth() });
      expect(diff.statusCode).toBe(200);
      const added = /## Added\n\n([\s\S]*?)(?:\n\n##|\n?$)/.exec(diff.body)?.[1]?.split('\n') ?? [];
      expect(added).toEqual([expect.stringMatching(/^- \*\*R\d+\*\* — .*job openings/i)]);
      expect(diff.body).toContain('7:00–15:00');
      // Version 2 of the site shows both: a page for the job openings, and the new hours.
      const site = await platform.app.inject({ url: `/p/${id}/` });
      expect(site.statusCode).toBe(200);
      const pages = [...new Set([...site.body.matchAll(/href="(?:\.\/)?([a-z0-9-]+\.html)"/g)].map((m) => m[1]))];
      const html = [site.body, ...(await Promise.all(pages.map(async (page) => (await platform.app.inject({ url: `/p/${id}/${page}` })).body)))].join('\n');
      expect(html).toMatch(/job openings/i);
      expect(html).toContain('7:00–15:00');
      expect(html).toContain('Sunrise Bakery');
      // The old version's files go right after the switch.
      await expect.poll(async () => (await readdir(path.join(platform.dataDir, 'sites', id))).sort()).toEqual(['current', 'v2']);
      const published = await platform.runtime.database.db.select().from(requestEvents).where(eq(requestEvents.requestId, id));
      expect(published.filter((e) => e.stage === 'published' && e.type === 'stage').map((e) => e.version)).toEqual([1, 2]);
    });
  });
}
