import type { AskedQuestion, Fact, FactKind, InterviewEntry, Requirement, Terms } from '@statex/core';
import { questionsMessages, resolveLocale, termsMessages, translator, type QuestionsKey, type TermsKey, type Translator } from '@statex/i18n';
import type { BriefAnalysis } from './build-terms.ts';
import { categoryForKind } from './classify-requirement.ts';
import { detectBusinessName } from './detect-site-identity.ts';
import { DUPLICATE_THRESHOLD, needTokens, similarity } from './dedupe-needs.ts';
import { extractFacts } from './extract-facts.ts';
import { extractNeeds } from './extract-needs.ts';
import { LIST_CONJUNCTIONS } from './facts/fact-lexicon.ts';
import { townOf } from './find-gaps.ts';
import { ANSWER_APP, ANSWER_SITE_ONLY } from './interview-lexicon.ts';
import { collapseWhitespace, endSentence, truncate } from './normalize-text.ts';
import { splitTopLevel } from './split-needs.ts';

/** The source of everything an answer supplies. */
export const ANSWER_SOURCE = 'answer';

/** Kinds of need that are the app itself: with a "website only" answer they stay in the terms but drop to could-have. */
const APP_KINDS = new Set(['dashboard', 'account', 'portal', 'tracking', 'upload', 'notifications']);

/** What the facts of an answer become, by the question's kind: prices given for services are services with prices. */
const REFRAME: Partial<Record<AskedQuestion['kind'], Partial<Record<FactKind, FactKind>>>> = {
  services: { price: 'service', product: 'service' },
  products: { price: 'product', service: 'product' },
  menu: { price: 'product', service: 'product' },
};

/** When an answer yields no fact of the kind asked for, its items (or the whole answer) are that fact, as written. */
const FALLBACK: Partial<Record<AskedQuestion['kind'], { kind: FactKind; list: boolean; needs: FactKind[] }>> = {
  services: { kind: 'service', list: true, needs: ['service'] },
  products: { kind: 'product', list: true, needs: ['product'] },
  menu: { kind: 'product', list: true, needs: ['product'] },
  staff: { kind: 'person', list: true, needs: ['person'] },
  hours: { kind: 'hours', list: false, needs: ['hours', 'timetable'] },
  address: { kind: 'address', list: false, needs: ['address'] },
  events: { kind: 'date', list: true, needs: ['date', 'timetable'] },
};

/**
 * The terms after the brief interview: every answer is customer input with source `answer`, read
 * as the question framed it — prices given for a services question become the services a booking
 * form offers, "Mon–Fri 8–18" to an hours question the opening hours, an answer to the name
 * question the business's name, "just the website" to a scope question the scope — and any need
 * it states becomes a requirement (appended, so the brief's R-ids stay as the questions cited
 * them). An unanswered question becomes an assumption stated in the request's language.
 */
export function applyInterview(analysis: BriefAnalysis, interview: readonly AskedQuestion[], locale: string): BriefAnalysis {
  const resolved = resolveLocale(locale);
  const t = translator(questionsMessages, resolved);
  const termsT = translator(termsMessages, resolved);
  let terms: Terms = { ...analysis.terms, requirements: [...analysis.terms.requirements], facts: [...(analysis.terms.facts ?? [])] };
  let identity = analysis.identity;
  const entries: InterviewEntry[] = [];
  // The name first: every other answer (a scope statement, say) names the business by it.
  const ordered = [...interview].sort((a, b) => Number(b.kind === 'business-name') - Number(a.kind === 'business-name'));
  for (const question of ordered) {
    const answer = collapseAnswer(question.answer);
    if (answer === null) {
      entries.push({ id: question.id, question: question.text, requirement: question.requirement, answer: null, assumption: assumptionFor(question, terms, t) });
      continue;
    }
    entries.push({ id: question.id, question: question.text, requirement: question.requirement, answer });
    if (question.kind === 'business-name') {
      ({ terms, identity } = renamed(terms, identity, nameOf(answer), termsT));
      continue;
    }
    terms = withFacts(terms, factsOfAnswer(question, answer, resolved));
    if (question.kind === 'languages') terms = withRequirement(terms, t('answer.languages', { languages: endless(answer) }), 'languages', 'should', termsT);
    else if (question.kind === 'scope') terms = withScope(terms, answer, t, termsT);
    for (const need of extractNeeds(answer, ANSWER_SOURCE, resolved).needs) {
      const kind = need.kind ?? 'other';
      // A scope answer is the scope ("only the marketing website"); only a need of its own ("… and a blog") is added.
      if (question.kind === 'scope' && (kind === 'other' || kind === 'about' || kind === 'dashboard')) continue;
      if (!isKnownNeed(terms.requirements, need.what ?? need.stated, resolved)) terms = withRequirement(terms, need.text, kind, need.priority, termsT, need.actor);
    }
  }
  const order = new Map(interview.map((q, i) => [q.id, i]));
  entries.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { ...analysis, terms: { ...terms, interview: entries }, identity };
}

