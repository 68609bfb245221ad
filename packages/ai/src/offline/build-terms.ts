import type { BusinessProfile, Fact, Requirement, Terms } from '@statex/core';
import { resolveLocale, termsMessages, translator, type Translator, type TermsKey } from '@statex/i18n';
import type { GeneratorInput, SourceDocument } from '../generator.ts';
import { categoryForKind, classifyKind } from './classify-requirement.ts';
import { dedupeNeeds, needTokens } from './dedupe-needs.ts';
import { detectBusiness, type SiteIdentity } from './detect-site-identity.ts';
import { extractFacts } from './extract-facts.ts';
import { extractNeeds, type ExtractedNeed } from './extract-needs.ts';
import { collapseWhitespace, endSentence, truncate } from './normalize-text.ts';

/** Beyond this the terms stop being readable and the prototype cannot cite every requirement. */
export const MAX_REQUIREMENTS = 300;
/** Context statements kept as assumptions; long documents would otherwise drown the needs. */
export const MAX_ASSUMPTIONS = 100;

export interface BriefAnalysis {
  terms: Terms;
  identity: SiteIdentity;
  /** Whether the brief states the business's name (otherwise the title is a descriptive one, and the interview asks). */
  named: boolean;
}

/** What the brief says the site is for, and who it is for: the opening of the summary. */
export interface BriefContext {
  goal: string | null;
  description: string;
  documentCount: number;
}

/** Where a document's text came from: a voice note's transcript, or a file. */
export function documentSource(document: Pick<SourceDocument, 'name'>): string {
  return document.name.endsWith(' (transcript)') ? 'voice' : `file:${document.name}`;
}

const IMAGE_KINDS = new Set(['png', 'jpeg', 'webp']);

/**
 * Terms of reference from a brief and its documents, in the request's language: needs numbered
 * R1…Rn in order of appearance (brief first, then each document in order), duplicates merged into
 * their first statement, each with its kind, actor, priority and acceptance criterion; the
 * business's name and kind; and the facts the customer supplied.
 */
export function buildTerms(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale' | 'customerName'>): BriefAnalysis {
  const locale = resolveLocale(input.locale);
  const t = translator(termsMessages, locale);
  const brief = extractNeeds(input.brief, 'brief', locale);
  const needs: ExtractedNeed[] = [...brief.needs];
  const context: string[] = [...brief.context];
  const goals = [...brief.goals];
  const notes: string[] = [];
  const texts: { text: string; source: string }[] = [{ text: input.brief, source: 'brief' }];
  let documentCount = 0;
  for (const document of input.documents) {
    const isImage = IMAGE_KINDS.has(document.kind);
    if (document.text === null || collapseWhitespace(document.text) === '') {
      notes.push(isImage ? t('note.image', { name: document.name }) : t('note.noText', { name: document.name }));
      continue;
    }
    documentCount++;
    // An image's description (`Image "<name>" shows: …`) is read without its label: what it shows is context, what it asks for a need.
    const text = isImage ? document.text.replace(/^Image ".*?" shows:\s*/u, '') : document.text;
    const source = documentSource(document);
    texts.push({ text, source });
    const extracted = extractNeeds(text, source, locale);
    needs.push(...extracted.needs);
    context.push(...extracted.context);
    goals.push(...extracted.goals);
  }

  const { named, ...business } = detectBusiness({
    brief: input.brief,
    documents: texts.slice(1).map((d) => d.text),
    ...(input.customerName ? { customerName: input.customerName } : {}),
    context: brief.context,
    language: brief.language,
    titleForType: (type) => t(`type.${type}` as TermsKey),
  });
  const identity: SiteIdentity = { title: business.name, tagline: business.tagline };
  // Duplicates are found on what is asked, not on the shared "we need" or actor around it.
  let unique = dedupeNeeds(needs, (need) => needTokens(need.what ?? need.stated, brief.language));
  if (unique.length === 0) {
    // Never zero requirements: with no recognisable need, the whole brief is the one requirement.
    const whole = collapseWhitespace(input.brief);
    if (whole === '') throw new Error('The brief is empty: there is nothing to derive requirements from.');
    const kind = classifyKind(whole);
    unique = [{ text: endSentence(whole), stated: whole, category: categoryForKind(kind, whole), priority: 'must', source: 'brief', kind }];
    context.splice(0, brief.context.length);
  }
  const facts = extractFacts(texts, locale);
  unique = foldPriceLists(unique, facts, t);
  if (unique.length > MAX_REQUIREMENTS) {
    notes.push(t('note.moreNeeds', { count: unique.length - MAX_REQUIREMENTS, max: MAX_REQUIREMENTS }));
    unique = unique.slice(0, MAX_REQUIREMENTS);
  }
  const requirements: Requirement[] = unique.map((need, i) => ({
    id: `R${i + 1}`,
    text: need.text,
    category: need.category,
    priority: need.priority,
    source: need.source,
    kind: need.kind ?? 'other',
    ...(need.actor ? { actor: need.actor } : {}),
    acceptance: t(`accept.${need.kind ?? 'other'}` as TermsKey),
  }));
  const briefContext: BriefContext = { goal: goals[0] ?? null, description: business.tagline, documentCount };
  const profile: BusinessProfile = business;
  const terms: Terms = {
    title: t('title', { name: business.name }),
    summary: summarize(business.name, requirements, briefContext, false, locale),
    requirements,
    assumptions: [...limitContext(context.filter((statement) => !coveredByFacts(statement, facts)), t), ...notes],
    locale,
    business: profile,
    facts,
  };
  return { terms, identity, named };
}

