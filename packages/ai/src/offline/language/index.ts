import type { Locale } from '@statex/core';
import { ar } from './ar.ts';
import { cs } from './cs.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import type { Lexicon } from './lexicon.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';

export type { Lexicon } from './lexicon.ts';

const LEXICONS: Record<Locale, Lexicon> = { en, de, fr, it, es, nl, cs, pl, ru, ar };

/** The lexicon of a language; anything we do not read gets English. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language as Locale] ?? en;
}
