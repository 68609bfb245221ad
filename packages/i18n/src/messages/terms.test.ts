import { describe, expect, it } from 'vitest';
import { catalogueProblems, translator } from '../translator.ts';
import { termsMessages } from './terms.ts';

describe('terms catalogue', () => {
  it('has every key in every locale, and every message parses', () => {
    expect(catalogueProblems(termsMessages)).toEqual([]);
  });

  it('counts with each language’s plural forms', () => {
    expect(translator(termsMessages, 'cs')('counts', { count: 3, must: 1, should: 1, could: 1 })).toMatch(/^3 požadavky:/);
    expect(translator(termsMessages, 'pl')('counts', { count: 5, must: 5, should: 0, could: 0 })).toMatch(/^5 wymagań:/);
    expect(translator(termsMessages, 'ru')('counts', { count: 21, must: 21, should: 0, could: 0 })).toMatch(/^21 требование:/);
    expect(translator(termsMessages, 'en')('counts', { count: 1, must: 1, should: 0, could: 0 })).toBe('1 requirement: 1 must, 0 should, 0 could.');
  });

  it('writes no English heading for another locale', () => {
    for (const locale of ['de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar']) {
      const t = translator(termsMessages, locale);
      expect(t('heading', { title: 'X' })).not.toMatch(/Terms of reference/);
      expect(t('requirements')).not.toMatch(/\bRequirements\b/);
    }
  });
});
