import { resolveLocale } from '@statex/i18n';
import { createRequire } from 'node:module';
import { CHANGE_LEXICONS } from './change-lexicon.ts';

/** Snowball stemmers per locale; Polish has none, so its words are cut to a common beginning instead. */
const ALGORITHMS: Record<string, string> = { en: 'english', de: 'german', fr: 'french', it: 'italian', es: 'spanish', nl: 'dutch', cs: 'czech', ru: 'russian', ar: 'arabic' };
// The package ships no types; this is the one call used.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(algorithm: string): { stem(word: string): string } };
const stemmers = new Map<string, { stem(word: string): string }>();
const segmenters = new Map<string, Intl.Segmenter>();

/** The Snowball stemmer for a locale, built once; null where Snowball has none (Polish). */
export function stemmer(locale: string): { stem(word: string): string } | null {
  const algorithm = ALGORITHMS[locale];
  if (!algorithm) return null;
  let found = stemmers.get(algorithm);
  if (!found) {
    found = snowball.newStemmer(algorithm);
    stemmers.set(algorithm, found);
  }
  return found;
}

/** Lower case without diacritics (and Arabic hamza seats), so "Öffnungszeiten" and "offnungszeiten" meet. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/[إأآ]/g, 'ا');
}

/** The words of a text that carry meaning, stemmed: what a change and a requirement are compared on. */
export function contentWords(text: string, locale: string): string[] {
  const language = resolveLocale(locale);
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const stop = new Set([...CHANGE_LEXICONS[language].stopwords, ...CHANGE_LEXICONS.en.stopwords].map(fold));
  const stem = stemmer(language);
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = segment.toLowerCase();
    if (stop.has(fold(word)) || (word.length < 3 && !/\p{N}/u.test(word))) continue;
    const stemmed = stem ? stem.stem(word) : word.length > 6 ? word.slice(0, Math.max(5, word.length - 3)) : word;
    words.push(fold(stemmed));
  }
  return [...new Set(words)];
}

/** Share of `wanted` words found in `words` (a word also counts when one is the other's beginning, for compounds and cases). */
export function containment(wanted: readonly string[], words: readonly string[]): number {
  if (wanted.length === 0) return 0;
  const found = wanted.filter((w) => words.some((x) => x === w || (w.length >= 4 && x.length >= 4 && (x.startsWith(w) || w.startsWith(x)))));
  return found.length / wanted.length;
}
