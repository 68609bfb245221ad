import type { Fact } from '@statex/core';
import { DAY, DIGIT, MONTH, lexiconRegExp } from './facts/fact-lexicon.ts';
import { FactLine, trimSeparators, wordCount, type Heading } from './facts/fact-line.ts';
import { findAddresses, findEmailsAndLinks, findLabelledPhones, findNationalPhones } from './facts/find-contacts.ts';
import { findFigures } from './facts/find-figures.ts';
import { findHeadingItem, findLists, headingRole } from './facts/find-lists.ts';
import { findPeople } from './facts/find-people.ts';
import { findPrices } from './facts/find-prices.ts';
import { findDates, findSchedule } from './facts/find-schedule.ts';
import { normalizeText } from './normalize-text.ts';

const BULLET = /^(?:[-*+•‣◦▪▫●○■□→>]|\d{1,3}[.)]|[a-z]\)|\(\d{1,3}\)|\([a-z]\))\s+(?:\[[ xX]\]\s+)?/u;
// "12. 6. 2026 Letní slavnost", "3. července – …": a date's day, not a list number.
const DATE_START = lexiconRegExp(`^${DIGIT}{1,2}\\.\\s?(?:${DIGIT}{1,2}\\.|${MONTH})`, 'u');
const MARKDOWN_HEADING = /^#{1,6}\s+/u;
const DAY_ONLY = lexiconRegExp(`^(?<day>${DAY})\\s*:?$`, 'u');
const HAS_DIGIT = new RegExp(DIGIT, 'u');

// Finders in the order they claim text: exact shapes first (e-mail, phone with a label), then
// prices, hours, dates and addresses, then the looser ones (people, lists, national phones, figures).
const FINDERS = [findEmailsAndLinks, findLabelledPhones, findPrices, findSchedule, findDates, findAddresses, findPeople, findLists, findHeadingItem, findNationalPhones, findFigures];

/**
 * Every concrete thing the customer supplied — prices and plans, products and menu items,
 * services, opening hours, timetables, dates, addresses, phones, e-mails, links, team members and
 * figures — from the brief and each file, in the customer's own wording ("6,50 €" stays "6,50 €").
 *
 * How the fields read per kind: price/product/service — `label` the item, `value` its price;
 * hours — `label` the days, `value` the times; timetable — `label` the activity, `value` day and
 * time; date — `label` the event, `value` the date; person — `label` the name, `value` the role;
 * figure — `label` the phrase ("20-minute call"), `value` the number; address/phone/email/link —
 * `label` the detail itself. `group` is the heading the customer listed it under.
 *
 * The same fact given twice (brief and file) is listed once, from where it came first.
 */
export function extractFacts(inputs: { text: string; source: string }[], locale: string): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    for (const fact of factsOf(input.text, input.source, locale)) {
      const key = factKey(fact);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(fact);
    }
  }
  return facts;
}

function factsOf(text: string, source: string, locale: string): Fact[] {
  const prepared = prepareLines(text);
  const lines = prepared.map((l) => l.text);
  const facts: Fact[] = [];
  let heading: Heading | null = null;
  let previous: string | null = null;
  lines.forEach((line, index) => {
    if (line === '') return;
    const next = lines.slice(index + 1).find((l) => l !== '') ?? null;
    const afterBreak = index === 0 || lines[index - 1] === '';
    // A bullet or numbered item is an item of a list, never the heading of one.
    const asHeading = prepared[index]?.item ? null : headingOf(line, next, heading !== null && heading.role !== null && !afterBreak);
    if (asHeading) {
      heading = asHeading;
      previous = line;
      return;
    }
    const factLine = new FactLine(line, { heading, locale, previous });
    for (const find of FINDERS) find(factLine);
    for (const fact of factLine.facts) facts.push({ ...fact, source });
    // A sentence of prose ends the heading's list; short lines and rows stay under it.
    if (!factLine.hasClaims && isProse(line)) heading = null;
    previous = line;
  });
  return facts;
}

/** Lines of the text with bullets, numbering and markdown marks removed (`item` tells which were list items); table cells joined by " | ". */
function prepareLines(text: string): { text: string; item: boolean }[] {
  return normalizeText(text.replace(/\t+/g, ' | '))
    .split('\n')
    .map((line) => {
      let l = line.trim();
      if (/^\|.*\|$/u.test(l)) {
        if (/^\|?[\s:|-]+\|?$/u.test(l)) return { text: '', item: false };
        l = l.slice(1, -1).trim();
      }
      const item = !DATE_START.test(l) && BULLET.test(l);
      const bare = (item ? l.replace(BULLET, '') : l).replace(/\*\*|__/gu, '').replace(/^#{1,6}\s+(.*?)\s*#*$/u, '# $1').trim();
      return { text: bare, item };
    });
}

/**
 * A heading: a markdown heading, a day on its own, or a short line of words followed by a list.
 * Inside a list under a known heading ("Speisekarte"), a short line is an item unless it names a
 * list of its own, ends with a colon or follows a blank line.
 */
function headingOf(line: string, next: string | null, insideList: boolean): Heading | null {
  const markdown = MARKDOWN_HEADING.test(line);
  const text = trimSeparators(line.replace(MARKDOWN_HEADING, ''));
  if (text === '') return null;
  const day = DAY_ONLY.exec(text.replace(/:$/u, ''));
  if (day && next !== null) return { text, role: 'timetable', day: text };
  if (insideList && !markdown && !line.endsWith(':') && headingRole(text) === null) return null;
  const short = wordCount(text) <= 5 && text.length <= 50 && !HAS_DIGIT.test(text) && !/[.!?]$/u.test(line);
  if (!markdown && !(short && next !== null)) {
    // A lead-in ending with a colon ("Our prices:") heads what follows, whatever its length.
    if (!(line.endsWith(':') && wordCount(text) <= 8 && next !== null)) return null;
  }
  if (!markdown && !line.endsWith(':') && next !== null && isProse(next) && headingRole(text) === null) return null;
  return { text, role: headingRole(text) };
}

function isProse(line: string): boolean {
  return wordCount(line) >= 10 || (/[.!?]$/u.test(line) && wordCount(line) >= 6);
}

/** Two facts are the same when their kind, label and value say the same (ignoring case, spacing, punctuation). */
function factKey(fact: Fact): string {
  const norm = (s: string | undefined) => (s ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
  const kind = fact.kind === 'price' || fact.kind === 'product' || fact.kind === 'service' ? 'item' : fact.kind;
  return `${kind}|${norm(fact.label)}|${norm(fact.value)}`;
}