function collapseAnswer(answer: string | null): string | null {
  if (answer === null) return null;
  const text = answer.replace(/\r\n?/gu, '\n').trim();
  return text === '' ? null : text;
}

/** An answer without its closing full stop (it is quoted inside a sentence). */
function endless(text: string): string {
  return collapseWhitespace(text).replace(/[.。!]+$/u, '');
}

const LEGAL_FORM_STOP = /(?:s\.r\.o|spol|a\.s|e\.V|e\.K|S\.A|S\.L|B\.V|o\.o|Inc|Ltd|Co|Corp|GmbH & Co)\.$/u;

/** The name as the customer typed it, without quotes, a closing full stop or a lead-in ("It's called …"); empty when a long answer names none. */
export function nameOf(answer: string): string {
  const line = collapseWhitespace(answer.split('\n')[0] ?? answer);
  // A sentence ("We are called Smile Dental and we are in Leeds") is read like a brief's opening; a short answer is the name.
  if (line.split(/\s+/u).length > 6) return detectBusinessName(line) ?? '';
  const quoted = /["“„«‘'‚]([^"“”„«»‘’'\n]{2,80}?)["”“»’'‘]/u.exec(line)?.[1];
  const bare = quoted ?? line.replace(/^(?:it['’]s|we are|we['’]re|our name is|the name is|name:|wir heißen|wir sind|nous sommes|nous nous appelons|somos|ci chiamiamo|siamo|wij zijn|we heten|jmenujeme se|jsme|nazywamy się|jesteśmy|мы называемся|нас зовут|мы|اسمنا|نحن)\s+/iu, '');
  // A legal form keeps its own full stop ("s.r.o.", "Inc."); a sentence's is dropped.
  const kept = LEGAL_FORM_STOP.test(bare) ? bare : bare.replace(/[.!]+$/u, '');
  return truncate(kept.trim(), 200);
}

function renamed(terms: Terms, identity: BriefAnalysis['identity'], name: string, termsT: Translator<TermsKey>): { terms: Terms; identity: BriefAnalysis['identity'] } {
  if (name === '') return { terms, identity };
  const previous = terms.business?.name ?? identity.title;
  // The summary opens with the business's name: the stated name takes the descriptive one's place.
  const summary = previous && terms.summary.startsWith(previous) ? `${name}${terms.summary.slice(previous.length)}` : terms.summary;
  return {
    terms: { ...terms, title: termsT('title', { name }), summary, business: { ...(terms.business ?? { type: 'other', tagline: '' }), name } },
    identity: { ...identity, title: name },
  };
}

/** The facts an answer supplies, each with source `answer`, read as the question frames them. */
export function factsOfAnswer(question: Pick<AskedQuestion, 'kind'>, answer: string, locale: string): Fact[] {
  const reframe = REFRAME[question.kind] ?? {};
  const read = extractFacts([{ text: answer, source: ANSWER_SOURCE }], locale).map((fact) => {
    const kind = reframe[fact.kind];
    return kind ? { ...fact, kind } : fact;
  });
  const fallback = FALLBACK[question.kind];
  if (!fallback) return read;
  const found = read.some((fact) => fallback.needs.includes(fact.kind));
  if (!fallback.list) return found ? read : [...read, itemFact(fallback.kind, collapseWhitespace(answer).replace(/[.]+$/u, ''))];
  // A list of which the finders read only some ("Dr. Anna Weber (implants), Dr. Tom Braun"): the items they missed are taken as written.
  const covered = read.filter((fact) => fallback.needs.includes(fact.kind)).map((fact) => fact.label.toLocaleLowerCase()).filter((label) => label !== '');
  const missed = listItems(answer, locale).filter((item) => !covered.some((label) => item.toLocaleLowerCase().includes(label)));
  return [...read, ...missed.map((item) => itemFact(fallback.kind, item))];
}

/** "Dr. Anna Weber (implants)" → label and value; a service or product keeps what is in brackets as its detail. */
function itemFact(kind: FactKind, item: string): Fact {
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(item);
  const label = truncate((bracket?.[1] ?? item).trim(), 200);
  const extra = bracket?.[2]?.trim();
  if (!extra) return { kind, label, source: ANSWER_SOURCE };
  return kind === 'person' ? { kind, label, value: extra, source: ANSWER_SOURCE } : { kind, label, detail: extra, source: ANSWER_SOURCE };
}

