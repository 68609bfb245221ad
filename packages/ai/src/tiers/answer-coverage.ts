import type { Fact, Requirement, Terms } from '@statex/core';
import { resolveLocale, textDirection } from '@statex/i18n';
import type { TemplateSpec } from '@statex/templates';
import { fold, stemmer } from '../offline/match-words.ts';

/**
 * What a model's answer must keep of the offline reading: the offline engine is the floor, so an
 * answer that drops a need or a fact it found is sent back (repair round) and then to the next tier.
 * Needs are compared by meaning — the same kind and shared stemmed key words — since a model words
 * them its own way; facts by their label and the figures exactly as the customer wrote them.
 */
export interface OfflineFloor {
  requirements: readonly Requirement[];
  facts: readonly Fact[];
  locale: string;
  /** The contact's own name (the order form's `name`), which no public page may show. */
  customerName?: string;
  /** Everything the customer wrote (brief and files): a name that occurs there may be shown. */
  sourceText: string;
  /** In the modification round, the customer's change: what it renames, reprices or removes may differ. */
  change?: string;
}


// Words every requirement is phrased with, in any language: shared by two needs, they prove nothing.
const GENERIC = new Set(
  (
    'the and for with from that this must should could can will able allow allows lets offer offers show shows page pages site website web online customer customers visitor visitors user users ' +
    'der die das und mit für von eine einen einem einer soll sollen können kann seite webseite website kunden besucher nutzer ' +
    'les des une pour avec sur doit doivent peut peuvent pouvoir site page clients visiteurs utilisateurs ' +
    'il lo la gli le una per con deve devono può possono sito pagina clienti visitatori utenti ' +
    'los las una para con debe deben puede pueden sitio página clientes visitantes usuarios ' +
    'het een voor met moet moeten kan kunnen site pagina klanten bezoekers gebruikers ' +
    'pro při musí mohou může web webu stránka stránky stránku zákazníci zákazníky návštěvníci uživatelé ' +
    'dla się musi mogą może strona stronie stronę klienci klientów odwiedzający użytkownicy ' +
    'для что это должен должна должны может могут сайт сайте страница клиенты посетители пользователи ' +
    'على في من إلى أن يجب يمكن الموقع صفحة العملاء الزوار المستخدمين'
  ).split(/\s+/u),
);


/** The stemmed key words of a need (Polish has no Snowball stemmer: words are cut to their first five letters). */
export function keyWords(text: string, locale: string): Set<string> {
  const language = resolveLocale(locale);
  const stem = stemmer(language);
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    if (raw.length < 3 || GENERIC.has(raw)) continue;
    const word = raw.replace(/^ال(?=\p{L}{3})/u, '');
    const stemmed = stem ? stem.stem(word) : word.slice(0, 5);
    words.add(fold(stemmed).slice(0, 7));
  }
  return words;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w) || [...b].some((x) => x.length >= 4 && w.length >= 4 && (x.startsWith(w) || w.startsWith(x)))) n++;
  return n;
}

/**
 * Whether a model's requirement states the offline one: of the same kind with a key word in
 * common; of an unknown kind with most key words in common; of another kind only with nearly all.
 * The actor's words do not count: "guests book a table" and "guests book a tour" differ in what.
 */
export function coversNeed(offline: Requirement, answer: Requirement, locale: string): boolean {
  const actor = keyWords(offline.actor ?? '', locale);
  const all = keyWords(offline.text, locale);
  const wanted = new Set([...all].filter((w) => !actor.has(w)));
  if (wanted.size === 0) for (const w of all) wanted.add(w);
  const given = keyWords(`${answer.text} ${answer.actor ?? ''}`, locale);
  const common = shared(wanted, given);
  const specific = (k: Requirement['kind']) => k !== undefined && k !== 'other';
  if (wanted.size === 0) return false;
  if (specific(offline.kind) && offline.kind === answer.kind) return common >= 1;
  const share = specific(offline.kind) && specific(answer.kind) ? 0.75 : 0.5;
  return common >= Math.min(wanted.size, Math.max(2, Math.ceil(wanted.size * share)));
}

