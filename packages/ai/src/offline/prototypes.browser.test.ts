import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROTOTYPE_CSP, renderSite } from '@statex/templates';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplateSpec } from './build-template-spec.ts';
import { SITE_TERMS } from './site-terms.fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
// Polls wait as long as actions do: the machine running the suite may be busy.
const POLL = { timeout: 10_000 };
// With REQUIRE_SERVICES=1 a missing browser is a failure, not a skip.
const runBrowser = process.env.REQUIRE_SERVICES === '1' || existsSync(CHROMIUM);
const SITES = ['restaurant', 'clinic', 'saas', 'hotel', 'realestate', 'trades', 'gym', 'ngo', 'photographer'] as const;
const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** Each business type's prototype under `/<type>/`, with the prototype CSP header, as the hosting server serves it. */
function serve(files: Map<string, string>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    const body = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream', 'content-security-policy': PROTOTYPE_CSP });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!runBrowser)('prototypes of several business types in Chromium', () => {
  const files = new Map<string, string>();
  const pages: Array<[string, string]> = [];
  for (const site of SITES) {
    const terms = SITE_TERMS[site]!;
    const spec = buildTemplateSpec(terms, { identity: { title: 'x', tagline: '' }, locale: terms.locale ?? 'en', compliance: 'standard', privacy: 'standard' });
    for (const file of renderSite(spec).files) files.set(`${site}/${file.path}`, file.contents);
    for (const page of spec.pages) pages.push([site, page.slug === 'index' ? 'index.html' : `${page.slug}.html`]);
  }
  let server: http.Server;
  let browser: Browser;
  let origin: string;
  const problems = { consoleErrors: [] as string[], cspViolations: [] as string[], foreignRequests: [] as string[], failedResponses: [] as string[] };

  beforeAll(async () => {
    server = await serve(files);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function context(width: number): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    await ctx.exposeBinding('reportCspViolation', (_source, text: string) => problems.cspViolations.push(text));
    // Browser code as strings: this package's type check has no DOM library.
    await ctx.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));" });
    ctx.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.foreignRequests.push(request.url());
    });
    ctx.on('response', (response) => {
      if (response.status() >= 400) problems.failedResponses.push(`${response.status()} ${response.url()}`);
    });
    return ctx;
  }

  async function open(ctx: BrowserContext, path: string): Promise<Page> {
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.consoleErrors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`${path}: ${error.message}`));
    await page.goto(`${origin}/${path}`);
    return page;
  }

  it.each([390, 1280])('no page scrolls sideways at %i px', async (width) => {
    const ctx = await context(width);
    const page = await ctx.newPage();
    const wide: string[] = [];
    for (const [site, file] of pages) {
      await page.goto(`${origin}/${site}/${file}`);
      const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      if (scrollWidth > width) wide.push(`${site}/${file}: ${scrollWidth}`);
    }
    expect(wide).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('books a table: the confirmation repeats the choices with a reference', async () => {
    const ctx = await context(390);
    const page = await open(ctx, 'restaurant/booking.html');
    const form = page.locator('form.booking-form');
    await form.getByRole('button', { name: 'Reservar' }).click();
    expect(await form.locator('[data-form-status]').textContent()).toBe('');
    await form.getByLabel('Fecha').fill('2030-05-04');
    await form.getByRole('radio', { name: '20:30' }).check();
    await form.getByLabel('Nombre').fill('Lucía');
    await form.getByLabel('Correo electrónico').fill('lucia@example.test');
    await form.getByLabel('Teléfono').fill('+34 600 000 000');
    await form.getByRole('button', { name: 'Reservar' }).click();
    const status = form.getByRole('status');
    await expect.poll(() => status.textContent(), POLL).toContain('Gracias, tu reserva está confirmada.');
    expect(await status.textContent()).toMatch(/Referencia: B-\d{6}/);
    expect(await status.textContent()).toContain('20:30');
    expect(await status.textContent()).toContain('2030-05-04');
    await ctx.close();
  });

  it('adds menu items to the cart, totals them in the customer’s currency and confirms the order', async () => {
    const ctx = await context(1280);
    const page = await open(ctx, 'restaurant/menu.html');
    await page.getByRole('button', { name: 'Añadir Salmorejo al pedido' }).click();
    await page.getByRole('button', { name: 'Añadir Salmorejo al pedido' }).click();
    await page.getByRole('button', { name: 'Añadir Pulpo a la gallega al pedido' }).click();
    await expect.poll(() => page.locator('[data-cart-total]').textContent(), POLL).toBe('27 €');
    await page.getByRole('button', { name: 'Hacer el pedido' }).click();
    await expect.poll(() => page.locator('[data-cart-status]').textContent(), POLL).toBe('¡Gracias! Pedido recibido, total 27 €.');
    await ctx.close();
  });

  it('answers availability from the sample calendar and tracks a repair by reference', async () => {
    const ctx = await context(390);
    const hotel = await open(ctx, 'hotel/booking.html');
    const availability = hotel.locator('form[data-availability]');
    await availability.getByLabel('Data').fill('2030-05-14');
    await availability.getByRole('button', { name: 'Verifica' }).click();
    await expect.poll(() => availability.getByRole('status').textContent(), POLL).toMatch(/già prenotato/);
    await availability.getByLabel('Data').fill('2030-05-13');
    await availability.getByRole('button', { name: 'Verifica' }).click();
    await expect.poll(() => availability.getByRole('status').textContent(), POLL).toMatch(/ancora libero/);

    const trades = await open(ctx, 'trades/account.html');
    await trades.getByRole('button', { name: 'Status bekijken' }).click();
    await expect.poll(() => trades.locator('[data-track-status]').textContent(), POLL).toMatch(/^DE-1042: /);
    expect(await trades.locator('.track-step[aria-current="step"]').count()).toBe(1);
    await ctx.close();
  });

  it('computes a price from the customer’s prices and switches the language mock-up', async () => {
    const ctx = await context(1280);
    const gym = await open(ctx, 'gym/pricing.html');
    await gym.locator('.calculator').getByRole('checkbox', { name: /Karnet miesięczny/ }).check();
    await gym.getByLabel('Ilość: Karnet miesięczny').fill('2');
    await expect.poll(() => gym.locator('[data-calc-total]').textContent(), POLL).toBe('298 zł');

    const hotel = await open(ctx, 'hotel/index.html');
    await hotel.getByRole('button', { name: 'English' }).click();
    expect(await hotel.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await hotel.locator('[data-lang-status]').textContent()).toContain('English');
    await ctx.close();
  });

  it('signs up on the SaaS prototype and rates a coffee', async () => {
    const ctx = await context(390);
    const page = await open(ctx, 'saas/account.html');
    const signUp = page.locator('form.proto-form').first();
    await signUp.getByLabel('Name').fill('Sam');
    await signUp.getByLabel('Company').fill('Acme');
    await signUp.getByLabel('Email').fill('sam@example.test');
    await signUp.getByLabel('Password').fill('correct horse');
    await signUp.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => signUp.getByRole('status').textContent(), POLL).toContain('Your account has been created.');
    expect(await signUp.getByRole('status').textContent()).not.toContain('correct horse');

    const home = await open(ctx, 'saas/index.html');
    const review = home.locator('.review-form form');
    await review.getByLabel('What are you rating?').selectOption('Ethiopia Yirgacheffe');
    await review.getByRole('radio', { name: '4 stars' }).check();
    await review.getByLabel('Name').fill('Kim');
    await review.getByLabel('Email').fill('kim@example.test');
    await review.getByRole('button', { name: 'Send review' }).click();
    await expect.poll(() => review.getByRole('status').textContent(), POLL).toContain('Thank you for your review.');
    await ctx.close();
  });

  it('loaded nothing from elsewhere, broke no CSP rule and logged no error', () => {
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], failedResponses: [] });
  });
});
