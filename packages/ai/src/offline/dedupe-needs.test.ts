import { describe, expect, it } from 'vitest';
import { containment, dedupeNeeds, needTokens, similarity } from './dedupe-needs.ts';

const need = (text: string, source = 'brief') => ({ text, source });

describe('dedupeNeeds', () => {
  it('merges the same need in other words, keeping the first wording and source', () => {
    const kept = dedupeNeeds([
      need('Guests should be able to book a table online.'),
      need('Show our menu with prices.'),
      need('Online table reservation', 'file:spec.md'),
      need('Menu and prices', 'file:spec.md'),
    ]);
    expect(kept).toEqual([need('Guests should be able to book a table online.'), need('Show our menu with prices.')]);
  });

  it('keeps needs apart that share a word but ask for different things', () => {
    const texts = ['Show the menu.', 'We want to update the menu ourselves.', 'A contact form for event enquiries.', 'A booking form for tables.'];
    expect(dedupeNeeds(texts.map((t) => need(t))).map((n) => n.text)).toEqual(texts);
  });

  it('keeps needs that differ only in their numbers, and drops exact repeats', () => {
    const kept = dedupeNeeds([need('List spare part 12 with a photo.'), need('List spare part 13 with a photo.'), need('list spare part 12 with a photo')]);
    expect(kept.map((n) => n.text)).toEqual(['List spare part 12 with a photo.', 'List spare part 13 with a photo.']);
  });

  it('keeps needs it has no words for (other scripts, only stop words)', () => {
    const kept = dedupeNeeds([need('我们需要一个网站'), need('We want it.'), need('我们需要一个网站。')]);
    expect(kept.map((n) => n.text)).toEqual(['我们需要一个网站', 'We want it.']);
  });
});

describe('needTokens, similarity, containment', () => {
  it('folds stems and synonyms, drops boilerplate', () => {
    expect([...needTokens('The site shall allow guests to make reservations')]).toEqual(['book']);
    expect([...needTokens('Photos and pictures of prices')]).toEqual(['photo', 'pric']);
  });

  it('measures overlap', () => {
    const a = needTokens('newsletter signup');
    const b = needTokens('The site shall provide a newsletter signup form');
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, needTokens('gallery'))).toBe(0);
    expect(containment(needTokens('the newsletter'), b)).toBe(1);
  });
});
