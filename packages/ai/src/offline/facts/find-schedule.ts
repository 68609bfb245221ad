import {
  CLOSED,
  DAILY,
  DAY,
  DAY_FROM,
  DAY_LIST_JOIN,
  DAY_RANGE_JOIN,
  DAY_SHORT_RANGE,
  DEADLINE_WORDS,
  DIGIT,
  MONTH,
  OPEN_WORDS,
  START,
  TIME_RANGE,
  TIME_WITH_MINUTES,
  lexiconRegExp,
} from './fact-lexicon.ts';
import { clauseEnd, clauseStart, trimSeparators, wordCount, type FactLine } from './fact-line.ts';

const D = DIGIT;
const DAYS = `${DAY_FROM}(?:${DAY_SHORT_RANGE}|${DAY}(?:${DAY_RANGE_JOIN}${DAY}|(?:${DAY_LIST_JOIN}${DAY})+)?)`;
// "de martes a sábado, de 9:30 a 20:00", "dalle 9 alle 18": a word for "from" before the times.
const TIME_FROM = '(?i:from|von|ab|de|dès|da|dalle|desde|van|vanaf|od|от|с|من)';
const DAY_SET = `(?:${DAYS}|${DAILY})`;

// "Mo–Fr 8–18 Uhr", "Otevřeno denně 11–23", "Sunday closed", "Tuesday to Sunday 12:00–23:00".
const HOURS = lexiconRegExp(`${START}(?<days>(?:${OPEN_WORDS}\\s*:?\\s*)?${DAY_SET}(?:\\s*(?:,|&|(?i:and|und|et|y|en|a|i|и))\\s*${DAY_SET})*)\\s*[:,]?\\s*(?:${TIME_FROM}\\s+)?(?<times>${TIME_RANGE}|${CLOSED})`, 'gu');
// "Open 9–18", "Opening hours: 9:00–17:00" (no days).
const OPEN_HOURS = lexiconRegExp(`${START}(?<days>${OPEN_WORDS})\\s*:?\\s*(?<times>${TIME_RANGE}|24/7|(?i:non-?stop|24 ?h)(?![\\p{L}]))`, 'gu');
// "Monday 18:00 Yoga", "Pondělí 18:00 Crossfit", "Sat 10:00–11:30 Kids' class".
const SESSION = lexiconRegExp(`${START}(?<day>${DAYS})\\s*[:,]?\\s*(?<time>${TIME_RANGE}|${TIME_WITH_MINUTES})\\s*[-–—:]?\\s*(?<activity>[^,;|]*\\p{L}[^,;|]*)`, 'gu');
// "18:00 Yoga" under a day heading, or after a session on the same line.
const TIME_ACTIVITY = lexiconRegExp(`${START}(?<time>${TIME_RANGE}|${TIME_WITH_MINUTES})\\s*[-–—:]?\\s*(?<activity>[^,;|]*\\p{L}[^,;|]*)`, 'gu');
const TIME_ONLY_RANGE = lexiconRegExp(`${START}(?<times>${TIME_RANGE})`, 'gu');

const DATE = lexiconRegExp(
  `${START}(?<date>(?:${DAY},?\\s+)?(?:` +
    [
      `${D}{1,2}(?:\\.|º|er|st|nd|rd|th)?\\s?(?:(?:de|of)\\s+)?${MONTH}(?:\\s+(?:de\\s+)?${D}{4})?`,
      `${MONTH}\\s+${D}{1,2}(?:st|nd|rd|th)?(?:,?\\s+${D}{4})?`,
      `${D}{1,2}\\.\\s?${D}{1,2}\\.\\s?${D}{4}`,
      `${D}{1,2}/${D}{1,2}/(?:${D}{4}|${D}{2})`,
      `${D}{4}-${D}{2}-${D}{2}`,
    ].join('|') +
    '))(?![\\p{L}\\p{N}])',
  'gu',
);

/** Hours are at most 24 and minutes at most 59: "11–23" is a time range, "800–1500" is not. */
function plausibleTimes(text: string): boolean {
  for (const m of text.matchAll(/(\d{1,2})(?:[:.h](\d{2}))?/gu)) {
    if (Number(m[1]) > 24 || (m[2] !== undefined && Number(m[2]) > 59)) return false;
  }
  return true;
}

const NOT_ACTIVITY = lexiconRegExp(`^(?:(?:${OPEN_WORDS}|${CLOSED})(?![\\p{L}])|${DAY}|(?i:uhr|h|hod|hodin|godz|ч|hrs?|hours?|heures|ore|horas|uur|am|pm|o'clock)(?![\\p{L}]))`, 'u');

