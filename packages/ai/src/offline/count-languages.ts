import { resolveLocale } from '@statex/i18n';

/** Languages a customer may name for a multilingual site; names come from `Intl.DisplayNames`, so any locale's spelling is known. */
const CANDIDATES = [
  'en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar', 'pt', 'sk', 'uk', 'hu', 'ro', 'bg', 'hr', 'sr', 'sl', 'el',
  'tr', 'sv', 'da', 'no', 'fi', 'et', 'lv', 'lt', 'he', 'fa', 'hi', 'zh', 'ja', 'ko', 'vi', 'th', 'ca', 'eu', 'ga',
] as const;
const NAME_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar'] as const;

/** Stems of each language's names: "Englisch", "anglais", "angličtina" → "engli", "angla", "angli"; inflected forms still match. */
const STEMS: ReadonlyArray<readonly [string, string[]]> = CANDIDATES.map((code) => {
  const names = new Set<string>();
  for (const locale of [...NAME_LOCALES, code]) {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    if (name && name !== code) names.add(name.toLocaleLowerCase(locale));
  }
  const stems = [...names].map((name) => (/^\p{Script=Arabic}/u.test(name) ? name.replace(/^ال/u, '') : name.slice(0, Math.max(4, name.length - 3))));
  return [code, [...new Set(stems)]] as const;
});

export interface LanguageCount {
  /** Languages the site will be in, the request's own included (at least 2 when any multilingual need exists). */
  total: number;
  /** Languages beyond the request's own, by code; `null` stands for one the customer did not name. */
  extra: Array<string | null>;
}

/** Reads the languages that multilingual needs name; no such need means a one-language site. */
export function countLanguages(texts: readonly string[], locale: string): LanguageCount {
  if (texts.length === 0) return { total: 1, extra: [] };
  const own = resolveLocale(locale);
  const haystack = texts.join(' ').toLocaleLowerCase();
  const named = STEMS.filter(([, stems]) => stems.some((stem) => new RegExp(`(?:^|[^\\p{L}])(?:[وفبل]?ال|[وفبل])?${escape(stem)}`, 'u').test(haystack))).map(([code]) => code as string);
  const extra: Array<string | null> = named.filter((code) => code !== own);
  if (extra.length === 0) extra.push(null);
  return { total: extra.length + 1, extra };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
