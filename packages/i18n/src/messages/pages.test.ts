import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { catalogueProblems, translator } from '../translator.ts';
import { argumentProblems } from './argument-names.ts';
import { PAGE_MESSAGES } from './pages.ts';

describe('page messages', () => {
  it('carry every key in every locale, parse, and take no arguments', () => {
    expect(catalogueProblems(PAGE_MESSAGES)).toEqual([]);
    expect(argumentProblems(PAGE_MESSAGES)).toEqual([]);
  });
  it('are translated, not copied from English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const key of Object.keys(PAGE_MESSAGES.en) as (keyof typeof PAGE_MESSAGES.en)[]) {
        expect(translator(PAGE_MESSAGES, locale)(key), `${locale}.${key}`).not.toBe(PAGE_MESSAGES.en[key]);
      }
    }
  });
});
