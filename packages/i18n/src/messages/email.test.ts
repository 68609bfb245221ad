import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { catalogueProblems, translator } from '../translator.ts';
import { argumentProblems } from './argument-names.ts';
import { EMAIL_MESSAGES } from './email.ts';

describe('email messages', () => {
  it('carry every key in every locale, parse, and use the English arguments', () => {
    expect(catalogueProblems(EMAIL_MESSAGES)).toEqual([]);
    expect(argumentProblems(EMAIL_MESSAGES)).toEqual([]);
  });
  it('name the business when it is known and read well when it is not', () => {
    const de = translator(EMAIL_MESSAGES, 'de');
    expect(de('publishedSubject', { hasBusiness: 'yes', business: 'BrewBox' })).toBe('Ihr Prototyp für BrewBox ist fertig');
    expect(de('publishedSubject', { hasBusiness: 'no', business: '' })).toBe('Ihr Prototyp ist fertig');
    expect(translator(EMAIL_MESSAGES, 'cs')('publishedIntro', { hasBusiness: 'no', business: '', count: 1 })).toContain('s 1 požadavkem');
    expect(translator(EMAIL_MESSAGES, 'ru')('publishedIntro', { hasBusiness: 'no', business: '', count: 5 })).toContain('5 требований');
  });
  it('is translated, apart from the brand', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const key of Object.keys(EMAIL_MESSAGES.en) as (keyof typeof EMAIL_MESSAGES.en)[]) {
        if (key === 'brand') continue;
        expect(EMAIL_MESSAGES[locale][key], `${locale}.${key}`).not.toBe(EMAIL_MESSAGES.en[key]);
      }
    }
  });
});
