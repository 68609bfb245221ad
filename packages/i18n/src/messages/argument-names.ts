import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from '../locales.ts';
import type { Catalogue } from '../translator.ts';

function collect(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') into.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) collect(option.value, into);
    if ('children' in element) collect(element.children, into);
  }
  return into;
}

/** The names of the arguments a message uses (`{file}`, `{count, plural, …}` → file, count). */
export function argumentNames(message: string): string[] {
  return [...collect(parse(message, { ignoreTag: true }), new Set())].sort();
}

/**
 * Messages whose arguments differ from the English one's: a translation that drops `{file}` would
 * silently lose the customer's file name, one that adds an argument would print it raw.
 */
export function argumentProblems<K extends string>(catalogue: Catalogue<K>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(catalogue.en) as K[]) {
    const expected = argumentNames(catalogue.en[key]).join(',');
    for (const locale of LOCALES) {
      const actual = argumentNames(catalogue[locale][key]).join(',');
      if (actual !== expected) problems.push(`${locale}.${key}: {${actual}} instead of {${expected}}`);
    }
  }
  return problems;
}
