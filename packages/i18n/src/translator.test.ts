import { describe, expect, it } from 'vitest';
import { resolveLocale, textDirection } from './locales.ts';
import { catalogueProblems, translator, type Catalogue } from './translator.ts';

const sample: Catalogue<'count'> = {
  en: { count: '{n, plural, one {# requirement} other {# requirements}}' },
  de: { count: '{n, plural, one {# Anforderung} other {# Anforderungen}}' },
  fr: { count: '{n, plural, one {# exigence} other {# exigences}}' },
  it: { count: '{n, plural, one {# requisito} other {# requisiti}}' },
  es: { count: '{n, plural, one {# requisito} other {# requisitos}}' },
  nl: { count: '{n, plural, one {# eis} other {# eisen}}' },
  cs: { count: '{n, plural, one {# požadavek} few {# požadavky} other {# požadavků}}' },
  pl: { count: '{n, plural, one {# wymaganie} few {# wymagania} many {# wymagań} other {# wymagania}}' },
  ru: { count: '{n, plural, one {# требование} few {# требования} many {# требований} other {# требования}}' },
  ar: { count: '{n, plural, zero {لا متطلبات} one {متطلب واحد} two {متطلبان} few {# متطلبات} many {# متطلبًا} other {# متطلب}}' },
};

describe('translator', () => {
  it('formats plurals by the locale rules', () => {
    expect(translator(sample, 'cs')('count', { n: 3 })).toBe('3 požadavky');
    expect(translator(sample, 'cs')('count', { n: 5 })).toBe('5 požadavků');
    expect(translator(sample, 'pl')('count', { n: 22 })).toBe('22 wymagania');
    expect(translator(sample, 'en')('count', { n: 1 })).toBe('1 requirement');
  });
  it('falls back to English for an unknown locale and resolves regional tags', () => {
    expect(translator(sample, 'xx')('count', { n: 2 })).toBe('2 requirements');
    expect(resolveLocale('de-AT')).toBe('de');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });
  it('reports missing keys and broken messages', () => {
    expect(catalogueProblems(sample)).toEqual([]);
    const broken = { ...sample, de: { count: '{n, plural, one {' } } as Catalogue<'count'>;
    expect(catalogueProblems(broken)[0]).toMatch(/^de\.count/);
  });
});