/** What happens at a time ("Yoga"), not a time unit, a day or "open" backtracked into. */
function isActivity(text: string): boolean {
  return /^[\p{L}"'„“«]/u.test(text) && !NOT_ACTIVITY.test(text) && wordCount(text) <= 8;
}

/** Opening hours and timetable sessions. */
export function findSchedule(line: FactLine): void {
  const text = line.text;
  for (const match of line.freeMatches(SESSION)) {
    const g = match.groups ?? {};
    if (!plausibleTimes(g.time ?? '')) continue;
    const activity = trimSeparators(g.activity ?? '');
    // "Mo–Fr 8–18 Uhr geöffnet" is hours; an activity is a word that is not a time unit or "open".
    if (!isActivity(activity)) continue;
    const value = `${trimSeparators(g.day ?? '')} ${g.time}`;
    const end = match.index + match[0].length;
    line.add({ kind: 'timetable', label: activity, value }, match.index, end);
    sessionsAfter(line, end, trimSeparators(g.day ?? ''));
  }
  for (const pattern of [HOURS, OPEN_HOURS]) {
    for (const match of line.freeMatches(pattern)) {
      const g = match.groups ?? {};
      if (!plausibleTimes(g.times ?? '')) continue;
      // "Ordinační hodiny: Po–Pá" → "Po–Pá": a label before a colon is the heading, not the days.
      const days = trimSeparators(g.days ?? '');
      const afterColon = trimSeparators(days.slice(days.lastIndexOf(':') + 1));
      line.add({ kind: 'hours', label: afterColon || days, value: (g.times ?? '').trim() }, match.index, match.index + match[0].length);
    }
  }
  const role = line.heading?.role;
  if (line.heading?.day) {
    for (const match of line.freeMatches(TIME_ACTIVITY)) {
      const g = match.groups ?? {};
      const activity = trimSeparators(g.activity ?? '');
      if (!plausibleTimes(g.time ?? '') || !isActivity(activity)) continue;
      line.add({ kind: 'timetable', label: activity, value: (g.time ?? '').trim(), group: line.heading.day }, match.index, match.index + match[0].length);
    }
  } else if (role === 'hours') {
    for (const match of line.freeMatches(TIME_ONLY_RANGE)) {
      const times = match.groups?.times ?? '';
      if (!plausibleTimes(times)) continue;
      const label = trimSeparators(text.slice(clauseStart(text, match.index), match.index)) || (line.heading?.text ?? '');
      line.add({ kind: 'hours', label, value: times.trim() }, match.index, match.index + match[0].length);
    }
  }
}

/** "Monday: 18:00 Yoga, 19:30 Pilates" — further sessions of the same day. */
function sessionsAfter(line: FactLine, from: number, day: string): void {
  const rest = line.text.slice(from);
  const piece = lexiconRegExp(`^\\s*[,;]\\s*(?<time>${TIME_RANGE}|${TIME_WITH_MINUTES})\\s*[-–—:]?\\s*(?<activity>[^,;|]*\\p{L}[^,;|]*)`, 'u');
  let offset = from;
  let match = piece.exec(rest);
  while (match) {
    const activity = trimSeparators(match.groups?.activity ?? '');
    if (!isActivity(activity) || !plausibleTimes(match.groups?.time ?? '')) return;
    line.add({ kind: 'timetable', label: activity, value: `${day} ${match.groups?.time}` }, offset, offset + match[0].length);
    offset += match[0].length;
    match = piece.exec(line.text.slice(offset));
  }
}

/**
 * Dates with what happens on them ("14 June – Flamenco night", "Letní slavnost 12. 6. 2026"). A
 * date in a sentence about the project's timeline ("live by 1 March") is a deadline, not a fact.
 */
export function findDates(line: FactLine): void {
  const text = line.text;
  for (const match of line.freeMatches(DATE)) {
    const date = match.groups?.date ?? '';
    if (!validDate(date)) continue;
    const start = clauseStart(text, match.index);
    const end = clauseEnd(text, match.index + match[0].length);
    const before = text.slice(start, match.index);
    const after = text.slice(match.index + match[0].length, end);
    const events = line.heading?.role === 'events';
    if (!events && (DEADLINE_WORDS.test(before.trim().split(/\s+/u).slice(-3).join(' ')) || wordCount(text) > 16)) continue;
    // What happens is usually after the date ("14 June – Flamenco night"); before it only when nothing follows
    // ("Letní slavnost 12. 6."), and then without a lead-in ("Eventos:").
    const leadless = trimSeparators(before.slice(before.lastIndexOf(':') + 1));
    const label = trimSeparators(after) || leadless;
    if (label === '' || wordCount(label) > 12) continue;
    // "1er septembre.": the sentence's full stop is not the abbreviation dot of a month.
    line.add({ kind: 'date', label, value: date.trim().replace(/(?<=\p{L}{4})\.$/u, '') }, start, end);
  }
}

function validDate(date: string): boolean {
  const numeric = /(\d{1,4})[./-]\s?(\d{1,2})[./-]\s?(\d{2,4})/u.exec(date);
  if (!numeric) return true;
  const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  if (a > 999) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  // d.m.y or m/d/y: one of the first two is a month.
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}
