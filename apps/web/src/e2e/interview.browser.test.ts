import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '@statex/api/test-support';
import { loadConfig } from '@statex/config';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/web-build';

// The brief interview in Debian's Chromium against the real platform: a brief that names no services
// and no opening hours → the questions arrive live on the status page → two answered inline → the
// answers in the terms and as real services and hours on the prototype site. And unticked: no questions.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);

const BRIEF = 'A website with online booking for our dental practice Smile Studio in Brno: patients book an appointment online, see our opening hours and find us on a map.';
const SERVICES = 'Dental check-up 900 CZK, teeth cleaning 1500 CZK, teeth whitening 4500 CZK';
const HOURS = 'Monday to Friday 8:00–18:00';

describe.skipIf(!hasChromium)('brief interview in a real browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let base: string;
  let shots: string;
  let axeSource: string;

  beforeAll(async () => {
    await ensureWebBuild(loadConfig({}).publicUrl);
    // A long wait, so the answers (not the timeout) close the interview.
    platform = await startTestPlatform({ env: { WORKER_STAGE_DELAY: '150ms', CLARIFY_TIMEOUT: '20m' } });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(platform.app.server.address() as { port: number }).port}`;
    shots = await mkdtemp(path.join(tmpdir(), 'statex-interview-screenshots-'));
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.destroy();
    if (shots) console.log(`interview e2e screenshots: ${shots}`);
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  /** axe-core, WCAG 2.1 A/AA rules, on one part of the page: its serious and critical violations. */
  async function axe(page: Page, selector: string): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (include) => {
      const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
      const result = await w.axe.run({ include: [include] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    }, selector);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
  }

  async function order(page: Page, email: string, ask: boolean): Promise<void> {
    await page.goto(`${base}/en/order`);
    await page.fill('#brief', BRIEF);
    await page.fill('#email', email);
    const checkbox = page.getByLabel('Ask me a few questions if my brief leaves something open');
    // Asked by default; the help says how bounded it is.
    expect(await checkbox.isChecked()).toBe(true);
    await expect.poll(() => page.locator('#interview-help').textContent()).toMatch(/At most 5 questions.*30 minutes/);
    if (!ask) await checkbox.uncheck();
    await page.getByRole('button', { name: 'Send the brief' }).click();
    await page.waitForURL(/\/en\/status\?id=.*#token=/);
  }

  /** The question (its field) whose text matches: found by what it asks, not by its position. */
  const question = (page: Page, asks: RegExp) => page.getByTestId('interview').locator('li[data-question]').filter({ has: page.locator('label', { hasText: asks }) });

  it('asks about services and hours; two answers reach the terms and the prototype site', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await order(page, 'interview-e2e@example.com', true);

    // The questions arrive live, with the optional stage shown as the current step.
    await page.locator('[data-stage="clarifying"][data-state="current"]').waitFor({ timeout: 90_000 });
    const panel = page.getByTestId('interview');
    await panel.locator('textarea').first().waitFor();
    const count = await panel.locator('li[data-question]').count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5);
    // Each question cites what it settles (a requirement, or the whole brief).
    for (const cite of await panel.locator('li[data-question] p.text-xs').allTextContents()) expect(cite).toMatch(/About (R\d+|the whole brief)/);
    expect(await panel.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('interview-time-left').textContent()).toMatch(/Without answers, Statex goes on in (1\d|20) minutes/);

    // A reload while clarifying shows the same questions again.
    const asked = await panel.locator('li[data-question] label').allTextContents();
    await page.reload();
    await page.getByTestId('interview').locator('textarea').first().waitFor();
    expect(await page.getByTestId('interview').locator('li[data-question] label').allTextContents()).toEqual(asked);

    const services = question(page, /treatments|services/i);
    const hours = question(page, /opening hours/i);
    expect(await services.count()).toBe(1);
    expect(await hours.count()).toBe(1);
    await shot(page, '01-questions');
    expect(await axe(page, '[data-testid="interview"]')).toEqual([]);

    // At 390 px the panel never makes the page scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, '02-questions-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Only two answers: every other field (suggestions included) is emptied, so it is left to an assumption.
    const servicesId = await services.getAttribute('data-question');
    const hoursId = await hours.getAttribute('data-question');
    for (const field of await panel.locator('textarea').all()) await field.fill('');
    // The question labels its field (a click on it focuses the field); typed, then sent from the keyboard:
    // Tab from the last field reaches "Send answers", Enter sends.
    await services.locator('label').click();
    await page.keyboard.type(SERVICES);
    await hours.locator('textarea').fill(HOURS);
    await panel.locator('textarea').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send answers');
    await page.keyboard.press('Enter');

    // The confirmation, or the panel's error (so a failure says why).
    const outcome = page.getByTestId('interview-result').or(page.getByTestId('interview-error'));
    await outcome.waitFor({ timeout: 30_000 });
    expect(await outcome.textContent()).toContain('your answers have been sent');
    // Read-only now, the answers shown as given.
    await expect.poll(() => panel.locator('textarea').count(), { timeout: 15_000 }).toBe(0);
    await shot(page, '03-answered');
    expect(await panel.getByTestId(`answer-${servicesId}`).textContent()).toContain(SERVICES);
    expect(await panel.getByTestId(`answer-${hoursId}`).textContent()).toContain(HOURS);
    expect(await panel.getByRole('button').count()).toBe(0);

    // Generation goes on at once, with the answers.
    await page.locator('[data-stage="published"][data-state="done"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-stage="clarifying"][data-state="done"]').count()).toBe(1);
    const terms = page.getByTestId('doc-terms').locator('.prose-doc');
    await terms.waitFor();
    await expect.poll(() => terms.textContent(), { timeout: 15_000 }).toContain('1500 CZK');
    const termsText = (await terms.textContent()) ?? '';
    expect(termsText).toMatch(/teeth cleaning/i);
    expect(termsText).toContain('8:00–18:00');
    await shot(page, '04-published');

    // The prototype shows them as real services and hours.
    const href = await page.getByRole('link', { name: 'Open the prototype' }).getAttribute('href');
    const site = await context.newPage();
    expect((await site.goto(href ?? ''))?.status()).toBe(200);
    const siteText = (await site.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(siteText).toMatch(/teeth cleaning/i);
    expect(siteText).toMatch(/teeth whitening/i);
    expect(siteText).toContain('4500 CZK');
    expect(siteText).toMatch(/8:00\s*[–-]\s*18:00/);
    await shot(site, '05-prototype');
    await site.close();

    // Reopened later: the answers stay available, folded below the stages.
    await page.reload();
    await page.getByTestId('interview-answers').waitFor();
    await expect.poll(() => page.getByTestId('interview-answers').locator('summary').textContent(), { timeout: 15_000 }).toBe(`2 of ${count} questions answered`);
    await page.getByTestId('interview-answers').locator('summary').click();
    expect(await page.getByTestId(`answer-${hoursId}`).textContent()).toContain(HOURS);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('unticked: no questions, and no clarifying step shown', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await order(page, 'interview-skip-e2e@example.com', false);
    await page.locator('[data-stage="published"][data-state="done"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-stage="clarifying"]').count()).toBe(0);
    expect(await page.getByTestId('interview').count()).toBe(0);
    await context.close();
  }, 180_000);
});
