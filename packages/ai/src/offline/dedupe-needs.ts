/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

/**
 * The same need is often stated twice: in the brief and again in an attached document, in other
 * words. Needs are compared on their meaningful words (stop words and requirement boilerplate
 * removed, crude stemming, a few synonyms folded), and a need similar enough to an earlier one is
 * dropped: the first wording and its source are kept.
 */

const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto about as is are was were be been being am do does did ' +
    'have has had having it its it\'s this that these those there here then than so such very too also just only even ' +
    'i me my we us our ours ourselves you your they them their he she his her one some any all each every both other ' +
    'can could should would must shall will may might need needs needed want wants wanted like please ' +
    'able allow allows let lets provide provides include includes offer offers show shows display displays list lists ' +
    'support supports enable enables add get make give see use have feature features contain contains present ' +
    'site website web page homepage system platform app shall also really well way nice good great ' +
    'customer customers client clients user users visitor visitors guest guests people someone everyone business ' +
    'der die das den dem des und oder ein eine einen einem einer mit für von zu auf ist sind wir unsere unser ich sie es soll sollen sollte möchten wollen brauchen website seite bitte auch noch ' +
    'le la les et ou un une des du de avec pour nous notre nos est sont site merci ' +
    'il lo gli di del della per con noi nostro nostra het een en van voor ons onze ' +
    'el los las y o uno una con para nosotros nuestro nuestra es son sitio web por favor ' +
    'a i v ve s se na pro do z ze že je jsou chceme potřebujeme web stránky naše náš také ' +
    'w we z ze na do dla że jest są chcemy potrzebujemy strona strony nasz nasza też oraz ' +
    'и в во на с со для что это мы наш наша нам нужен нужна нужно хотим сайт также ' +
    'و في من على إلى مع نحتاج نريد الموقع'
  ).split(/\s+/),
);

const SNOWBALL: Record<string, string> = {
  en: 'english', de: 'german', fr: 'french', it: 'italian', es: 'spanish', nl: 'dutch', cs: 'czech', ru: 'russian', ar: 'arabic',
};
const stemmers = new Map<string, { stem(word: string): string }>();

/** A Snowball stemmer for the language, where Snowball has one (Polish has none: the crude stemmer serves). */
function stemmerFor(language: string | undefined): { stem(word: string): string } | null {
  const algorithm = language ? SNOWBALL[language] : undefined;
  if (!algorithm) return null;
  let stemmer = stemmers.get(algorithm);
  if (!stemmer) {
    stemmer = snowball.newStemmer(algorithm) as { stem(word: string): string };
    stemmers.set(algorithm, stemmer);
  }
  return stemmer;
}

// Folded after stemming so "reservation" and "booking" meet.
const SYNONYMS: Record<string, string> = {
  reserv: 'book', reservat: 'book', reservation: 'book', booking: 'book', appointment: 'book',
  pictur: 'photo', imag: 'photo', pic: 'photo', pics: 'photo', fotos: 'photo', foto: 'photo',
  store: 'shop', webshop: 'shop', ecommerce: 'shop', 'e-commerce': 'shop',
  'e-mail': 'email', mail: 'email', inquir: 'enquir', inquiry: 'enquiry',
  cost: 'pric', tarif: 'pric', rate: 'pric', fee: 'pric',
  feedback: 'review', testimonial: 'review', rating: 'review',
  questions: 'faq', question: 'faq',
  signup: 'subscrib', 'sign-up': 'subscrib', subscription: 'subscrib',
  telephone: 'phone', mobil: 'phone',
  languag: 'language', multilingual: 'language', bilingual: 'language', translat: 'language', translation: 'language',
};

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ations')) w = w.slice(0, -6);
  else if (w.length > 5 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ings')) w = w.slice(0, -4);
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? SYNONYMS[word] ?? w;
}

/**
 * The meaningful, stemmed words of a need, as a set. With a language, words are stemmed by that
 * language's Snowball stemmer (then folded to the same synonyms); without, by a crude English one.
 */
export function needTokens(text: string, language?: string): Set<string> {
  const tokens = new Set<string>();
  const stemmer = language === 'en' ? null : stemmerFor(language);
  const lower = text.toLowerCase();
  const words = (stemmer ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '')).match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stemmer ? stemmer.stem(word) : stem(word);
    if ((stemmed.length > 1 || /^\d$/.test(stemmed)) && !STOP_WORDS.has(stemmed)) tokens.add(stemmed);
  }
  return tokens;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const token of small) if (large.has(token)) count++;
  return count;
}

/** Dice coefficient of two token sets: 1 when equal, 0 when disjoint. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * shared(a, b)) / (a.size + b.size);
}

/** Share of `part`'s tokens found in `whole`: how well "remove the gallery" names a requirement. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  return shared(part, whole) / part.size;
}

export const DUPLICATE_THRESHOLD = 0.7;

function normalizedKey(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Dice ≥ 0.7 is Jaccard ≥ 0.7 / 1.3 ≈ 0.538; a slightly lower bound only lengthens the prefixes.
const JACCARD_BOUND = 0.53;

/** "Spare part 12" and "spare part 13" are different needs, however alike their words. */
function numberSignature(tokens: ReadonlySet<string>): string {
  return [...tokens].filter((t) => /^\d+$/.test(t)).sort().join(' ');
}

/**
 * Keeps the first of each group of similar needs, in order. Only needs with the same numbers (or
 * none) are compared, and candidates come from a prefix filter: with tokens ordered rarest first,
 * two sets this similar must share one of their first few tokens, so long documents do not cost a
 * comparison of every pair.
 */
export function dedupeNeeds<T extends { text: string }>(needs: readonly T[], tokensOf: (need: T) => ReadonlySet<string> = (n) => needTokens(n.text)): T[] {
  const sets = needs.map((need) => tokensOf(need));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (a: string, b: string): number => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const prefixOf = (set: ReadonlySet<string>): string[] => {
    const sorted = [...set].sort(rarestFirst);
    return sorted.slice(0, Math.max(1, sorted.length - Math.ceil(JACCARD_BOUND * sorted.length) + 1));
  };

  const kept: T[] = [];
  const keptSets: ReadonlySet<string>[] = [];
  const keys = new Set<string>();
  // Per number signature: kept needs by the tokens of their prefix.
  const indexes = new Map<string, Map<string, number[]>>();
  const seenBy = new Int32Array(needs.length).fill(-1);

  needs.forEach((need, query) => {
    const key = normalizedKey(need.text);
    if (keys.has(key)) return;
    const tokens = sets[query] ?? new Set<string>();
    const signature = numberSignature(tokens);
    const prefix = tokens.size > 0 ? prefixOf(tokens) : [];
    if (tokens.size > 0) {
      const searched = signature === '' ? [...indexes.values()] : [indexes.get(signature), indexes.get('')];
      for (const index of searched) {
        if (!index) continue;
        for (const token of prefix) {
          for (const position of index.get(token) ?? []) {
            if (seenBy[position] === query) continue;
            seenBy[position] = query;
            const other = keptSets[position];
            if (other && similarity(tokens, other) >= DUPLICATE_THRESHOLD) return;
          }
        }
      }
    }
    const position = kept.length;
    kept.push(need);
    keptSets.push(tokens);
    keys.add(key);
    let index = indexes.get(signature);
    if (!index) indexes.set(signature, (index = new Map()));
    for (const token of prefix) {
      const list = index.get(token);
      if (list) list.push(position);
      else index.set(token, [position]);
    }
  });
  return kept;
}
