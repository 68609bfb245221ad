import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { LOCALES, resolveLocale, type Locale } from './locales.ts';

/**
 * A catalogue is one domain's messages (terms, site, email…) in every locale, written as ICU
 * MessageFormat (`{count, plural, one {# requirement} other {# requirements}}`). English is the
 * reference: every other locale must carry exactly its keys (a test checks each catalogue).
 */
export type Catalogue<K extends string> = Record<Locale, Record<K, string>>;

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator<K extends string> {
  readonly locale: Locale;
  (key: K, values?: MessageValues): string;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, source: string, values?: MessageValues): string {
  const id = `${locale}\u0000${source}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  return String(message.format(values));
}

/** A translator for one locale over one catalogue; unknown locales get English. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: string): Translator<K> {
  const resolved = resolveLocale(locale);
  const messages = catalogue[resolved];
  const t = ((key: K, values?: MessageValues) => format(resolved, messages[key] ?? catalogue.en[key], values)) as Translator<K>;
  Object.defineProperty(t, 'locale', { value: resolved });
  return t;
}

/** Problems with a catalogue: a locale missing a key, carrying an extra one, or a message that does not parse. */
export function catalogueProblems<K extends string>(catalogue: Catalogue<K>): string[] {
  const problems: string[] = [];
  const keys = Object.keys(catalogue.en) as K[];
  for (const locale of LOCALES) {
    const messages = catalogue[locale] as Record<string, string> | undefined;
    if (!messages) {
      problems.push(`${locale}: missing`);
      continue;
    }
    for (const key of keys) {
      const source = messages[key];
      if (typeof source !== 'string' || source.trim() === '') problems.push(`${locale}.${key}: missing`);
      else {
        try {
          new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
        } catch (error) {
          problems.push(`${locale}.${key}: ${(error as Error).message}`);
        }
      }
    }
    for (const key of Object.keys(messages)) if (!keys.includes(key as K)) problems.push(`${locale}.${key}: not in English`);
  }
  return problems;
}
