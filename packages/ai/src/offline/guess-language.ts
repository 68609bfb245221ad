import { franc, francAll } from 'franc-min';

/**
 * The language a text is written in, among the ten we read: `franc-min` (trigram statistics) for
 * text long enough to judge, function words and script for short text.
 */
const FRANC_CODES: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', ita: 'it', spa: 'es', nld: 'nl', ces: 'cs', pol: 'pl', rus: 'ru', arb: 'ar',
};
const FRANC_ONLY = Object.keys(FRANC_CODES);
/** Below this many letters trigram statistics guess; function words decide instead. */
const FRANC_MIN_LETTERS = 40;
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'to', 'of', 'a', 'we', 'our', 'is', 'are', 'for', 'with', 'should', 'want', 'need', 'would', 'be', 'can', 'have', 'it', 'that', 'this', 'i', 'my', 'you', 'will', 'on', 'in'],
  de: ['der', 'die', 'das', 'und', 'wir', 'ist', 'sind', 'mit', 'für', 'ein', 'eine', 'nicht', 'sollen', 'soll', 'möchten', 'unsere', 'unser', 'auf', 'zu', 'ich', 'auch', 'es', 'den', 'dem', 'haben', 'werden', 'können'],
  fr: ['le', 'la', 'les', 'et', 'nous', 'est', 'sont', 'avec', 'pour', 'un', 'une', 'des', 'du', 'de', 'notre', 'nos', 'je', 'vous', 'doit', 'voulons', 'souhaitons', 'aussi', 'dans', 'sur', 'pas'],
  es: ['el', 'la', 'los', 'las', 'y', 'nosotros', 'es', 'son', 'con', 'para', 'un', 'una', 'de', 'del', 'nuestro', 'nuestra', 'que', 'en', 'por', 'queremos', 'necesitamos', 'también'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'e', 'noi', 'è', 'sono', 'con', 'per', 'un', 'una', 'di', 'del', 'nostro', 'nostra', 'che', 'vogliamo', 'anche'],
  nl: ['de', 'het', 'een', 'en', 'wij', 'we', 'is', 'zijn', 'met', 'voor', 'van', 'onze', 'ons', 'ik', 'willen', 'moet', 'ook', 'niet', 'dat'],
  pl: ['i', 'w', 'z', 'na', 'jest', 'są', 'dla', 'nie', 'się', 'że', 'chcemy', 'potrzebujemy', 'nasz', 'nasza', 'oraz', 'do'],
  cs: ['a', 'v', 'je', 'jsou', 'pro', 'na', 'se', 'že', 'chceme', 'potřebujeme', 'náš', 'naše', 'také', 's', 'do'],
};

const SETS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const SAMPLE_CHARS = 4000;

/** `en`, `de`, `fr`, `es`, `it`, `nl`, `pl`, `cs`, `ar`, `ru`, or `unknown`. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'unknown';
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  if (arabic / letters > 0.3) return 'ar';
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic / letters > 0.3) return 'ru';
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) return 'unknown';
  if (letters >= FRANC_MIN_LETTERS) {
    const code = FRANC_CODES[franc(sample, { only: FRANC_ONLY, minLength: 10 })];
    if (code) return code;
  }

  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let best = 'unknown';
  let bestScore = 0;
  for (const [lang, set] of SETS) {
    let score = 0;
    for (const word of words) if (set.has(word)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  // Short lists of nouns ("Online booking", "Contact form") carry no function words.
  if (bestScore === 0) return /^[\x00-\x7f]*$/.test(sample) ? 'en' : 'unknown';
  return best;
}

/**
 * How well a text fits a language we read, relative to the best fit (1 = best), from franc-min's
 * trigram scores; 0 when the text is too short to judge or the language is not among them.
 */
export function languageFit(text: string, language: string): number {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < FRANC_MIN_LETTERS) return 0;
  const code = Object.entries(FRANC_CODES).find(([, short]) => short === language)?.[0];
  if (!code) return 0;
  return francAll(sample, { only: FRANC_ONLY, minLength: 10 }).find(([c]) => c === code)?.[1] ?? 0;
}
