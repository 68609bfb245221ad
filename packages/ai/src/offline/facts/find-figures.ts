import nlp from 'compromise';
import { DAY, DIGIT, DURATION_STEMS, FIGURE_QUANTIFIER, FIGURE_STOP_WORDS, MONTH, TIMELINE_BEFORE, lexiconRegExp } from './fact-lexicon.ts';
import type { FactLine } from './fact-line.ts';

const D = DIGIT;
// "20-minute call", "4 rooms", "over 300 weddings", "15 % off", "12 trenérů".
const FIGURE = lexiconRegExp(
  `(?:(?<quantifier>${FIGURE_QUANTIFIER})\\s+)?(?<![\\p{L}\\p{N}.,/:°'’+#-])(?<number>${D}+(?:[.,]${D}+)?)(?<plus>\\+)?(?:-(?<compound>[\\p{L}]+)(?:\\s+(?<compoundNoun>[\\p{L}][\\p{L}'’-]*))?|\\s?(?<percent>%)(?:\\s+(?<percentNoun>[\\p{L}][\\p{L}'’-]*))?|\\s(?<noun>[\\p{L}][\\p{L}'’-]*))`,
  'gu',
);
/**
 * Whether "happy couples" after a number is one phrase: English only, where compromise tells an
 * adjective from a noun ("5 photographers covers" is a noun and a verb). Elsewhere one word is kept.
 */
function adjectiveThenNoun(text: string, first: string, second: string): boolean {
  if (FIGURE_STOP_WORDS.has(second.toLowerCase()) || !/^[a-z][a-z'-]*$/u.test(second) || !/^[A-Za-z][a-z'-]*$/u.test(first)) return false;
  const terms = nlp(text).terms().json() as { text: string; terms: { text: string; tags: string[] }[] }[];
  const tags = (word: string) => terms.flatMap((t) => t.terms).find((t) => t.text === word)?.tags ?? [];
  return tags(first).includes('Adjective') && tags(second).includes('Noun');
}

const NOT_A_NOUN = lexiconRegExp(`^(?:${DAY}|${MONTH})$`, 'u');
// Nouns about the website itself ("3 pages", "2 languages"): a need's size, not the business's figure.
const SITE_WORDS = /^(?:star|stern|étoile|stell|estrell|ster|hvězd|gwiazd|звезд|نجم|نجوم|page|seite|pagin|stránk|stron|страниц|صفح|language|sprach|langue|lingu|idiom|jazyk|język|язык|لغ|section|sekc|abschnitt|click|klick|version|versi|вер|step|schritt|étape|fase|phase|krok|шаг|option|opc|optio|variant)/iu;

/**
 * Figures worth showing: a number and the thing it counts, on text no other finder claimed. Years
 * ("since 1998"), list numbers, the project's own timeline ("in 2 weeks") and site sizes are not.
 */
export function findFigures(line: FactLine): void {
  for (const match of line.freeMatches(FIGURE)) {
    const g = match.groups ?? {};
    const number = g.number ?? '';
    const noun = g.compound ?? g.percentNoun ?? g.noun ?? (g.percent ? '' : undefined);
    if (noun === undefined) continue;
    // "since 1998" is a year; "over 2000 bikes" is a count.
    if (/^(?:1[89]|20)\d\d$/u.test(number) && !g.quantifier) continue;
    if (noun !== '' && (FIGURE_STOP_WORDS.has(noun.toLowerCase()) || (noun.length < 3 && !/\p{Script=Arabic}/u.test(noun)) || NOT_A_NOUN.test(noun) || SITE_WORDS.test(noun))) continue;
    const before = line.text.slice(0, match.index);
    // "24 hours a day", "in 4 weeks", "under 2 seconds": durations are the project's or a need's, not a figure
    // to show; "a 20-minute call" (a compound) is the business's own offer.
    if (DURATION_STEMS.test(noun) && !g.compound) continue;
    if (TIMELINE_BEFORE.test(before) && !g.compound && !g.quantifier) continue;
    let end = match.index + match[0].length;
    if (g.compound && g.compoundNoun && (FIGURE_STOP_WORDS.has(g.compoundNoun.toLowerCase()) || g.compoundNoun.length < 3)) {
      end -= match[0].length - match[0].indexOf(g.compound) - g.compound.length;
    }
    // "over 300 happy couples": a second word belongs to the figure when the phrase runs on without punctuation.
    const next = /^ ([\p{Ll}][\p{L}'’-]{2,})(?=$|[\s.,;:!?)])/u.exec(line.text.slice(end));
    if (next && !g.percent && !g.compound && line.isFree(end, end + next[0].length) && adjectiveThenNoun(line.text, noun, next[1] as string)) end += next[0].length;
    const label = line.text.slice(match.index, end).trim();
    line.add({ kind: 'figure', label, value: `${number}${g.plus ?? ''}${g.percent ?? ''}` }, match.index, end);
  }
}
