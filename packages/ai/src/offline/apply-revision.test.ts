import { diffTerms, type Fact, type Requirement, type Terms } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { reviseTerms } from './apply-revision.ts';

const price = (label: string, value: string): Fact => ({ kind: 'price', label, value, group: 'Plans', source: 'brief' });
const req = (id: string, text: string, kind: Requirement['kind'], extra: Partial<Requirement> = {}): Requirement => ({ id, text, kind, category: 'functional', priority: 'should', source: 'brief', ...extra });

function coffee(locale = 'en'): Terms {
  return {
    title: 'BrewBox',
    summary: 'BrewBox delivers coffee to offices.',
    locale,
    business: { name: 'BrewBox', type: 'saas', tagline: 'Coffee for offices' },
    assumptions: [],
    requirements: [
      req('R1', 'Office managers can sign up their company.', 'signup'),
      req('R2', 'Office managers can choose a subscription plan by team size.', 'pricing'),
      req('R3', 'Office managers can schedule delivery days.', 'booking'),
      req('R4', 'The site shall include a blog with coffee tips.', 'articles', { category: 'content' }),
      req('R5', 'The site shall show our opening hours.', 'contact', { category: 'content' }),
    ],
    facts: [price('Basic', '49 €'), price('Standard', '89 €'), price('Premium', '149 €'), { kind: 'hours', label: 'Mon–Fri', value: '9:00–17:00', source: 'brief' }],
  };
}

