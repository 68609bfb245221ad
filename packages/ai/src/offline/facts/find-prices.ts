import type { FactKind } from '@statex/core';
import { AMOUNT, BUDGET_WORDS, LIMIT_BEFORE, SITE_WORD, escapeRegExp, CURRENCY_AFTER, CURRENCY_BEFORE, LIST_CONJUNCTIONS, PER_UNIT, PRICE_PREFIX, START, lexiconRegExp } from './fact-lexicon.ts';
import { clauseEnd, clauseStart, ROW_CLAUSE_END, ROW_CLAUSE_START, trimSeparators, wordCount, type FactLine } from './fact-line.ts';

// "800 / 1500 / 4500 Kč": several amounts sharing one currency.
const AMOUNT_LIST = `(?:${AMOUNT})(?:\\s?/\\s?(?:${CURRENCY_BEFORE}\\s?)?(?:${AMOUNT}))*`;
const MONEY = lexiconRegExp(
  `${START}(?:(?<prefix>${PRICE_PREFIX})\\s+)?(?:(?<before>${CURRENCY_BEFORE})\\s?(?<amountsB>${AMOUNT_LIST})|(?<amountsA>${AMOUNT_LIST})\\s?(?<after>${CURRENCY_AFTER}))(?<per>${PER_UNIT})?`,
  'gu',
);

// Verbs and prepositions between a label and its price ("The day pass costs 25 €"): not part of the label.
const LABEL_TAIL = /(?:\s+(?:costs?|is|are|at|for|kostet|kosten|ist|für|zu|coûte|coûtent|est|à|pour|costa|costano|è|a|per|cuesta|cuestan|es|por|kost|kosten|is|voor|stojí|stojí|za|je|kosztuje|kosztują|jest|стоит|стоят|за|—|يكلف|بسعر|ب))+\s*$/iu;

interface Money {
  start: number;
  end: number;
  values: string[];
}

/** Each amount with the currency (and prefix and unit) written around it, as the customer wrote it. */
function moneyOf(match: RegExpExecArray): Money {
  const g = match.groups ?? {};
  const prefix = g.prefix ? `${g.prefix} ` : '';
  const per = g.per ?? '';
  const amounts = (g.amountsB ?? g.amountsA ?? '').split(/\s?\/\s?/u);
  const separator = match[0].includes(`${g.before ?? ''} `) && g.before ? ' ' : '';
  const afterSeparator = g.after && lexiconRegExp(`\\s${g.after.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}`, 'u').test(match[0]) ? ' ' : '';
  const values =
    amounts.length === 1
      ? [match[0].trim()]
      : amounts.map((amount) => {
          const bare = amount.replace(lexiconRegExp(`^${CURRENCY_BEFORE}\\s?`, 'u'), '');
          return g.before ? `${prefix}${g.before}${separator}${bare}${per}` : `${prefix}${bare}${afterSeparator}${g.after}${per}`;
        });
  return { start: match.index, end: match.index + match[0].length, values };
}

/** Splits "Basic, Standard a Premium" or "Basic / Standard / Premium" into names. */
function listNames(text: string, locale: string): string[] {
  const cleaned = trimSeparators(text);
  if (cleaned.includes('/')) return cleaned.split(/\s*\/\s*/u).map(trimSeparators).filter(Boolean);
  const conjunctions = [...new Set([...(LIST_CONJUNCTIONS[locale] ?? []), ...(LIST_CONJUNCTIONS.en ?? [])])].map(escapeRegExp);
  return cleaned
    .split(lexiconRegExp(`\\s*[,،]\\s+|\\s*[;؛]\\s*|\\s+(?:${conjunctions.join('|')})\\s+`, 'u'))
    .map(trimSeparators)
    .filter(Boolean);
}

/** Names for `count` amounts, from the label, the text after, or the line before (a header row). */
function namesFor(count: number, label: string, detail: string, previous: string | null, locale: string): string[] | null {
  for (const candidate of [label, detail.replace(/^\((.*)\)$/u, '$1'), previous ?? '']) {
    if (candidate === '') continue;
    const names = listNames(candidate, locale);
    if (names.length < count) continue;
    const chosen = names.slice(-count);
    // "Tarify Basic, Standard a Premium": the first name is as long as the others, the rest is a lead-in.
    const longest = Math.max(...chosen.slice(1).map(wordCount));
    const firstWords = (chosen[0] as string).split(/\s+/u);
    if (firstWords.length > longest) chosen[0] = firstWords.slice(-longest).join(' ');
    if (chosen.every((name) => wordCount(name) <= 4)) return chosen;
  }
  return null;
}

