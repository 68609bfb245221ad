import type { Locale } from '@statex/core';

/**
 * What the offline tier needs to know about one language to read a brief written in it: the words
 * that state a want, the people a site serves, how a list is joined, what denies a need or
 * describes the business, and how to phrase a requirement. Phrases are matched as whole words,
 * case-insensitively; a trailing `*` matches any ending (`patient*` → patients, patienten).
 */
export interface Lexicon {
  locale: Locale;
  /** Verbs (with their subject where the language has one) that introduce what is wanted: "we need", "chceme". */
  wants: readonly string[];
  /** Openers of a wish as a condition ("it would be great if", "es wäre schön, wenn"): what follows is a could-have. */
  conditionals: readonly string[];
  /** Words joining a denied and a wanted thing ("no blog, but a form"). */
  contrasts: readonly string[];
  /** Modal verbs after an actor or the site ("should be able to", "sollen", "by měli mít možnost"). Longest first is not required. */
  modals: readonly string[];
  /** "Be able to" forms dropped from an action ("können" at the end of a German clause, "kunnen" in Dutch). */
  ableTo: readonly string[];
  /** People a site serves or is run by: the subject of an actor–action need. Stems end with `*`. */
  actors: readonly string[];
  /** Words for the website or app itself, so "a website with …" and "the site must …" are read as such. */
  siteNouns: readonly string[];
  /** "with", "including": after a site noun, what follows is a list of things the site has. */
  withWords: readonly string[];
  /** "where", "on which": after a site noun, what follows is what people do on it. */
  relatives: readonly string[];
  /** Words joining the last item of a list. */
  conjunctions: readonly string[];
  /** Words that start a clause belonging to the previous item ("…, so that …", "…, который …"). */
  subordinators: readonly string[];
  /** Articles and determiners: two noun phrases joined by "and", each with one, are two things. */
  determiners: readonly string[];
  /** Adverbs carried by a want or an action that say nothing about it ("also", "auch", "také"). */
  fillers: readonly string[];
  /** The statement denies a need ("we don't need a blog", "Keinen Online-Shop"). */
  negation: RegExp;
  /** The statement describes the business or its past rather than asking ("since 1998", "our current site"). */
  selfDescription: RegExp;
  /** Verbs that, after an actor, describe feelings or history rather than what people do on the site. */
  stativeVerbs: readonly string[];
  /** Names of languages; a list of them is one need (the site's languages), not several. */
  languageNames: readonly string[];
  /** Whether a wanted thing after "with" is in a case of its own (German dative, Slavic instrumental): then the customer's own wording is kept. */
  withCase: boolean;
  /** How a thing wanted "with" the site reads when its case must be kept (German "mit" + dative); absent: the customer's own words. */
  withTemplate?(item: string): string;
  /** How an actor–action need reads: "Patients can book an appointment." */
  actorCan(actor: string, action: string): string;
  /** How a wanted thing reads as a requirement: "The site offers a team page." `intro` is the customer's want phrase. */
  siteOffers(item: string, intro: string): string;
  /** How a wanted action of the business reads ("Queremos vender nuestras piezas" → "La web permite vender nuestras piezas"). */
  siteLets(action: string): string;
  /** A plausible infinitive or verb-first action (used to decide whether "X and Y" are two actions). */
  looksLikeAction(phrase: string): boolean;
}

export function upperFirstWord(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}

export function lowerFirstWord(text: string): string {
  // Proper nouns and acronyms ("VAT", "Instagram") keep their case; an ordinary capitalised word does not.
  const [first = ''] = text.split(/\s+/);
  if (first.length > 1 && first === first.toUpperCase()) return text;
  const ch = text.charAt(0);
  return ch.toLowerCase() + text.slice(1);
}