export function briefContext(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale'>, identity: SiteIdentity): BriefContext {
  const brief = extractNeeds(input.brief, 'brief', input.locale);
  const documentCount = input.documents.filter((d) => d.text !== null && collapseWhitespace(d.text) !== '').length;
  return { goal: brief.goals[0] ?? null, description: identity.tagline, documentCount };
}

/** The summary of the terms in `locale`: the business, the goal or the customer's own description, and the counts. */
export function summarize(title: string, requirements: readonly Requirement[], context: BriefContext, revised: boolean, locale = 'en'): string {
  const t = translator(termsMessages, locale);
  const count = (priority: Requirement['priority']): number => requirements.filter((r) => r.priority === priority).length;
  const sources = context.documentCount > 0 ? t('sources.briefAndDocuments', { count: context.documentCount }) : t('sources.brief');
  const opening = context.goal
    ? t('summary.goal', { title, goal: truncate(context.goal, 300) })
    : context.description
      ? t('summary.about', { title, about: truncate(context.description, 300) })
      : t('summary.plain', { title });
  const counts = t('summary.counts', { count: requirements.length, must: count('must'), should: count('should'), could: count('could'), sources, revised: revised ? 'yes' : 'no' });
  return `${opening} ${counts}`;
}

/** A statement that only gives facts ("Salmorejo 6,50 €", "Otevřeno denně 11–23", a list heading) is listed under the facts, not again as an assumption. */
function coveredByFacts(statement: string, facts: readonly Fact[]): boolean {
  const text = collapseWhitespace(statement).replace(/[.:]+$/u, '');
  return facts.some(
    (fact) => fact.group === text || (fact.label.length >= 3 && text.includes(fact.label) && (fact.value === undefined || text.includes(fact.value)) && text.length <= fact.label.length + (fact.value?.length ?? 0) + 40),
  );
}

function limitContext(statements: readonly string[], t: Translator<TermsKey>): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  let dropped = 0;
  for (const statement of statements) {
    const key = statement.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (kept.length < MAX_ASSUMPTIONS) kept.push(truncate(statement, 1000));
    else dropped++;
  }
  if (dropped > 0) kept.push(t('note.moreContext', { count: dropped }));
  return kept;
}

/** Kinds of need that show the customer's prices on the site. */
const PRICE_KINDS: ReadonlySet<string> = new Set(['pricing', 'catalogue', 'menu', 'shop', 'services', 'calculator']);

const wordsOf = (text: string): string[] => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A list of prices after a heading ("Chcemy cennik karnetów: Poranny 99 zł, Standard 139 zł") is the
 * content of one need, not one need per price: needs that are only a supplied price are folded into
 * one requirement to show those prices, which quotes the customer's heading. Prices stated as
 * self-description ("We offer three memberships: Drop-in £12, …") get that requirement too when no
 * need already shows prices: a customer who lists prices expects to see them on the site.
 */
export function foldPriceLists(needs: ExtractedNeed[], facts: readonly Fact[], t: Translator<TermsKey>): ExtractedNeed[] {
  const priced = facts.filter((fact) => (fact.kind === 'price' || fact.kind === 'product') && fact.value);
  if (priced.length === 0) return needs;
  const isPriceValue = (need: ExtractedNeed): boolean => {
    const said = wordsOf(need.what ?? need.stated);
    return priced.some((fact) => {
      const value = wordsOf(fact.value ?? '');
      const label = wordsOf(fact.label);
      if (value.length === 0 || !value.every((w) => said.includes(w))) return false;
      // What is left once the price and its name are taken away: at most a joining word.
      return said.filter((w) => !value.includes(w) && !label.includes(w)).length <= 1;
    });
  };
  const kept = needs.filter((need) => !isPriceValue(need));
  const folded = needs.length - kept.length;
  if (folded === 0 && kept.some((need) => need.kind && PRICE_KINDS.has(need.kind))) return needs;
  // One requirement per heading the prices were listed under (or one for all, without a heading).
  const groups = new Map<string, Fact[]>();
  let heading = '';
  for (const fact of priced) {
    if (fact.group) heading = fact.group;
    groups.set(heading, [...(groups.get(heading) ?? []), fact]);
  }
  const added: ExtractedNeed[] = [];
  for (const [group, items] of groups) {
    const labels = items.map((fact) => fact.label.replace(/^(?:and|und|et|e|y|en|a|i|и|و)\s+/iu, ''));
    const what = group.replace(/^(?:and|und|et|e|y|en|a|i|и|و)\s*/iu, '').trim() || labels.slice(0, 3).join(', ');
    const text = t('need.priceList', { what, items: new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(labels) });
    added.push({ text, stated: `${what}: ${labels.join(', ')}`, what: `${what} ${labels.join(' ')}`, category: 'content', priority: 'must', source: items[0]?.source ?? 'brief', kind: 'pricing' });
  }
  // The folded requirement takes the place of the first price read as a need, else it comes first.
  const first = needs.findIndex(isPriceValue);
  const at = first < 0 ? 0 : needs.slice(0, first).filter((need) => !isPriceValue(need)).length;
  return [...kept.slice(0, at), ...added, ...kept.slice(at)];
}