/** The items of a listing answer: lines, then top-level commas and semicolons, then the last "and". */
export function listItems(answer: string, locale: string): string[] {
  const conjunctions = [...new Set([...(LIST_CONJUNCTIONS[resolveLocale(locale)] ?? []), 'and'])].filter((c) => c !== '&');
  const join = new RegExp(`\\s+(?:${conjunctions.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?![^(]*\\))`, 'iu');
  const items: string[] = [];
  for (const line of answer.split('\n')) {
    const bare = line.replace(/^\s*(?:[-*•]|\d{1,2}[.)])\s+/u, '').trim();
    if (bare === '') continue;
    for (const part of splitTopLevel(bare)) {
      const pieces = part.split(join);
      items.push(...pieces.map((p) => p.trim().replace(/[.;,]+$/u, '')).filter(Boolean));
    }
  }
  return items.filter((item) => item.split(/\s+/u).length <= 12).slice(0, 40);
}

function factKey(fact: Fact): string {
  const norm = (s: string | undefined): string => (s ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
  return `${fact.kind}|${norm(fact.label)}|${norm(fact.value)}`;
}

function withFacts(terms: Terms, facts: readonly Fact[]): Terms {
  const known = new Set((terms.facts ?? []).map(factKey));
  const added = facts.filter((fact) => {
    const key = factKey(fact);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  return added.length === 0 ? terms : { ...terms, facts: [...(terms.facts ?? []), ...added] };
}

function isKnownNeed(requirements: readonly Requirement[], said: string, locale: string): boolean {
  const tokens = needTokens(said, locale);
  if (tokens.size === 0) return true;
  return requirements.some((r) => similarity(tokens, needTokens(r.text, locale)) >= DUPLICATE_THRESHOLD);
}

function withRequirement(terms: Terms, text: string, kind: NonNullable<Requirement['kind']>, priority: Requirement['priority'], termsT: Translator<TermsKey>, actor?: string): Terms {
  const requirement: Requirement = {
    id: `R${terms.requirements.length + 1}`,
    text: endSentence(collapseWhitespace(text)),
    category: categoryForKind(kind, text),
    priority,
    source: ANSWER_SOURCE,
    kind,
    ...(actor ? { actor } : {}),
    acceptance: termsT(`accept.${kind}` as TermsKey),
  };
  return { ...terms, requirements: [...terms.requirements, requirement] };
}

/** "Only the website" keeps the app's own features in the terms as could-haves; "the app itself" states that the screens are built. */
function withScope(terms: Terms, answer: string, t: Translator<QuestionsKey>, termsT: Translator<TermsKey>): Terms {
  const name = terms.business?.name ?? '';
  const siteOnly = ANSWER_SITE_ONLY.test(answer);
  const app = ANSWER_APP.test(answer) && !siteOnly;
  if (siteOnly) {
    const requirements = terms.requirements.map((r) => (r.kind !== undefined && APP_KINDS.has(r.kind) ? { ...r, priority: 'could' as const } : r));
    return withRequirement({ ...terms, requirements }, t('answer.scopeSite', { name }), 'about', 'must', termsT);
  }
  if (app) return withRequirement(terms, t('answer.scopeApp', { name }), 'dashboard', 'must', termsT);
  return terms;
}

/** The assumption made for an unanswered question: what the prototype does without the answer. */
function assumptionFor(question: AskedQuestion, terms: Terms, t: Translator<QuestionsKey>): string {
  const values: Record<string, string> = { title: terms.business?.name ?? terms.title, name: terms.business?.name ?? terms.title, city: townOf(terms) ?? 'none' };
  let key: QuestionsKey;
  switch (question.kind) {
    case 'business-name':
    case 'services':
    case 'hours':
    case 'prices':
    case 'products':
    case 'menu':
    case 'events':
    case 'address':
    case 'contact':
    case 'scope':
      key = `assume.${question.kind}`;
      break;
    case 'staff':
      key = terms.requirements.find((r) => r.id === question.requirement)?.kind === 'team' ? 'assume.team' : 'assume.staff';
      break;
    case 'languages':
      key = 'assume.languages';
      values.language = new Intl.DisplayNames([t.locale], { type: 'language' }).of(t.locale) ?? t.locale;
      break;
    default:
      // A contradiction or another open point: the requirement stays as the brief states it.
      key = 'assume.other';
  }
  return t('assumed', { what: t(key, values), id: question.id });
}