/** Figures as written ("6,50", "1,450", "11–23" → "11", "23"): the wording a model must keep. */
function figures(text: string | undefined): string[] {
  return (text ?? '').match(/\p{Nd}+(?:[.,' \u00a0\u202f]\p{Nd}+)*/gu) ?? [];
}

function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a text (a fact of the answer, a section's props) carries the fact: its label, and its figures as written. */
export function mentionsFact(text: string, fact: Fact): boolean {
  const haystack = squash(text);
  const label = squash(fact.label);
  if (label !== '' && !haystack.includes(label)) return false;
  const raw = text.normalize('NFC');
  return figures(fact.value).every((figure) => raw.includes(figure));
}

function factText(fact: Fact): string {
  return [fact.label, fact.value, fact.detail].filter(Boolean).join(' ');
}

function describeFact(fact: Fact): string {
  return `${fact.kind} "${fact.label}"${fact.value ? ` = "${fact.value}"` : ''}`;
}

/**
 * In the modification round a fact may be renamed ("rename the middle plan to Growth": same price,
 * new label), repriced (same label, new price) or removed when the change names it: a model that
 * applies the change keeps one side of the fact, or drops one the change mentions.
 */
function changedByRevision(fact: Fact, change: string, answer: readonly Fact[]): boolean {
  if (squash(change).includes(squash(fact.label)) && squash(fact.label) !== '') return true;
  const sameFigures = (f: Fact) => figures(fact.value).length > 0 && figures(fact.value).every((fig) => factText(f).includes(fig));
  const sameLabel = (f: Fact) => squash(factText(f)).includes(squash(fact.label));
  return answer.some((f) => f.kind === fact.kind && (sameFigures(f) || sameLabel(f)));
}

/** Problems of a model's terms against the offline floor: lost needs, lost facts, wrong locale, the contact's name as the business. */
export function termsCoverageProblems(terms: Terms, floor: OfflineFloor): string[] {
  const problems: string[] = [];
  const locale = resolveLocale(floor.locale);
  if (terms.locale !== undefined && terms.locale !== locale) problems.push(`/locale: the terms must be written in "${locale}", not "${terms.locale}"`);
  const lost = floor.requirements.filter((need) => !terms.requirements.some((r) => coversNeed(need, r, locale)));
  for (const need of lost) problems.push(`a need stated by the customer is missing (kind ${need.kind ?? 'other'}, source ${need.source}): "${need.text}" — add it as its own requirement`);
  const facts = terms.facts ?? [];
  for (const fact of floor.facts) {
    if (floor.change !== undefined && changedByRevision(fact, floor.change, facts)) continue;
    if (!facts.some((f) => mentionsFact(factText(f), fact))) problems.push(`/facts: the customer supplied ${describeFact(fact)} (source ${fact.source}); list it in facts with label and value exactly as written`);
  }
  const contact = contactName(floor);
  if (contact && terms.business && squash(terms.business.name).includes(squash(contact))) {
    problems.push(`/business/name: "${terms.business.name}" is the contact person's name, not the business's; use the business's own name from the brief`);
  }
  return problems;
}

/**
 * Problems of a model's TemplateSpec: every requirement cited by a section (not only a page),
 * every fact of the terms shown by a section whose props mention it, the request's locale and
 * direction, and never the contact's own name.
 */
export function specCoverageProblems(spec: TemplateSpec, terms: Terms, floor: OfflineFloor, reference?: TemplateSpec): string[] {
  const problems: string[] = [];
  const locale = resolveLocale(floor.locale);
  if (resolveLocale(spec.site.locale) !== locale) problems.push(`/site/locale: must be "${locale}"`);
  if (spec.site.dir !== textDirection(locale)) problems.push(`/site/dir: must be "${textDirection(locale)}" for "${locale}"`);
  const business = terms.business?.name;
  if (business && !squash(spec.site.title).includes(squash(business))) problems.push(`/site/title: must carry the business's own name "${business}"`);
  const sections = spec.pages.flatMap((page) => page.sections.map((section) => ({ page: page.slug, section })));
  const cited = new Set(sections.flatMap(({ section }) => section.covers));
  const uncited = terms.requirements.filter((r) => !cited.has(r.id));
  if (uncited.length > 0) problems.push(`no section cites ${uncited.map((r) => `${r.id} (${r.kind ?? 'other'})`).join(', ')}: give each a section of its kind whose covers lists it`);
  if (reference) problems.push(...sectionKindProblems(sections.map(({ section }) => section), terms, reference));
  const props = sections.map(({ section }) => JSON.stringify(section.props));
  for (const fact of terms.facts ?? []) {
    if (!props.some((text) => mentionsFact(text, fact))) problems.push(`no section shows the customer's ${describeFact(fact)}: put it, as written, in the props of a section that fits it`);
  }
  const contact = contactName(floor);
  if (contact && squash(JSON.stringify(spec)).includes(squash(contact))) problems.push(`the contact person's name "${contact}" must not appear on the public site`);
  return problems;
}

// Sections any need may be cited from; they prove nothing about doing what the need asks.
const GENERIC_SECTIONS = new Set(['hero', 'text', 'features', 'cta', 'notice', 'steps', 'stats', 'table']);

/**
 * A need the offline designer serves with a working section (a booking form, the real plans, a
 * team) is served by one of the same type in the model's spec too, not only mentioned in a text.
 */
function sectionKindProblems(sections: readonly { type: string; covers: string[] }[], terms: Terms, reference: TemplateSpec): string[] {
  const problems: string[] = [];
  const expected = new Map<string, Set<string>>();
  for (const section of reference.pages.flatMap((p) => p.sections)) {
    if (GENERIC_SECTIONS.has(section.type)) continue;
    for (const id of section.covers) expected.set(id, (expected.get(id) ?? new Set()).add(section.type));
  }
  for (const requirement of terms.requirements) {
    const types = expected.get(requirement.id);
    if (!types) continue;
    if (!sections.some((s) => types.has(s.type) && s.covers.includes(requirement.id))) {
      problems.push(`${requirement.id} (${requirement.kind ?? 'other'}) needs a section of type ${[...types].join(' or ')} that cites it`);
    }
  }
  return problems;
}

/** The contact's name when the customer did not also write it in the brief or files (then it is theirs to show). */
function contactName(floor: OfflineFloor): string | null {
  const name = floor.customerName?.trim() ?? '';
  if (squash(name).length < 4) return null;
  return squash(floor.sourceText).includes(squash(name)) ? null : name;
}
