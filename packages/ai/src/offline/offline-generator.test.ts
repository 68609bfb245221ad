import { diffTerms, renderPlanMarkdown, renderTermsDiffMarkdown, renderTermsMarkdown, BRIEF_MAX_CHARS } from '@statex/core';
import { planMessages, revisionMessages, termsMessages, translator } from '@statex/i18n';
import { TemplateSpecSchema, validateSpec } from '@statex/templates';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { createGenerator, OfflineGenerator, type Deliverables, type GeneratorInput } from '../index.ts';
import { restaurantInput } from './restaurant-brief.fixture.ts';
import { brokenHrefs, pagesWithWrongCovers, uncovered } from './spec-checks.fixture.ts';

const generator = new OfflineGenerator();

function expectSoundDeliverables(out: Deliverables): void {
  expect(out.terms.requirements.length).toBeGreaterThan(0);
  expect(Value.Check(TemplateSpecSchema, out.spec)).toBe(true);
  expect(validateSpec(out.spec)).toEqual([]);
  expect(uncovered(out.terms, out.spec)).toEqual([]);
  expect(pagesWithWrongCovers(out.spec)).toEqual([]);
  expect(brokenHrefs(out.spec)).toEqual([]);
  // Every requirement has a work task of its own, besides the kick-off and the acceptance test that cite them all.
  const all = out.terms.requirements.length;
  const tasked = new Set(out.plan.milestones.flatMap((m) => m.tasks.filter((t) => all === 1 || t.covers.length < all).flatMap((t) => t.covers)));
  expect(out.terms.requirements.filter((r) => !tasked.has(r.id))).toEqual([]);
}

