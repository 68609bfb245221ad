import type { Requirement, Terms } from '@statex/core';
import type { TemplateSpec } from '@statex/templates';
import { describe, expect, it } from 'vitest';
import { titleAddedNeeds, topicOf } from './title-added-needs.ts';

const req = (id: string, text: string, source = 'brief'): Requirement => ({ id, text, category: 'content', priority: 'should', source });
const terms = (requirements: Requirement[]): Terms => ({ title: 'T', summary: '', assumptions: [], requirements, locale: 'en' });

describe('topicOf', () => {
  it.each([
    ['The site shall include a page answering frequently asked questions about travel fees.', 'en', 'about travel fees'],
    ['The site shall include a page with job openings at the bakery.', 'en', ': job openings at the bakery'],
    ['Fügen Sie eine Seite über unsere Anfahrtskosten hinzu.', 'de', 'über unsere Anfahrtskosten'],
    ['Přidejte stránku s častými dotazy o cenách ošetření.', 'cs', 'o cenách ošetření'],
    ['Добавьте раздел с вопросами о доставке.', 'ru', 'о доставке'],
    ['Ajoutez une FAQ sur les frais de déplacement.', 'fr', 'sur les frais de déplacement'],
    ['The site shall include an FAQ page.', 'en', null],
  ])('%s (%s) → %s', (text, locale, topic) => {
    expect(topicOf(text, locale)).toBe(topic);
  });
});

describe('titleAddedNeeds', () => {
  const spec: TemplateSpec = {
    version: 1,
    site: { title: 'Lens & Light', tagline: '', locale: 'en', dir: 'ltr', theme: 'light' },
    pages: [
      { slug: 'index', title: 'Lens & Light', description: 'Lens & Light', navLabel: 'Home', covers: ['R1'], sections: [{ id: 'hero', type: 'hero', covers: ['R1'], props: { heading: 'Lens & Light' } }] },
      { slug: 'faq', title: 'FAQ — Lens & Light', description: 'FAQ', navLabel: 'FAQ', covers: ['R2'], sections: [{ id: 'faq', type: 'notice', covers: ['R2'], props: { heading: 'Frequently asked questions' } }] },
    ],
  };
  const before = terms([req('R1', 'A portfolio.')]);

  it('titles the section and the page of an added need with the change\'s own words', () => {
    const after = terms([req('R1', 'A portfolio.'), req('R2', 'The site shall include a page answering frequently asked questions about travel fees.', 'modification')]);
    const titled = titleAddedNeeds(spec, before, after);
    expect(titled.pages[1]).toMatchObject({ title: 'Frequently asked questions about travel fees — Lens & Light', sections: [{ props: { heading: 'Frequently asked questions about travel fees' } }] });
    expect(titled.pages[0]).toEqual(spec.pages[0]);
  });

  it('leaves the spec alone when nothing was added, or the section also shows earlier needs', () => {
    expect(titleAddedNeeds(spec, before, before)).toBe(spec);
    const shared = { ...spec, pages: [spec.pages[0]!, { ...spec.pages[1]!, covers: ['R1', 'R2'], sections: [{ ...spec.pages[1]!.sections[0]!, covers: ['R1', 'R2'] }] }] } as TemplateSpec;
    const after = terms([req('R1', 'A portfolio.'), req('R2', 'An FAQ about travel fees.', 'modification')]);
    expect(titleAddedNeeds(shared, before, after).pages[1]?.sections[0]?.props.heading).toBe('Frequently asked questions');
  });
});
