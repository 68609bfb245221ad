import type { Fact, FactKind } from '@statex/core';

/**
 * Turns the customer's facts into what sections show, keeping every word as written: an item's
 * name, price and detail are the fact's label, value and detail. The only thing computed is an
 * amount (a number) from a price, for cart and calculator totals.
 */

const NUMBER = /\d{1,3}(?:[   .,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/u;
const ARABIC_DIGITS = /[٠-٩۰-۹]/g;
const CURRENCIES = /€|£|US\$|\$|₽|zł|Kč|Kc|CHF|EUR|USD|GBP|PLN|CZK|AED|SAR|RUB|руб\.?|₴|د\.إ|درهم|ريال|Dhs?|Ft|kr/u;

function westernDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0) ?? 0) - (d >= '۰' ? 0x06f0 : 0x0660)));
}

/** "6,50 €" → 6.5; "1,450" → 1450; "1.250,00 Kč" → 1250; "45,-" → 45; no number → undefined. */
export function amountOf(price: string | undefined): number | undefined {
  if (!price) return undefined;
  const match = NUMBER.exec(westernDigits(price));
  if (!match) return undefined;
  const token = match[0].replace(/[   '’]/gu, '');
  const lastSeparator = Math.max(token.lastIndexOf(','), token.lastIndexOf('.'));
  // A separator followed by exactly three digits groups thousands; by one or two, it is the decimal mark.
  const decimals = lastSeparator >= 0 && token.length - lastSeparator - 1 <= 2;
  const whole = decimals ? token.slice(0, lastSeparator) : token;
  const fraction = decimals ? token.slice(lastSeparator + 1) : '';
  const value = Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

/** How totals are written for these prices: the currency where the customer puts it (`# Kč`, `€#`). */
export function amountPattern(prices: ReadonlyArray<string | undefined>): string {
  for (const price of prices) {
    if (!price) continue;
    const currency = CURRENCIES.exec(price);
    const number = NUMBER.exec(westernDigits(price));
    if (!currency || !number) continue;
    const before = currency.index < number.index;
    const gap = before ? price.slice(currency.index + currency[0].length, number.index) : price.slice(number.index + number[0].length, currency.index);
    const space = /^\s+$/u.test(gap) ? ' ' : '';
    return before ? `${currency[0]}${space}#` : `#${space}${currency[0]}`;
  }
  return '#';
}

export function factsOf(facts: readonly Fact[], ...kinds: FactKind[]): Fact[] {
  return facts.filter((fact) => kinds.includes(fact.kind));
}

/** The fact as one line, all its parts as written: "Karnet miesięczny — 149 zł (8 hours)". */
export function factLine(fact: Fact): string {
  const main = fact.value && fact.value !== fact.label ? `${fact.label} ${fact.value}` : fact.label;
  return fact.detail ? `${main} — ${fact.detail}` : main;
}

export interface CatalogueItem {
  name: string;
  price?: string;
  detail?: string;
  amount?: number;
}

export function catalogueItem(fact: Fact): CatalogueItem {
  const amount = fact.kind === 'price' || fact.kind === 'product' || fact.kind === 'service' ? amountOf(fact.value) : undefined;
  return {
    name: clip(fact.label, 120),
    ...(fact.value ? { price: clip(fact.value, 80) } : {}),
    ...(fact.detail ? { detail: clip(fact.detail, 400) } : {}),
    ...(amount !== undefined ? { amount } : {}),
  };
}

/** Items under the customer's own headings, in the order the headings first appear. */
export function groupItems(facts: readonly Fact[]): Array<{ heading?: string; items: CatalogueItem[] }> {
  const groups = new Map<string, CatalogueItem[]>();
  for (const fact of facts) {
    const key = fact.group?.trim() ?? '';
    groups.set(key, [...(groups.get(key) ?? []), catalogueItem(fact)]);
  }
  return [...groups].map(([heading, items]) => ({ ...(heading ? { heading: clip(heading, 120) } : {}), items: items.slice(0, 80) })).slice(0, 20);
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