describe('OfflineGenerator', () => {
  it('is the generator createGenerator returns, named offline', async () => {
    expect(createGenerator()).toBeInstanceOf(OfflineGenerator);
    expect(generator.name).toBe('offline');
    expect((await generator.generate(restaurantInput())).producedBy).toBe('offline');
  });

  it('turns the restaurant brief and its document into six requirements, the repeat merged', async () => {
    const { terms } = await generator.generate(restaurantInput());
    expect(terms.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    expect(terms.requirements.map((r) => r.source)).toEqual(['brief', 'brief', 'brief', 'brief', 'file:requirements.md', 'file:requirements.md']);
    const [menu, booking, gallery, newsletter, contact, languages] = terms.requirements;
    expect(menu?.text).toMatch(/menu and prices/);
    // The document's "Online table reservation" is the brief's booking need: one requirement, the first wording.
    expect(booking?.text).toBe('Guests can book a table online.');
    expect(terms.requirements.filter((r) => /reserv|book/i.test(r.text))).toHaveLength(1);
    expect(gallery?.text).toMatch(/photo gallery/);
    expect(newsletter).toMatchObject({ priority: 'could' });
    expect(contact?.text).toMatch(/contact form for event and catering enquiries/);
    expect(languages).toMatchObject({ text: 'The site shall be available in German and English.', priority: 'must', category: 'non-functional' });
    expect(terms.title).toBe('Website for Trattoria Sole');
    expect(terms.assumptions).toContain('We have been open since 1998 and our guests love our homemade pasta.');
    expect(terms.assumptions.some((a) => /Hello|regards/i.test(a))).toBe(false);
  });

  it('builds a prototype that cites every requirement and links only to what exists', async () => {
    const out = await generator.generate(restaurantInput());
    expectSoundDeliverables(out);
    const slugs = out.spec.pages.map((p) => p.slug);
    expect(slugs).toEqual(['index', 'menu', 'booking', 'gallery', 'contact']);
    const booking = out.spec.pages.find((p) => p.slug === 'booking')?.sections[0];
    expect(booking?.type).toBe('booking');
    expect(booking?.props).toMatchObject({ mode: 'slot', party: true });
    expect(out.spec.site).toMatchObject({ title: 'Trattoria Sole', locale: 'en', dir: 'ltr', theme: 'light' });
  });

  it('is deterministic: the same input gives identical output', async () => {
    const input = restaurantInput({ documents: [...restaurantInput().documents, { name: 'logo.png', kind: 'png', text: null }] });
    const first = JSON.stringify(await generator.generate(input));
    const second = JSON.stringify(await new OfflineGenerator().generate(structuredClone(input)));
    expect(second).toBe(first);
  });

  it('lists images as reference material and reads no text from them', async () => {
    const out = await generator.generate(restaurantInput({ documents: [{ name: 'storefront.jpeg', kind: 'jpeg', text: null }] }));
    expect(out.terms.assumptions).toContain('Image storefront.jpeg supplied as reference.');
    expect(out.terms.requirements.every((r) => r.source === 'brief')).toBe(true);
  });

  it('keeps a German brief in German and themes it by settings', async () => {
    const out = await generator.generate({
      ...restaurantInput({ documents: [] }),
      brief: 'Wir sind eine kleine Bäckerei in München. Wir brauchen eine Website mit Online-Bestellung. Kunden sollen Termine buchen können. Die Seite muss schnell laden.',
      locale: 'de',
      compliance: 'eu',
    });
    expect(out.terms.requirements.map((r) => r.text)).toEqual([
      'Die Website ist mit Online-Bestellung ausgestattet.',
      'Kunden können Termine buchen.',
      'Die Seite muss schnell laden.',
    ]);
    expect(out.spec.site).toMatchObject({ locale: 'de', theme: 'eu', dir: 'ltr' });
    expect(out.spec.pages.map((p) => p.navLabel)).toContain('Datenschutz');
    expectSoundDeliverables(out);
  });

  it('gives an Arabic brief a right-to-left UAE-themed site', async () => {
    const out = await generator.generate({
      ...restaurantInput({ documents: [] }),
      brief: 'نحن مطعم في دبي. نريد موقعًا لحجز الطاولات. يجب أن يعرض الموقع قائمة الطعام. نحتاج نموذج اتصال.',
      locale: 'ar',
    });
    expect(out.terms.requirements).toHaveLength(3);
    expect(out.spec.site).toMatchObject({ locale: 'ar', dir: 'rtl', theme: 'uae' });
    expect(out.spec.pages.map((p) => p.slug)).toEqual(expect.arrayContaining(['booking', 'menu', 'contact']));
    expectSoundDeliverables(out);
  });

  it('makes the whole brief the one requirement when it states no need', async () => {
    const brief = 'Our yoga studio has been running for ten years and we have a loyal community of students.';
    const out = await generator.generate({ ...restaurantInput({ documents: [] }), brief });
    expect(out.terms.requirements).toEqual([expect.objectContaining({ id: 'R1', text: `${brief}`, category: expect.any(String), priority: 'must', source: 'brief' })]);
    expect(out.spec.site.title).toBe('Yoga studio');
    expectSoundDeliverables(out);
  });

  it('survives a brief in an unexpected script with odd whitespace', async () => {
    const brief = '\u00a0\u00a0我们是一家\u3000茶馆。\r\n\r\n\t需要\u200b一个网站\u2028展示菜单 🍵\ufeff';
    const out = await generator.generate({ ...restaurantInput({ documents: [] }), brief, locale: 'zz-invalid' });
    expect(out.terms.requirements.length).toBeGreaterThanOrEqual(1);
    expect(out.terms.requirements.every((r) => !/[\u200b\ufeff\u00a0\t\r]/.test(r.text))).toBe(true);
    expect(out.spec.site.locale).toBe('en');
    expectSoundDeliverables(out);
  });

  it('handles a brief of the maximum length with long documents', async () => {
    const paragraph = [
      'We are a regional chain of bicycle workshops with twelve locations.',
      'Customers should be able to book a repair appointment online.',
      'The site must show the opening hours of every workshop.',
      'We want a shop for spare parts with online payment.',
      'Our mechanics have decades of experience with e-bikes.',
    ].join(' ');
    const brief = paragraph.repeat(Math.ceil(BRIEF_MAX_CHARS / paragraph.length)).slice(0, BRIEF_MAX_CHARS);
    const lines = Array.from({ length: 4000 }, (_, i) => `- Requirement ${i}: the site should list spare part number ${i} with a photo and a price in euros.`);
    const document = lines.join('\n');
    expect(document.length).toBeGreaterThan(200_000);
    const out = await generator.generate({ ...restaurantInput(), brief, documents: [{ name: 'parts.txt', kind: 'txt', text: document }] });
    // The repeated paragraph collapses into its four needs; the catalogue is capped and said to be.
    expect(out.terms.requirements.slice(0, 4).map((r) => r.source)).toEqual(['brief', 'brief', 'brief', 'brief']);
    expect(out.terms.requirements.length).toBeLessThanOrEqual(300);
    expect(out.terms.assumptions.some((a) => /were not numbered/.test(a))).toBe(true);
    expectSoundDeliverables(out);
  });

  it('passes hostile strings through as text, and the Markdown keeps its structure', async () => {
    const brief = 'We need a page titled <script>alert("x")</script> | with | pipes and **stars** and [a](javascript:alert(1)).\n# Not a heading\nThe site should show `code` & <b>bold</b>.';
    const out = await generator.generate({ ...restaurantInput({ documents: [] }), brief });
    expect(out.terms.requirements.some((r) => r.text.includes('<script>alert("x")</script> | with | pipes'))).toBe(true);
    expectSoundDeliverables(out);
    const markdown = renderTermsMarkdown(out.terms, translator(termsMessages, 'en'));
    const tableRows = markdown.split('\n').filter((line) => line.startsWith('| R'));
    // Five columns: six unescaped pipes per row, whatever the requirement says.
    for (const row of tableRows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(markdown).not.toContain('<script>');
  });

  it('stops when the request is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(generator.generate(restaurantInput(), controller.signal)).rejects.toThrow();
  });
});

describe('OfflineGenerator revision', () => {
  async function revise(change: string, base?: Deliverables): Promise<{ before: Deliverables; after: Deliverables }> {
    const before = base ?? (await generator.generate(restaurantInput()));
    const input: GeneratorInput = { ...restaurantInput(), revision: { change, previous: { terms: before.terms, plan: before.plan, spec: before.spec } } };
    return { before, after: await generator.generate(input) };
  }
  const sections = (out: Deliverables) => out.spec.pages.flatMap((p) => p.sections);
  const nextId = (out: Deliverables, n = 0) => `R${Math.max(...out.terms.requirements.map((r) => Number(r.id.slice(1)))) + 1 + n}`;

  it('appends new needs with the next ids and removes what the change drops, keeping ids stable', async () => {
    const { before, after } = await revise('Please remove the newsletter. We also want an FAQ page about allergies. Customers should be able to leave reviews.');
    const newsletter = before.terms.requirements.find((r) => /newsletter/i.test(r.text))!;
    const [faq, reviews] = [nextId(before), nextId(before, 1)];
    expect(after.terms.requirements.map((r) => r.id)).toEqual([...before.terms.requirements.filter((r) => r !== newsletter).map((r) => r.id), faq, reviews]);
    const added = after.terms.requirements.slice(-2);
    expect(added.map((r) => [r.source, r.kind])).toEqual([['modification', 'faq'], ['modification', 'reviews']]);
    expect(added[0]?.text).toMatch(/FAQ page about allergies/);
    expect(after.spec.site.title).toBe(before.spec.site.title);
    // Version 2 of the site shows the change: an FAQ page, the newsletter gone, every requirement still cited.
    expect(after.spec.pages.map((p) => p.slug)).toContain('faq');
    expect(sections(after).some((s) => s.covers.includes(newsletter.id))).toBe(false);
    expect(sections(after).some((s) => s.covers.includes(faq))).toBe(true);
    expectSoundDeliverables(after);

    const diff = diffTerms(before.terms, after.terms);
    expect(diff.added.map((r) => r.id)).toEqual([faq, reviews]);
    expect(diff.removed.map((r) => r.id)).toEqual([newsletter.id]);
    const markdown = renderTermsDiffMarkdown(diff, translator(revisionMessages, 'en'));
    for (const id of [newsletter.id, faq, reviews]) expect(markdown).toContain(`**${id}**`);
    expect(renderPlanMarkdown(after.plan, { t: translator(planMessages, 'en') })).toContain(reviews);
    // The plan is re-estimated for the new needs.
    expect(after.plan.totalHours).not.toBe(before.plan.totalHours);
  });

  it('renames the middle plan on the site and changes the pricing requirement instead of adding one', async () => {
    const base = await generator.generate({
      ...restaurantInput({ documents: [] }),
      brief: 'BrewBox delivers coffee to offices on a weekly subscription. Office managers choose a subscription plan by team size and schedule delivery days.',
    });
    const facts = [
      { kind: 'price', label: 'Basic', value: '49 €', group: 'Plans', source: 'brief' },
      { kind: 'price', label: 'Standard', value: '89 €', group: 'Plans', source: 'brief' },
      { kind: 'price', label: 'Premium', value: '149 €', group: 'Plans', source: 'brief' },
    ] as const;
    const before = { ...base, terms: { ...base.terms, facts: facts.map((f) => ({ ...f })) } };
    const { after } = await revise('Add a page for integrations with Slack and Zapier and rename the middle plan to Growth.', before);
    const diff = diffTerms(before.terms, after.terms);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatchObject({ kind: 'integration', source: 'modification' });
    expect(diff.changed.map((c) => c.after.kind)).toEqual(['pricing']);
    expect(diff.facts?.renamed.map((r) => [r.before.label, r.after.label])).toEqual([['Standard', 'Growth']]);
    const site = JSON.stringify(after.spec);
    expect(site).toContain('Growth');
    expect(site).not.toContain('"Standard"');
    expect(sections(after).some((s) => s.covers.includes(diff.added[0]!.id))).toBe(true);
    expect(after.spec.site.title).toBe(before.spec.site.title);
    expectSoundDeliverables(after);
  });

  it('understands "without", "replace … with" and a German change, keeping German text', async () => {
    const { before, after: without } = await revise('We would prefer the site without the photo gallery.');
    expect(without.terms.requirements.length).toBe(before.terms.requirements.length - 1);
    expect(without.terms.requirements.some((r) => /gallery/i.test(r.text))).toBe(false);
    const base = await generator.generate({
      ...restaurantInput({ documents: [] }),
      brief: 'Wir brauchen eine Speisekarte. Ein Newsletter wäre schön. Gäste sollen online einen Tisch reservieren können.',
      locale: 'de',
    });
    const { after } = await revise('Bitte den Newsletter entfernen und fügen Sie eine Galerie hinzu.', base);
    expect(after.terms.requirements.map((r) => r.id)).toEqual(['R1', 'R3', 'R4']);
    expect(after.terms.requirements.at(-1)).toMatchObject({ kind: 'gallery', text: 'Die Website bietet eine Galerie.' });
    expect(after.terms.summary).toMatch(/Einmal auf Wunsch des Kunden überarbeitet/);
  });

  it('gives an added page a heading in the change\'s own words', async () => {
    const { before, after } = await revise('Add a page answering frequently asked questions about travel fees.');
    const page = after.spec.pages.find((p) => p.sections.some((s) => s.covers.includes(nextId(before))));
    expect(page?.sections.map((s) => s.props.heading)).toContain('Frequently asked questions about travel fees');
    expectSoundDeliverables(after);
  });

  it('turns a change without any cue into one new requirement', async () => {
    const { before, after } = await revise('Warm colours, lots of terracotta.');
    expect(after.terms.requirements.at(-1)).toMatchObject({ id: nextId(before), source: 'modification' });
    expect(after.terms.requirements.at(-1)?.text).toMatch(/terracotta/);
  });
});
