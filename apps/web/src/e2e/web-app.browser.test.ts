import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '@statex/api/test-support';
import { loadConfig } from '@statex/config';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/web-build';

// The whole web app in Debian's Chromium against the real platform (API, worker, hosting) in this
// process: order with a recorded voice note and a dropped file → live stages → prototype → the one
// modification → the second refused; Arabic RTL; locale switch; sticky AB; axe on every page.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);

const OPERATOR = 'web-e2e-operator-token-123456';
const BRIEF = 'A website for Sunrise Bakery in Brno: our menu with prices, online cake orders for pickup, a contact form and opening hours.';

describe.skipIf(!hasChromium)('web app in a real browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let base: string;
  let shots: string;
  let axeSource: string;
  let statusUrl = '';

  beforeAll(async () => {
    // The same export `npm start` serves (origin from the default settings), built if missing or stale.
    await ensureWebBuild(loadConfig({}).publicUrl);
    platform = await startTestPlatform({ env: { OPS_ADMIN_TOKEN: OPERATOR, QUOTA_PER_EMAIL: '1', WORKER_STAGE_DELAY: '150ms', CLARIFY_TIMEOUT: '0' } });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(platform.app.server.address() as { port: number }).port}`;
    shots = await mkdtemp(path.join(tmpdir(), 'statex-web-screenshots-'));
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
    });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.destroy();
    if (shots) console.log(`web e2e screenshots: ${shots}`);
  });

  const newContext = (options: Parameters<Browser['newContext']>[0] = {}) =>
    // bypassCSP only so axe can be injected; the pages' own CSP is checked by a test of its own.
    browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['microphone'], bypassCSP: true, ...options });
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  /** The sign-in link in the platform's outbox (quoted-printable undone), or ''. */
  async function magicLink(): Promise<string> {
    const outbox = path.join(platform.dataDir, 'outbox');
    for (const file of existsSync(outbox) ? await readdir(outbox) : []) {
      const mail = (await readFile(path.join(outbox, file), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const found = mail.match(/https?:\/\/[^\s"<>]+magic-link\/verify\?token=[\w-]+/)?.[0];
      if (found) return found;
    }
    return '';
  }

  /** axe-core, WCAG 2.1 A/AA rules: the serious and critical violations on the page. */
  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
      const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
  }

  it('order → live stages → prototype → one modification → the second refused', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/en`);
    await page.goto(`${base}/en/order`);
    await page.fill('#brief', BRIEF);
    await page.fill('#email', 'web-e2e@example.com');

    // Too many files are refused before anything is sent.
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles(Array.from({ length: 11 }, (_, i) => ({ name: `note-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`note ${i}`) })));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('At most 10 files');
    for (let i = 0; i < 11; i++) await page.getByRole('button', { name: /^Remove note-/ }).first().click();

    // Voice note from Chromium's fake microphone: record, play back, record again.
    await page.getByRole('button', { name: /Record/ }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: /Stop/ }).click();
    await page.getByTestId('voice-playback').waitFor();
    await page.getByRole('button', { name: /Record again/ }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: /Stop/ }).click();
    await page.getByTestId('voice-playback').waitFor();

    // A document by drag and drop.
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Menu: sourdough 6.50 EUR, croissant 2.40 EUR. Cake orders need two days notice.'], 'menu.txt', { type: 'text/plain' }));
      return data;
    });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('menu.txt').waitFor();
    await shot(page, '01-order-filled');
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send the brief' }).click();
    await page.waitForURL(/\/en\/status\?id=/);
    statusUrl = page.url();
    expect(statusUrl).toMatch(/#token=/);
    await page.locator('[data-stage="published"][data-state="done"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('doc-terms').getByText(/R1/).first().waitFor();
    await page.getByTestId('doc-plan').locator('.prose-doc').waitFor();
    await page.getByTestId('prototype').locator('img[src^="data:image/png"]').waitFor();
    await expect.poll(() => page.getByTestId('prototype').textContent()).toMatch(/Available until/);
    await shot(page, '02-status-published');
    expect(await axe(page)).toEqual([]);

    // The prototype opens from the status page.
    const href = await page.getByRole('link', { name: 'Open the prototype' }).getAttribute('href');
    const prototype = await context.newPage();
    const response = await prototype.goto(href ?? '');
    expect(response?.status()).toBe(200);
    await shot(prototype, '03-prototype');
    await prototype.close();

    // The one modification, then "no more changes"; a second one is refused by the API.
    await page.fill('#change', 'Add a page with job openings for bakers.');
    await page.getByRole('button', { name: 'Send the change' }).click();
    await page.getByTestId('no-more-changes').waitFor();
    await expect.poll(() => page.locator('[data-testid=prototype]').textContent(), { timeout: 60_000 }).toContain('Version 2');
    await page.getByTestId('doc-termsDiff').locator('.prose-doc').waitFor({ timeout: 30_000 });
    const second = await page.evaluate(async () => {
      const id = new URLSearchParams(location.search).get('id');
      const token = new URLSearchParams(location.hash.slice(1)).get('token');
      const r = await fetch(`/api/requests/${id}/modifications`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ change: 'Another change, please.' }) });
      return r.status;
    });
    expect(second).toBe(409);
    await page.reload();
    await expect.poll(() => page.getByTestId('no-more-changes').textContent()).toContain('No more changes');
    // Once version 2 is live the page says so, not "being made".
    await expect.poll(() => page.getByTestId('no-more-changes').textContent()).toContain('version 2 is live');
    await shot(page, '04-status-no-more-changes');
    // At 390 px the status page (terms table, plan, diff) never scrolls sideways, nor does the admin page.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('doc-terms').locator('.prose-doc').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, '04b-status-390');
    await page.goto(`${base}/en/admin`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Over quota: the error says when the next request is possible.
    await page.goto(`${base}/en/order`);
    await page.fill('#brief', BRIEF);
    await page.fill('#email', 'web-e2e@example.com');
    await page.getByRole('button', { name: 'Send the brief' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/You can send the next one in \d+ (hours|minutes)/);
    await shot(page, '05-order-quota');

    // The portal lists the request sent from this browser.
    await page.goto(`${base}/en/portal`);
    await page.getByRole('link', { name: 'Open' }).first().waitFor();
    await page.getByTestId('sign-in-required').waitFor();

    // Sign in with a magic link (accounts): the link arrives in the outbox; the account sees its request.
    await page.fill('#sign-in-email', 'web-e2e@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByText(/Check your inbox/).waitFor();
    await expect.poll(magicLink, { timeout: 15_000 }).not.toBe('');
    const link = await magicLink();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await page.goto(`${base}/en/portal`);
    await page.getByText('Signed in as web-e2e@example.com').waitFor();
    await shot(page, '05b-portal-signed-in');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('Arabic is laid out right to left, and switching language keeps the page (and its id and token)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/ar`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
    await shot(page, '06-home-ar');
    expect(await axe(page)).toEqual([]);
    // The home page (static, no React runtime) switches language with public/home.js.
    await page.getByLabel('اللغة').selectOption('cs');
    await page.waitForURL(`${base}/cs`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    await page.goto(statusUrl);
    await page.locator('[data-stage="published"]').waitFor();
    await page.getByLabel('Language').selectOption('de');
    await page.waitForURL(/\/de\/status\?id=.*#token=/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ihre Anfrage');
    await page.locator('[data-stage="published"][data-state="done"]').waitFor();
    // The documents' own headings sit below the page's: one <h1> per page, whatever has loaded.
    await expect.poll(() => page.locator('h2', { hasText: 'Realization plan' }).count()).toBeGreaterThan(0);
    expect(await page.locator('h1').count()).toBe(1);
    await page.getByLabel('Sprache').selectOption('ar');
    await page.waitForURL(/\/ar\/status\?id=/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('[data-stage="published"][data-state="done"]').waitFor();
    await shot(page, '07-status-ar');
    expect(await axe(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('AB: a visitor keeps their variant; exposures and conversions reach the admin view', async () => {
    const seen = new Set<string>();
    for (let visitor = 0; visitor < 6; visitor++) {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/en`);
      // The cookie holds the variant signed for this visitor (`a.<signature>`), so it cannot be forged.
      const variant = (await context.cookies()).find((c) => c.name === 'statex_ab_home')?.value;
      expect(variant).toMatch(/^[ab]\.[\w-]+$/);
      const heading = await page.locator('h1').textContent();
      for (let visit = 0; visit < 3; visit++) {
        await page.reload();
        expect(await page.locator('h1').textContent()).toBe(heading);
        expect((await context.cookies()).find((c) => c.name === 'statex_ab_home')?.value).toBe(variant);
      }
      seen.add(`${variant?.[0]}:${heading}`);
      await context.close();
    }
    // Each variant always shows its own template.
    expect(new Set([...seen].map((s) => s.split(':')[0])).size).toBe(new Set(seen).size);

    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/en/admin`);
    await page.getByTestId('admin-sign-in-required').waitFor();
    await page.fill('#operator-token', OPERATOR);
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.getByTestId('ab-results').waitFor();
    const results = await page.evaluate(async (token) => (await fetch('/api/admin/ab/home', { headers: { authorization: `Bearer ${token}` } })).json(), OPERATOR);
    const total = (results as { variants: { exposures: number; conversions: number }[] }).variants.reduce((sum, v) => ({ e: sum.e + v.exposures, c: sum.c + v.conversions }), { e: 0, c: 0 });
    expect(total.e).toBeGreaterThanOrEqual(7);
    expect(total.c).toBe(1);
    await shot(page, '08-admin-ab');
    expect(await axe(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('axe finds no serious or critical violation on any page, in both variants and every theme', async () => {
    const context: BrowserContext = await newContext();
    const page = await context.newPage();
    const problems: Record<string, string[]> = {};
    const pages = ['/en/order', '/ar/order', '/cs/portal', '/en/admin', '/en/offline', '/de/status', '/fr/status?id=missing'];
    for (const variant of ['a', 'b']) {
      await context.addCookies([{ name: 'statex_ab_home', value: variant, url: base }]);
      for (const theme of ['light', 'dark', 'eu', 'uae']) {
        await page.goto(`${base}/en`);
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const found = await axe(page);
        if (found.length) problems[`/en ${variant} ${theme}`] = found;
        if (variant === 'a') await shot(page, `09-home-${theme}`);
      }
    }
    for (const url of pages) {
      await page.goto(`${base}${url}`);
      await page.waitForLoadState('networkidle');
      const found = await axe(page);
      if (found.length) problems[url] = found;
    }
    expect(problems).toEqual({});
    await context.close();
  }, 120_000);

  it('PWA: manifest, service worker, offline page; pages carry hreflang, JSON-LD and a hash-based CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(`${base}/en`);
    const manifest = await (await page.request.get(`${base}/manifest.webmanifest`)).json();
    expect(manifest.display).toBe('standalone');
    expect(await page.locator('link[rel=alternate][hreflang=ar]').count()).toBe(1);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')['@type']).toBe('Organization');
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.goto(`${base}/en/order`).catch(() => undefined);
    await expect.poll(() => page.locator('h1').textContent()).toBe('You are offline');
    await context.setOffline(false);
    expect(cspErrors).toEqual([]);
    expect((await page.request.get(`${base}/sitemap.xml`)).status()).toBe(200);
    await context.close();
  }, 60_000);
});
