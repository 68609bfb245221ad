import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-statements.ts';

const texts = (text: string): string[] => splitStatements(text).map((s) => s.text);

describe('splitStatements', () => {
  it('splits paragraphs into sentences and keeps abbreviations whole', () => {
    expect(texts('We are a bakery. We need a menu, e.g. with prices! Can you add a blog?')).toEqual([
      'We are a bakery.',
      'We need a menu, e.g. with prices!',
      'Can you add a blog?',
    ]);
  });

  it('does not end a sentence at a title or an initial', () => {
    expect(texts('Dental practice Dr. Weber in Graz. Ask for J. Smith. We need photos, menus etc. The site should load fast.')).toEqual([
      'Dental practice Dr. Weber in Graz.',
      'Ask for J. Smith.',
      'We need photos, menus etc.',
      'The site should load fast.',
    ]);
  });

  it.each([
    ['cs', 'Zubní ordinace MUDr. Jany Novákové v Olomouci. Objednání online, tj. výběr termínu. Ing. Novák je správce.', ['Zubní ordinace MUDr. Jany Novákové v Olomouci.', 'Objednání online, tj. výběr termínu.', 'Ing. Novák je správce.']],
    ['de', 'Kunden sollen z. B. Termine buchen. Wir bieten Massagen usw. an, bzw. Kurse. Ca. 20 Plätze.', ['Kunden sollen z. B. Termine buchen.', 'Wir bieten Massagen usw. an, bzw. Kurse.', 'Ca. 20 Plätze.']],
    ['ru', 'Нужны услуги, т.е. список. Адрес: ул. Ленина, д. 5. Нужна карта.', ['Нужны услуги, т.е. список.', 'Адрес: ул. Ленина, д. 5.', 'Нужна карта.']],
    ['en', 'Shop on St. Mary Street, i.e. the old town. We need a map.', ['Shop on St. Mary Street, i.e. the old town.', 'We need a map.']],
  ])('%s: titles and abbreviations never end a sentence', (locale, text, expected) => {
    expect(splitStatements(text, locale).map((s) => s.sentence ?? s.text)).toEqual(expected);
  });

  it('ends a sentence before a lower-case start, as customers often write', () => {
    expect(texts('we are Oakfield Vets in Norwich. basically owners need to book online. it would be great if they could pay.')).toEqual([
      'we are Oakfield Vets in Norwich.',
      'basically owners need to book online.',
      'it would be great if they could pay.',
    ]);
  });

  it('joins wrapped lines of a paragraph and of an indented list item', () => {
    expect(texts('We need a booking form\nfor tables.\n\n- A gallery of\n  our dishes\n- FAQ')).toEqual([
      'We need a booking form for tables.',
      'A gallery of our dishes',
      'FAQ',
    ]);
  });

  it('makes each bullet, numbered item, table row and ;-separated part one statement', () => {
    const statements = splitStatements('1. Menu\n2) Booking\n* Contact form\n• Map; opening hours\n\n| Feature | Priority |\n| --- | --- |\n| Blog | low |');
    expect(statements.map((s) => [s.text, s.listItem])).toEqual([
      ['Menu', true],
      ['Booking', true],
      ['Contact form', true],
      ['Map', true],
      ['opening hours', true],
      ['Blog — low', true],
    ]);
    expect(statements.at(-1)?.context).toBe('Feature — Priority');
  });

  it('ignores headings but keeps them, and lead-ins, as the context of what follows', () => {
    const statements = splitStatements('# Requirements\n- Online booking\n\nThe site should include:\n- a gallery\n\nThanks.');
    expect(statements).toEqual([
      { text: 'Online booking', listItem: true, context: 'Requirements', contextIsLeadIn: false },
      { text: 'a gallery', listItem: true, context: 'The site should include', contextIsLeadIn: true },
      { text: 'Thanks.', listItem: false, context: 'Requirements', contextIsLeadIn: false },
    ]);
  });

  it('treats setext and all-caps lines and short lines before a list as headings', () => {
    expect(splitStatements('Pages\n=====\nWe want five pages.').map((s) => s.context)).toEqual(['Pages']);
    expect(splitStatements('FEATURES\nWe want a shop.').map((s) => [s.text, s.context])).toEqual([['We want a shop.', 'FEATURES']]);
    expect(splitStatements('Must have\n- Booking').map((s) => s.context)).toEqual(['Must have']);
  });

  it('splits a lead-in inside a sentence from the list it introduces', () => {
    const statements = splitStatements("Here's what we'd like: a landing page; pricing with three tiers.");
    expect(statements.map((s) => [s.text, s.context, s.listItem])).toEqual([
      ['a landing page', "Here's what we'd like", true],
      ['pricing with three tiers.', "Here's what we'd like", true],
    ]);
    expect(statements[0]?.sentence).toBe("Here's what we'd like: a landing page; pricing with three tiers.");
    // Times and links are not lead-ins.
    expect(texts('We open at 12:00 daily. See https://example.com now.')).toEqual(['We open at 12:00 daily.', 'See https://example.com now.']);
  });

  it('cleans odd whitespace and invisible characters, and returns nothing for empty text', () => {
    expect(texts('\ufeffWe\u00a0need\u200b a\tmenu.\r\nAnd\u2028a map.')).toEqual(['We need a menu.', 'And a map.']);
    expect(splitStatements('   \n\n  ---  \n')).toEqual([]);
  });
});
