import { describe, expect, it } from 'vitest';
import { OfflineGenerator } from './offline-generator.ts';
import { splitEnumeration, splitListSentence } from './split-enumeration.ts';
import { splitStatements } from './split-statements.ts';

describe('splitEnumeration', () => {
  it('splits a comma list of three or more things, with or without the Oxford comma', () => {
    expect(splitEnumeration('our menu with prices, online cake orders for pickup, a contact form and opening hours')).toEqual([
      'our menu with prices',
      'online cake orders for pickup',
      'a contact form',
      'opening hours',
    ]);
    expect(splitEnumeration('a gallery, a blog, and black and white photos')).toEqual(['a gallery', 'a blog', 'black and white photos']);
  });

  it('keeps phrases joined by "and" and descriptions made of adjectives whole', () => {
    expect(splitEnumeration('black and white photos')).toBeNull();
    expect(splitEnumeration('a gallery, a blog, black and white photos')).toEqual(['a gallery', 'a blog', 'black and white photos']);
    expect(splitEnumeration('a site that is fast, modern and accessible')).toBeNull();
    expect(splitEnumeration('a site that is fast, modern, and accessible')).toBeNull();
    expect(splitEnumeration('terms and conditions, privacy')).toBeNull();
  });

  it('finds the list after the verb of a sentence', () => {
    expect(splitListSentence('We need a menu with prices, online cake orders, a contact form and a blog.')).toEqual({
      intro: 'We need',
      items: ['a menu with prices', 'online cake orders', 'a contact form', 'a blog.'],
    });
    expect(splitListSentence('We are a family bakery, founded in 1990, with two shops.')).toBeNull();
  });
});

describe('enumerations in the offline tier', () => {
  const generate = (brief: string, documents: { name: string; kind: 'pdf'; text: string }[] = []) =>
    new OfflineGenerator().generate({ requestId: 'r', brief, documents, locale: 'en', compliance: 'standard', privacy: 'standard' });

  it('makes one requirement per listed need after a lead-in', async () => {
    const { terms, spec } = await generate('A website for Sunrise Bakery in Brno: our menu with prices, online cake orders for pickup, a contact form and opening hours.');
    expect(terms.requirements.map((r) => r.text)).toEqual([
      'The site shall include the menu with prices.',
      'The site shall provide online cake orders for pickup.',
      'The site shall include a contact form.',
      'The site shall provide opening hours.',
    ]);
    const cited = new Set(spec.pages.flatMap((p) => p.covers ?? []));
    for (const r of terms.requirements) expect(cited.has(r.id)).toBe(true);
  });

  it('makes one requirement per listed need in a plain sentence and keeps "black and white photos" whole', async () => {
    const { terms } = await generate('We need a menu with prices, online cake orders, a contact form and a blog. We want black and white photos of the bakery.');
    expect(terms.requirements.map((r) => r.text)).toEqual([
      'The site shall include a menu with prices.',
      'The site shall provide online cake orders.',
      'The site shall include a contact form.',
      'The site shall include a blog.',
      'The site shall include black and white photos of the bakery.',
    ]);
  });

  it('reads a short unpunctuated line of a PDF as its own statement, not as the start of the next sentence', async () => {
    expect(splitStatements('Menu and prices\nWe also need an online gallery of our cakes.').map((s) => s.text)).toEqual([
      'Menu and prices',
      'We also need an online gallery of our cakes.',
    ]);
    const { terms } = await generate('A website for our bakery with a contact form and more.', [
      { name: 'menu.pdf', kind: 'pdf', text: 'Menu and prices\nWe also need an online gallery of our cakes.' },
    ]);
    const fromFile = terms.requirements.filter((r) => r.source === 'file:menu.pdf').map((r) => r.text);
    expect(fromFile).toContain('The site shall include an online gallery of the cakes.');
    expect(fromFile.some((t) => t.includes('prices We also'))).toBe(false);
  });
});
