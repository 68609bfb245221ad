import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('a published prototype in a real browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let port: number;
  let id: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    port = (platform.app.server.address() as { port: number }).port;
    const res = await submit(platform.app, { brief: BRIEF, email: 'browser@example.com' });
    const body = res.json() as { id: string; token: string };
    id = body.id;
    await waitForStage(platform.app, id, body.token);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.destroy();
  });

  it('opens at r-<id>.localhost, navigates, confirms the form, and loads nothing from elsewhere', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!new URL(r.url()).hostname.endsWith('.localhost')) foreign.push(r.url());
    });
    const response = await page.goto(`http://r-${id}.localhost:${port}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    const navLinks = page.locator('nav a[href$=".html"]');
    expect(await navLinks.count()).toBeGreaterThan(1);
    // Every page of the site answers and renders.
    const hrefs = await navLinks.evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
    for (const href of hrefs) {
      const r = await page.goto(href);
      expect(r?.status(), href).toBe(200);
    }
    const formPage = hrefs.length > 0 ? await (async () => {
      for (const href of hrefs) {
        await page.goto(href);
        if ((await page.locator('form').count()) > 0) return href;
      }
      return null;
    })() : null;
    expect(formPage, 'the brief asks for a contact form, so some page has one').not.toBeNull();
    const form = page.locator('form').first();
    for (const input of await form.locator('input[required], textarea[required]').all()) {
      const type = await input.getAttribute('type');
      await input.fill(type === 'email' ? 'visitor@example.com' : type === 'date' ? '2026-12-24' : type === 'number' ? '4' : type === 'tel' ? '+420 123 456 789' : 'Hello');
    }
    for (const select of await form.locator('select[required]').all()) await select.selectOption({ index: 1 });
    await form.locator('button[type="submit"], input[type="submit"]').first().click();
    await expect.poll(async () => (await page.locator('[aria-live]').allTextContents()).join(' ').trim().length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: `${platform.dataDir}/prototype.png`, fullPage: true });
  });
});
