import { describe, expect, it } from 'vitest';
import { DAY, lexiconRegExp } from './fact-lexicon.ts';

describe('lexiconRegExp', () => {
  it('makes only the (?i:…) parts case-insensitive, and keeps escapes, classes and group syntax intact', () => {
    const pattern = lexiconRegExp('(?<word>(?i:uhr|h\\.?))\\s[A-Z]\\p{Lu}(?<!x)Mo', 'gu');
    expect('UHR AÄMo'.match(pattern)?.[0]).toBe('UHR AÄMo');
    expect('H. BCMo'.match(pattern)?.[0]).toBe('H. BCMo');
    expect('uhr aämo'.match(pattern)).toBeNull();
  });

  it('matches full day names in any case but two-letter abbreviations only capitalised', () => {
    const day = lexiconRegExp(`^${DAY}$`, 'u');
    expect(['Monday', 'MONDAY', 'pondělí', 'Pondělí', 'Mo', 'Po', 'Pá', 'lun.', 'السبت'].every((d) => day.test(d))).toBe(true);
    expect(['mo', 'po', 'so', 'do'].some((d) => day.test(d))).toBe(false);
  });
});
