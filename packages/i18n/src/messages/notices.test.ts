import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { catalogueProblems, translator } from '../translator.ts';
import { argumentProblems } from './argument-names.ts';
import { NOTICE_MESSAGES } from './notices.ts';

describe('notice messages', () => {
  it('carry every key in every locale, parse, and use the English arguments', () => {
    expect(catalogueProblems(NOTICE_MESSAGES)).toEqual([]);
    expect(argumentProblems(NOTICE_MESSAGES)).toEqual([]);
  });
  it('name the customer’s file in every locale', () => {
    for (const locale of LOCALES) {
      const t = translator(NOTICE_MESSAGES, locale);
      expect(t('voiceNotConfigured', { file: 'memo.m4a' })).toContain('memo.m4a');
      expect(t('filePdfPassword', { file: 'ceník.pdf' })).toContain('ceník.pdf');
    }
    expect(translator(NOTICE_MESSAGES, 'de')('fileTruncated', { file: 'a.pdf' })).toBe('Von „a.pdf“ wurde nur der erste Teil verwendet: Das Dokument ist sehr lang.');
  });
});
