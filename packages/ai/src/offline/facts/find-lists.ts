import type { FactKind } from '@statex/core';
import { HEADING_WORDS, LIST_CONJUNCTIONS, escapeRegExp, MENU_STEMS, PRODUCT_STEMS, SERVICE_STEMS, type HeadingRole, lexiconRegExp } from './fact-lexicon.ts';
import { clauseStart, trimSeparators, wordCount, type FactLine } from './fact-line.ts';

const stems = (list: readonly string[]) => lexiconRegExp(`(?<![\\p{L}])(?:${list.map(escapeRegExp).join('|')})`, 'iu');
const SERVICE = stems(SERVICE_STEMS);
const PRODUCT = stems(PRODUCT_STEMS);
const MENU = stems(MENU_STEMS);

// "Services: a, b, c" / "Leistungsübersicht (a, b, c)" / "We offer a, b and c".
const LEAD_COLON = /(?<lead>[^:,;.()]{2,60}?)\s*:\s+(?<list>[^.;:()]+)/gu;
const LEAD_BRACKET = /(?<lead>[\p{L}][\p{L}-]{2,40})\s*\((?<list>[^()]+)\)/gu;
const LEAD_VERB = /(?<lead>(?:we offer|we provide|wir bieten|nous proposons|nous offrons|offriamo|ofrecemos|wij bieden|nabízíme|poskytujeme|oferujemy|świadczymy|мы предлагаем|предлагаем|نقدم|نوفر))\s+(?<list>[^.;:()]+)/giu;

const WORD_LIKE_HEADINGS: Record<HeadingRole, RegExp> = Object.fromEntries(
  Object.entries(HEADING_WORDS).map(([role, words]) => [role, lexiconRegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})$`, 'iu')]),
) as Record<HeadingRole, RegExp>;

/** What a heading line lists, from its words ("Unsere Leistungen:" → services), or null. */
export function headingRole(text: string): HeadingRole | null {
  // A table's header row: the role of any of its cells ("Plan | Price | Included" → prices).
  if (text.includes(' | ')) {
    for (const cell of text.split(' | ')) {
      const role = headingRole(cell);
      if (role) return role;
    }
    return null;
  }
  const bare = trimSeparators(text.replace(/^#+\s*/u, '').replace(/[*_]/gu, '')).toLowerCase();
  // "Our menu", "Naše služby", "La carta": the role word is the whole heading or its last word(s).
  const words = bare.split(/\s+/u);
  for (let i = 0; i < words.length && i < 3; i++) {
    const tail = words.slice(i).join(' ');
    for (const [role, pattern] of Object.entries(WORD_LIKE_HEADINGS) as [HeadingRole, RegExp][]) if (pattern.test(tail)) return role;
  }
  return null;
}

function kindOfLead(lead: string): FactKind | null {
  if (MENU.test(lead) || PRODUCT.test(lead)) return 'product';
  if (SERVICE.test(lead)) return 'service';
  return null;
}

/** "bookkeeping, VAT returns, payroll and annual accounts" → four items; null unless it reads as a list of things. */
export function splitItems(list: string, locale: string, minimum = 2): string[] | null {
  const conjunctions = [...new Set([...(LIST_CONJUNCTIONS[locale] ?? []), ...(LIST_CONJUNCTIONS.en ?? [])])].map(escapeRegExp);
  const items = list
    .split(lexiconRegExp(`\\s*[,،]\\s+|\\s*[;؛]\\s*|\\s*/\\s*|\\s+(?:${conjunctions.join('|')})\\s+`, 'u'))
    .map((item) => trimSeparators(item.replace(/\s+(?:etc|usw|atd|itd|и т\.\s?д)\.?$/iu, '')))
    .filter((item) => item !== '');
  if (items.length < minimum) return null;
  // Things, not sentences: short items without a clause in them.
  if (items.some((item) => wordCount(item) > 6)) return null;
  return items;
}

/** Lists introduced by a services / products / menu word: "Services: bookkeeping, VAT returns, payroll". */
export function findLists(line: FactLine): void {
  for (const [pattern, minimum] of [[LEAD_COLON, 2], [LEAD_BRACKET, 2], [LEAD_VERB, 3]] as const) {
    for (const match of line.freeMatches(pattern)) {
      const lead = trimSeparators(match.groups?.lead ?? '');
      const kind = kindOfLead(lead.split(/\s+/u).slice(-4).join(' '));
      if (!kind) continue;
      const items = splitItems(match.groups?.list ?? '', line.locale, minimum);
      if (!items) continue;
      const group = pattern === LEAD_VERB || wordCount(lead) > 4 ? undefined : lead;
      const start = clauseStart(line.text, match.index);
      for (const item of items) line.add({ kind, label: item, ...(group ? { group } : {}) }, start, match.index + match[0].length);
    }
  }
}

/**
 * A line under a heading that lists things ("Carta", "Unsere Leistungen", "Team"), when nothing
 * else on it was a fact: the item itself, its description after a dash.
 */
export function findHeadingItem(line: FactLine): void {
  const role = line.heading?.role;
  if (!role || line.hasClaims) return;
  const kind: FactKind | null = role === 'menu' || role === 'products' ? 'product' : role === 'services' ? 'service' : role === 'team' ? 'person' : null;
  if (!kind) return;
  const text = line.text.trim();
  if (wordCount(text) > 12 || /[.!?]$/u.test(text) && wordCount(text) > 6) return;
  const items = kind !== 'person' && !/\s[–—-]\s/u.test(text) ? splitItems(text, line.locale, 2) : null;
  const group = line.heading?.text;
  if (items && items.length > 1) {
    for (const item of items) line.add({ kind, label: item, ...(group ? { group } : {}) }, 0, text.length);
    return;
  }
  const dash = /\s[–—-]\s|:\s|,\s/u.exec(text);
  const label = trimSeparators(dash ? text.slice(0, dash.index) : text);
  const rest = trimSeparators(dash ? text.slice(dash.index + dash[0].length) : '');
  if (label === '') return;
  if (kind === 'person') line.add({ kind, label, ...(rest ? { value: rest } : {}) }, 0, text.length);
  else line.add({ kind, label, ...(rest ? { detail: rest } : {}), ...(group ? { group } : {}) }, 0, text.length);
}
