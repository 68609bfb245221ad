import type { Fact, NeedKind, Plan, Requirement, Terms } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { buildPlan, HOURS_PER_DAY } from './build-plan.ts';
import { countLanguages } from './count-languages.ts';

type Need = Partial<Requirement> & { text: string; kind: NeedKind };

function terms(requirements: Need[], extra: Partial<Terms> = {}): Terms {
  return {
    title: 'Website',
    summary: '',
    assumptions: [],
    locale: 'en',
    requirements: requirements.map((r, i) => ({ id: `R${i + 1}`, category: 'functional', priority: 'should', source: 'brief', ...r })),
    ...extra,
  };
}

const standard = { compliance: 'standard', privacy: 'standard' } as const;
const tasks = (plan: Plan) => plan.milestones.flatMap((m) => m.tasks);
const task = (plan: Plan, pattern: RegExp) => tasks(plan).find((t) => pattern.test(t.title));
const risks = (plan: Plan) => plan.risks.map((r) => r.text).join('\n');
const facts = (kind: Fact['kind'], n: number): Fact[] => Array.from({ length: n }, (_, i) => ({ kind, label: `${kind} ${i + 1}`, value: `${i + 10}`, source: 'brief' }));

describe('buildPlan', () => {
  const salon = terms([
    { text: 'Clients book an appointment with a stylist online.', kind: 'booking' },
    { text: 'Clients get a text message reminder the day before.', kind: 'notifications' },
    { text: 'The site shows our price list.', kind: 'pricing', category: 'content' },
    { text: 'A contact form.', kind: 'contact' },
  ]);

  it('plans a booking back end, confirmations and reminders, with SMS and no-show risks, when bookings with reminders are asked', () => {
    const plan = buildPlan(salon, standard);
    expect(task(plan, /^Booking back end/)?.covers).toEqual(['R1']);
    expect(task(plan, /^Booking back end/)!.estimateHours).toBeGreaterThanOrEqual(16);
    expect(task(plan, /^Reminders before each appointment/)?.dependsOn).toEqual([task(plan, /^Booking back end/)!.title, task(plan, /^SMS gateway/)!.title]);
    expect(task(plan, /^SMS gateway/)?.covers).toEqual(['R2']);
    expect(risks(plan)).toMatch(/Text-message reminders \(R2\) cost money per message/);
    expect(risks(plan)).toMatch(/Bookings \(R1\) bring no-shows/);
    expect(plan.risks.find((r) => /no-shows/.test(r.text))?.mitigation).toMatch(/deposit/);
    // The customer gave no prices although a price list is asked for.
    expect(risks(plan)).toMatch(/Content has not been supplied yet: prices\./);
    expect(risks(plan)).not.toMatch(/health data|Online payments|Third-party/);
  });

  it('covers every requirement by a work task (besides kick-off and acceptance), and only names tasks of the plan as dependencies', () => {
    const plan = buildPlan(salon, standard);
    const work = tasks(plan).filter((t) => !/^Kick-off|^Acceptance test/.test(t.title));
    for (const r of salon.requirements) expect(work.some((t) => t.covers.includes(r.id)), r.id).toBe(true);
    const titles = new Set(tasks(plan).map((t) => t.title));
    expect(titles.size).toBe(tasks(plan).length);
    for (const t of tasks(plan)) for (const d of t.dependsOn ?? []) expect(titles.has(d), d).toBe(true);
    expect(plan.milestones.map((m) => m.id)).toEqual(plan.milestones.map((_, i) => `M${i + 1}`));
    expect(plan.totalHours).toBe(plan.milestones.reduce((s, m) => s + m.estimateHours, 0));
    expect(plan.totalDays).toBe(Math.ceil(plan.totalHours / HOURS_PER_DAY));
  });

  it('flags health data as a GDPR art. 9 category for a clinic, with a task for it', () => {
    const clinic = terms([{ text: 'Patients book a check-up online.', kind: 'booking' }], { business: { name: 'Zahnarztpraxis Weber', type: 'clinic', tagline: '' } });
    const plan = buildPlan(clinic, { compliance: 'eu', privacy: 'standard' });
    expect(risks(plan)).toMatch(/health data \(R1\), a special category under GDPR art\. 9/);
    expect(task(plan, /^Health data \(GDPR art\. 9\)/)).toBeDefined();
    expect(plan.risks.find((r) => /personal data/.test(r.text))?.mitigation).toMatch(/GDPR art\. 30/);
    const bakery = buildPlan(terms([{ text: 'Customers book a cake tasting.', kind: 'booking' }], { business: { name: 'Sunrise', type: 'bakery', tagline: '' } }), standard);
    expect(risks(bakery)).not.toMatch(/health data/);
  });

  it('plans a payment provider, cart and invoices for a shop, and warns about onboarding and 3-D Secure', () => {
    const shop = terms([
      { text: 'Customers buy our teas online.', kind: 'shop' },
      { text: 'Show the tea catalogue.', kind: 'catalogue' },
    ], { facts: facts('product', 40) });
    const plan = buildPlan(shop, standard);
    expect(task(plan, /^Payment provider: onboarding, hosted checkout with 3-D Secure/)).toBeDefined();
    expect(task(plan, /^Cart and checkout/)?.covers).toEqual(['R1']);
    expect(task(plan, /^Invoices and receipts/)).toBeDefined();
    expect(task(plan, /^Catalogue: .* 40 items$/)?.covers).toEqual(['R2']);
    expect(risks(plan)).toMatch(/Online payments \(R1\) depend on the payment provider: onboarding .* 3-D Secure/);
    // More products take longer to enter.
    const small = buildPlan({ ...shop, facts: facts('product', 5) }, standard);
    expect(task(plan, /^Catalogue/)!.estimateHours).toBeGreaterThan(task(small, /^Catalogue/)!.estimateHours);
  });

  it('scales translation work with the languages asked for, one task per extra language', () => {
    const two = buildPlan(terms([{ text: 'The site in English and German.', kind: 'languages' }, { text: 'Menu.', kind: 'menu' }]), standard);
    const four = buildPlan(terms([{ text: 'The site in English, German, French and Arabic.', kind: 'languages' }, { text: 'Menu.', kind: 'menu' }]), standard);
    expect(tasks(two).filter((t) => /^Translation into/.test(t.title)).map((t) => t.title)).toEqual(['Translation into German and review by a native speaker']);
    expect(tasks(four).filter((t) => /^Translation into/.test(t.title))).toHaveLength(3);
    expect(four.totalHours).toBeGreaterThan(two.totalHours);
    expect(risks(four)).toMatch(/The site in 4 languages \(R1\)/);
  });

  it('estimates integrations one by one and warns about their terms and rate limits', () => {
    const one = buildPlan(terms([{ text: 'Sync orders with our ERP.', kind: 'integration', category: 'integration' }]), standard);
    const two = buildPlan(terms([{ text: 'Sync orders with our ERP.', kind: 'integration', category: 'integration' }, { text: 'Post new offers to Instagram.', kind: 'integration', category: 'integration' }]), standard);
    expect(tasks(two).filter((t) => /^Integration: /.test(t.title)).map((t) => t.covers)).toEqual([['R1'], ['R2']]);
    expect(two.totalHours - one.totalHours).toBeGreaterThanOrEqual(10);
    expect(risks(two)).toMatch(/Third-party services \(R1, R2\) set terms, rate limits/);
  });

  it('sees a migration from the existing site and a tight deadline in the customer\'s words', () => {
    const plan = buildPlan(terms([{ text: 'A gallery of our work.', kind: 'gallery' }], { assumptions: ['Our current site runs on WordPress.', 'We need it live by the end of March.'] }), standard);
    expect(task(plan, /^Migrate content and data from the existing site/)).toBeDefined();
    expect(risks(plan)).toMatch(/move from the existing site/);
    expect(risks(plan)).toMatch(/The timeline is tight: “We need it live by the end of March”/);
    expect(risks(plan)).toMatch(/not been supplied yet: photos/);
    const withPhotos = buildPlan(terms([{ text: 'A gallery of our work.', kind: 'gallery' }]), { ...standard, documents: [{ name: 'shop.jpg', kind: 'jpeg', text: null }] });
    expect(risks(withPhotos)).not.toMatch(/photos/);
  });

  it('writes the whole plan in the request\'s locale', () => {
    const plan = buildPlan({ ...salon, locale: 'cs' }, standard);
    const text = JSON.stringify(plan);
    expect(plan.milestones[0]?.title).toBe('Analýza');
    expect(task(plan, /^Rezervační systém/)).toBeDefined();
    expect(risks(plan)).toMatch(/Rezervace \(R1\) přinášejí nedostavení se/);
    expect(text).not.toMatch(/Booking back end|Discovery|Risk|no-shows/);
    const ar = buildPlan({ ...salon, locale: 'ar' }, standard);
    expect(ar.milestones.map((m) => m.title)).toContain('الإطلاق');
  });

  it('falls back on the category for terms without need kinds', () => {
    const old: Terms = { title: 'T', summary: '', assumptions: [], requirements: [{ id: 'R1', text: 'Connect to the POS.', category: 'integration', priority: 'must', source: 'brief' }, { id: 'R2', text: 'Show the story of the shop.', category: 'content', priority: 'should', source: 'brief' }] };
    const plan = buildPlan(old, { ...standard, locale: 'en' });
    expect(task(plan, /^Integration: Connect to the POS/)?.covers).toEqual(['R1']);
    expect(task(plan, /^Copywriting/)?.covers).toEqual(['R2']);
  });
});

describe('countLanguages', () => {
  it('reads language names in any locale and inflected forms', () => {
    expect(countLanguages(['Web v češtině, angličtině a němčině.'], 'cs')).toEqual({ total: 3, extra: ['en', 'de'] });
    expect(countLanguages(['Die Seite auf Deutsch und Englisch.'], 'de')).toEqual({ total: 2, extra: ['en'] });
    expect(countLanguages(['الموقع بالعربية والإنجليزية'], 'ar')).toEqual({ total: 2, extra: ['en'] });
    expect(countLanguages(['A multilingual site.'], 'en')).toEqual({ total: 2, extra: [null] });
    expect(countLanguages([], 'en')).toEqual({ total: 1, extra: [] });
  });
});
