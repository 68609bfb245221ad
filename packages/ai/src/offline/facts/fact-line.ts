import type { Fact } from '@statex/core';
import type { HeadingRole } from './fact-lexicon.ts';

/** The heading a line sits under ("Carta", "Packages", "Monday"), and what it lists. */
export interface Heading {
  text: string;
  role: HeadingRole | null;
  /** For a day heading of a timetable: the day as written. */
  day?: string;
}

/** A fact found on a line, before its source is attached. */
export type FoundFact = Omit<Fact, 'source'>;

/**
 * One line of customer text being read. Finders run in a fixed order and claim the characters
 * they used, so a later finder does not read "£1,450" again as a figure or "602 00" as a phone.
 */
export class FactLine {
  readonly text: string;
  readonly heading: Heading | null;
  readonly locale: string;
  readonly previous: string | null;
  readonly facts: FoundFact[] = [];
  private readonly claimed: boolean[];

  constructor(text: string, options: { heading: Heading | null; locale: string; previous: string | null }) {
    this.text = text;
    this.heading = options.heading;
    this.locale = options.locale;
    this.previous = options.previous;
    this.claimed = new Array<boolean>(text.length).fill(false);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(end, this.text.length); i++) this.claimed[i] = true;
  }

  add(fact: FoundFact, start: number, end: number): void {
    this.facts.push(fact);
    this.claim(start, end);
  }

  /** Whether anything on the line was claimed. */
  get hasClaims(): boolean {
    return this.claimed.includes(true);
  }

  /** Every match of a global pattern that lies on unclaimed text. */
  *freeMatches(pattern: RegExp): Generator<RegExpExecArray> {
    pattern.lastIndex = 0;
    for (const match of this.text.matchAll(pattern)) {
      if (match[0] === '') continue;
      if (this.isFree(match.index, match.index + match[0].length)) yield match as RegExpExecArray;
    }
  }
}

/** Separators and spaces around a label or value, as customers type them ("Elopement - £650 - "). */
export function trimSeparators(text: string): string {
  return text.replace(/^[\s\-–—:|.…·•=,;،؛/*_]+/u, '').replace(/[\s\-–—:|…·•=,;،؛/*_(]+$/u, '').replace(/^\((.*)\)$/u, '$1').trim();
}

/** Start of the clause that ends at `index`: after the last ", " "; " ". " " | " or line start. */
export function clauseStart(text: string, index: number, boundaries: RegExp = /(?:,\s|[;،؛]\s?|[.!?]\s+(?=\p{Lu}|\p{Lo})|\s\|\s|[:]\s(?=\p{Lu}))/gu): number {
  let start = 0;
  boundaries.lastIndex = 0;
  for (const match of text.slice(0, index).matchAll(boundaries)) start = match.index + match[0].length;
  return start;
}

/** Clause boundaries within a table row, whose cells (" | ") belong to one item. */
export const ROW_CLAUSE_START = /(?:,\s|[;،؛]\s?|[.!?]\s+(?=\p{Lu}|\p{Lo}))/gu;
export const ROW_CLAUSE_END = /,\s|[;،؛]\s?|[.!?](?:\s|$)/u;

/** End of the clause that starts at `index`: before the next ", " "; " ". " " | " or line end. */
export function clauseEnd(text: string, index: number, boundary: RegExp = /,\s|[;،؛]\s?|[.!?](?:\s|$)|\s\|\s/u): number {
  const rest = text.slice(index);
  const match = boundary.exec(rest);
  return match ? index + match.index : text.length;
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
