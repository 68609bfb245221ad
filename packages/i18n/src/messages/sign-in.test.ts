import { describe, expect, it } from 'vitest';
import { catalogueProblems, translator } from '../translator.ts';
import { signInMessages } from './sign-in.ts';

describe('sign-in email messages', () => {
  it('are complete in every locale', () => {
    expect(catalogueProblems(signInMessages)).toEqual([]);
  });
  it('carry the link in every locale', () => {
    for (const locale of Object.keys(signInMessages)) {
      expect(translator(signInMessages, locale)('body', { url: 'https://x.example/l', expires: 'soon' })).toContain('https://x.example/l');
    }
  });
});