describe('reviseTerms', () => {
  it('adds, renames and removes in one change: one requirement each, a renamed plan, stable ids', () => {
    const before = coffee();
    const after = reviseTerms(before, 'Add a page for integrations with Slack and Zapier and rename the middle plan to Growth. Drop the blog.', { locale: 'en' });
    const diff = diffTerms(before, after);
    expect(diff.added).toEqual([expect.objectContaining({ id: 'R6', source: 'modification', kind: 'integration', text: expect.stringMatching(/integrations with Slack and Zapier/) })]);
    expect(diff.removed.map((r) => r.id)).toEqual(['R4']);
    // The rename changes the pricing requirement and the plan itself; it adds nothing.
    expect(diff.changed.map((c) => c.id)).toEqual(['R2']);
    expect(after.requirements.find((r) => r.id === 'R2')?.text).toBe('Office managers can choose a subscription plan by team size. At the customer’s request, “Standard” is now called “Growth”.');
    expect(diff.facts?.renamed).toEqual([{ before: price('Standard', '89 €'), after: price('Growth', '89 €') }]);
    expect(after.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R5', 'R6']);
    expect(after).toMatchObject({ title: 'BrewBox', locale: 'en', business: before.business });
    expect(after.summary).toBe('BrewBox delivers coffee to offices. Revised once at the customer’s request (1 added, 1 changed, 1 removed).');
  });

  it('renames the plan, not the same word in lower case', () => {
    const before: Terms = { ...coffee(), requirements: [req('R1', 'Choose a plan by team size (Starter 49 €, Team 89 €, Office 149 €).', 'pricing')], facts: [price('Starter', '49 €'), price('Team', '89 €'), price('Office', '149 €')] };
    const after = reviseTerms(before, 'Rename the middle plan to Growth.', { locale: 'en' });
    expect(after.requirements[0]?.text).toBe('Choose a plan by team size (Starter 49 €, Growth 89 €, Office 149 €).');
  });

  it('renames a plan named by its label, and rewrites a requirement that names it', () => {
    const before = { ...coffee('de'), requirements: [req('R1', 'Die Website zeigt die Pakete Basic, Standard und Premium.', 'pricing')] };
    const after = reviseTerms(before, 'Benennen Sie das Paket Standard in Wachstum um.', { locale: 'de' });
    expect(after.requirements).toEqual([expect.objectContaining({ id: 'R1', text: 'Die Website zeigt die Pakete Basic, Wachstum und Premium.', source: 'modification' })]);
    expect(after.facts?.map((f) => f.label)).toEqual(['Basic', 'Wachstum', 'Premium', 'Mon–Fri']);
    expect(after.summary).toMatch(/Einmal auf Wunsch des Kunden überarbeitet \(0 hinzugefügt, 1 geändert, 0 entfernt\)\.$/);
  });

  it('takes new opening hours from the change as facts and notes the change on the requirement that shows them', () => {
    const before = coffee();
    const after = reviseTerms(before, 'Change the opening hours to Mon–Sat 8:00–18:00.', { locale: 'en' });
    expect(after.facts?.filter((f) => f.kind === 'hours')).toEqual([expect.objectContaining({ label: expect.stringMatching(/Mon–Sat/), value: expect.stringMatching(/8:00–18:00/) })]);
    const diff = diffTerms(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => c.id)).toEqual(['R5']);
    expect(after.requirements.find((r) => r.id === 'R5')?.text).toMatch(/Changed at the customer’s request: Change the opening hours to Mon–Sat 8:00–18:00\.$/);
  });

  it('removes a plan the customer no longer offers, without touching the pricing need', () => {
    const after = reviseTerms(coffee(), 'Remove the Premium plan.', { locale: 'en' });
    expect(after.facts?.map((f) => f.label)).toEqual(['Basic', 'Standard', 'Mon–Fri']);
    expect(after.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
  });

  it('renames the last plan when a change gives it a new name, and updates a price in place', () => {
    const renamed = reviseTerms(coffee(), 'Change the last plan to Enterprise.', { locale: 'en' });
    expect(renamed.facts?.filter((f) => f.kind === 'price').map((f) => f.label)).toEqual(['Basic', 'Standard', 'Enterprise']);
    const repriced = reviseTerms(coffee('cs'), 'Změňte cenu tarifu Standard na 99 €.', { locale: 'cs' });
    expect(repriced.facts?.find((f) => f.label === 'Standard')?.value).toBe('99 €');
    expect(diffTerms(coffee('cs'), repriced).added).toEqual([]);
  });

  it('adds a new item to the need that shows its like, not as a new requirement', () => {
    const menu: Terms = { ...coffee(), requirements: [...coffee().requirements, req('R6', 'Show the menu.', 'menu')], facts: [...coffee().facts!, { kind: 'product', label: 'Pizza Margherita', value: '9 €', source: 'brief' }] };
    const after = reviseTerms(menu, 'Add a Pizza Diavola for 11 €.', { locale: 'en' });
    expect(after.requirements).toHaveLength(6);
    expect(after.facts).toContainEqual({ kind: 'product', label: 'Pizza Diavola', value: '11 €', source: 'modification' });
    expect(diffTerms(menu, after).changed.map((c) => c.id)).toEqual(['R6']);
  });

  it('finds an item named in another grammatical case', () => {
    const before: Terms = { ...coffee('ru'), requirements: [req('R1', 'Нужен прайс-лист.', 'pricing')], facts: [price('Замена масла', '1500 ₽'), price('Диагностика', '2000 ₽')] };
    const after = reviseTerms(before, 'Переименуйте диагностику в Компьютерная диагностика.', { locale: 'ru' });
    expect(after.facts?.map((f) => f.label)).toEqual(['Замена масла', 'Компьютерная диагностика']);
  });

  it('removes only the named thing from a requirement that states two', () => {
    const before: Terms = { ...coffee(), requirements: [req('R1', 'The site shall include a blog with breathing tips and a newsletter.', 'articles')] };
    const after = reviseTerms(before, 'Remove the newsletter.', { locale: 'en' });
    expect(after.requirements).toEqual([expect.objectContaining({ id: 'R1', text: 'The site shall include a blog with breathing tips.', kind: 'articles' })]);
    const cs: Terms = { ...coffee('cs'), requirements: [req('R1', 'Web obsahuje blog o kávě a newsletter.', 'articles')] };
    expect(reviseTerms(cs, 'Odstraňte newsletter.', { locale: 'cs' }).requirements[0]?.text).toBe('Web obsahuje blog o kávě.');
  });

  it('drops the facts only a removed need showed, so its section leaves the site', () => {
    const after = reviseTerms({ ...coffee(), requirements: coffee().requirements.filter((r) => r.id !== 'R2').concat(req('R6', 'A price list.', 'pricing')) }, 'Remove the price list.', { locale: 'en' });
    expect(after.requirements.map((r) => r.id)).toEqual(['R1', 'R3', 'R4', 'R5']);
    expect(after.facts?.some((f) => f.kind === 'price')).toBe(false);
  });

  it('records a removal that names nothing, in the request\'s locale, instead of guessing', () => {
    const before = coffee('cs');
    const after = reviseTerms(before, 'Odstraňte živý chat.', { locale: 'cs' });
    expect(after.requirements).toEqual(before.requirements);
    expect(after.assumptions.at(-1)).toBe('Požadované odebrání neodpovídá žádnému požadavku: „Odstraňte živý chat“');
  });

  it('changes a restated need instead of adding it again', () => {
    const before = coffee();
    const after = reviseTerms(before, 'Office managers must be able to schedule delivery days.', { locale: 'en' });
    const diff = diffTerms(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => [c.id, c.after.priority])).toEqual([['R3', 'must']]);
  });

  it('replaces a need with another: the old one leaves, the new one gets the next id and its own kind', () => {
    const after = reviseTerms(coffee(), 'Replace the blog with a customer reviews section.', { locale: 'en' });
    expect(after.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R5', 'R6']);
    expect(after.requirements.at(-1)).toMatchObject({ kind: 'reviews', source: 'modification' });
  });

  it('removes in other languages, matching inflected words', () => {
    const blogs = {
      de: ['Die Website bietet einen Blog mit Kaffeetipps.', 'Bitte den Blog entfernen.'],
      cs: ['Web obsahuje blog s tipy o kávě.', 'Odstraňte blog.'],
      pl: ['Strona zawiera bloga z poradami o kawie.', 'Usuńcie bloga.'],
      ru: ['На сайте есть блог с советами о кофе.', 'Уберите блог.'],
      fr: ['Le site propose un blog avec des conseils sur le café.', 'Supprimez le blog.'],
    } as const;
    for (const [locale, [blog, change]] of Object.entries(blogs)) {
      const terms = coffee(locale);
      terms.requirements[3] = { ...terms.requirements[3]!, text: blog };
      const after = reviseTerms(terms, change, { locale });
      expect(after.requirements.map((r) => r.id), locale).toEqual(['R1', 'R2', 'R3', 'R5']);
    }
  });
});
