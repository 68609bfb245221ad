import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { LOCALES } from './routing';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = flatten(MESSAGES.en as unknown as Tree);

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, each translated with the same placeholders', (locale) => {
    const messages = flatten(MESSAGES[locale] as unknown as Tree);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), `${locale}:${key}`).not.toBe('');
      expect(placeholders(text), `${locale}:${key}`).toEqual(placeholders(english[key] ?? ''));
    }
  });

  it('translates the page chrome (not English copied over)', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) expect(MESSAGES[locale].Order.submit, locale).not.toBe(MESSAGES.en.Order.submit);
  });

  it('translates the brief interview (panel, clarifying stage, order checkbox), not English copied over', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const { Status, Order } = MESSAGES[locale];
      for (const text of [Status.interview.send, Status.interview.skip, Status.interview.intro, Status.stage.clarifying, Order.interview, Order.interviewHelp]) {
        expect(Object.values(english), locale).not.toContain(text);
      }
    }
    // The checkbox explains the bound: how many questions, and how long before generation goes on.
    expect(MESSAGES.en.Order.interviewHelp).toMatch(/\{max\} questions.*\{minutes\} minutes/);
  });

  it('describes the privacy choices as the consent text recorded does (enhanced keeps more, standard drops file text at publication)', () => {
    const order = MESSAGES.en.Order as unknown as Record<string, string>;
    expect(order.privacyEnhancedHelp).toMatch(/keep your brief and the text of your files until the prototype expires/);
    expect(order.privacyEnhancedHelp).not.toMatch(/removed before processing/);
    expect(order.privacyStandardHelp).toMatch(/deleted as soon as the prototype is published/);
  });
});