function cleanLabel(raw: string): { label: string; group?: string } {
  // "a pricing page (Starter $29/month": an unclosed bracket opens the list the price belongs to.
  const open = raw.lastIndexOf('(');
  let text = trimSeparators(open >= 0 && !raw.slice(open).includes(')') ? raw.slice(open + 1) : raw);
  let group: string | undefined;
  const colon = text.lastIndexOf(': ');
  if (colon > 0) {
    const before = trimSeparators(text.slice(0, colon));
    const after = trimSeparators(text.slice(colon + 1));
    if (after !== '') {
      if (wordCount(before) <= 4) group = before;
      text = after;
    } else text = before;
  }
  text = trimSeparators(text.replace(LABEL_TAIL, ''));
  // Prose before a price ("For a wedding we usually charge"): keep the last few words, the customer's own.
  const words = text.split(/\s+/u);
  if (words.length > 8) text = words.slice(-6).join(' ');
  return group ? { label: text, group } : { label: text };
}

/**
 * Prices, with their label and detail from the same clause: "Elopement - £650 - 2 hours",
 * "Hot desk 15 EUR a day, fixed desk 220 EUR a month", "ab 49 €", "Basic / Standard: 800 / 1500 Kč".
 * A price under a menu or product heading is a product; a project budget is not a fact.
 */
export function findPrices(line: FactLine): void {
  const text = line.text;
  const found = [...line.freeMatches(MONEY)].map(moneyOf);
  found.forEach((money, index) => {
    const previousEnd = index > 0 ? (found[index - 1] as Money).end : 0;
    const next = found[index + 1];
    const multi = money.values.length > 1;
    // A list of amounts takes its names from the whole sentence before it, commas included.
    const start = Math.max(previousEnd, multi ? clauseStart(text, money.start, /[.!?]\s+(?=\p{Lu})|;\s?/gu) : clauseStart(text, money.start, ROW_CLAUSE_START));
    let end = clauseEnd(text, money.end, ROW_CLAUSE_END);
    if (next && next.start < end) {
      // Two prices in one clause: the text between is split at a conjunction or separator.
      const between = text.slice(money.end, next.start);
      const split = /\s(?:and|und|et|e|y|en|a|i|и|و|oder|or|\/|·|\|)\s/u.exec(between);
      end = split ? money.end + split.index : money.end;
    }
    const clause = text.slice(start, end);
    const sentence = text.slice(clauseStart(text, money.start, /[.!?]\s+/gu), clauseEnd(text, money.end, /[.!?](?:\s|$)/u));
    if (BUDGET_WORDS.test(clause) || BUDGET_WORDS.test(text.slice(Math.max(0, start - 40), money.start)) || (SITE_WORD.test(sentence) && LIMIT_BEFORE.test(text.slice(Math.max(0, money.start - 30), money.start)))) {
      line.claim(start, end);
      return;
    }
    const rawLabel = text.slice(start, money.start);
    const rawDetail = text.slice(money.end, end);
    let { label, group } = cleanLabel(rawLabel);
    // "$79/month) and a free trial": the bracket the price sat in closes its detail.
    const close = rawDetail.indexOf(')');
    let detail = trimSeparators(close >= 0 && !rawDetail.slice(0, close).includes('(') ? rawDetail.slice(0, close) : rawDetail);
    if (label === '' && detail !== '' && wordCount(detail) <= 6) {
      label = detail;
      detail = '';
    }
    // A table's header row ("Plan | Price") names columns, not a group of items.
    group ??= line.heading && wordCount(line.heading.text) <= 5 && !line.heading.text.includes(' | ') ? line.heading.text : undefined;
    let kind = priceKind(line);
    // A price alone on its line under a name on the line before (table cells one per line): that name is its label.
    if (label === '' && !multi && group !== undefined && line.heading?.role === null && line.previous === line.heading.text) {
      label = group;
      group = undefined;
      kind = 'price';
    }
    if (multi) {
      const names = namesFor(money.values.length, rawLabel, rawDetail, line.previous, line.locale);
      money.values.forEach((value, i) => {
        const name = names?.[i] ?? (label || group || value);
        line.add({ kind, label: name, value, ...(group ? { group } : {}) }, start, end);
      });
      return;
    }
    const value = money.values[0] as string;
    line.add({ kind, label: label || group || value, value, ...(detail ? { detail } : {}), ...(group ? { group } : {}) }, start, end);
  });
}

function priceKind(line: FactLine): FactKind {
  const role = line.heading?.role;
  if (role === 'menu' || role === 'products') return 'product';
  // Items under a heading of the customer's own ("Naše piva") are the things sold.
  if (line.heading && role === null && wordCount(line.heading.text) <= 4 && !line.heading.text.includes(' | ')) return 'product';
  return 'price';
}
