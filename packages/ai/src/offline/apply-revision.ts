import type { Fact, FactKind, NeedKind, Requirement, Terms } from '@statex/core';
import { revisionMessages, translator, type RevisionMessageKey, type Translator } from '@statex/i18n';
import { buildTerms } from './build-terms.ts';
import { categoryForKind, classifyKind, classifyPriority } from './classify-requirement.ts';
import { extractFacts } from './extract-facts.ts';
import { CHANGE_LEXICONS } from './change-lexicon.ts';
import { contentWords, containment, fold } from './match-words.ts';
import { splitChanges, type ValueChange } from './split-changes.ts';

/** A requirement a change names must share at least this much with it (words, plus half for the same kind). */
const MATCH = 0.5;
/** A requirement restated by the change (most words shared both ways) is changed, not added again. */
const RESTATED = 0.75;
/** Facts of which there is one set (new opening hours replace the old ones rather than join them). */
const SINGLE: ReadonlySet<FactKind> = new Set<FactKind>(['hours', 'address', 'phone', 'email']);
/** What a need shows of the customer's facts: removing the need removes the facts nothing else shows. */
const SHOWN: Partial<Record<NeedKind, FactKind[]>> = {
  pricing: ['price'], menu: ['product'], catalogue: ['product'], shop: ['product'], team: ['person'], timetable: ['timetable'], events: ['date'], services: ['service'],
};
const NEEDS_SHOWING: Partial<Record<FactKind, NeedKind[]>> = { price: ['pricing'], product: ['menu', 'catalogue', 'shop'], person: ['team'], service: ['services'], timetable: ['timetable'], date: ['events'] };

/** Ordinal words, folded, by position (`middle` and `last` resolved against the list). */
const ORDINALS: ReadonlyArray<readonly [number | 'middle' | 'last', RegExp]> = [
  ['middle', /(?<!\p{L})(?:middle|mittler|milieu|mezzo|medio|intermedi|centrale|middelst|midden|prostredn|stredn|srodkow|sredn|средн|اوسط|الوسط|الوسطى|وسطى)/u],
  ['last', /(?<!\p{L})(?:last|letzt|dernier|ultim|laatst|posledn|ostatn|последн|اخير)/u],
  [0, /(?<!\p{L})(?:first|1st|erst|premi|primo|prima|primer|eerst|prvn|pierwsz|перв|اول|الاول)/u],
  [1, /(?<!\p{L})(?:second|2nd|zweit|deuxieme|secondo|seconda|segund|tweede|druh|drug|втор|ثاني|الثاني)/u],
  [2, /(?<!\p{L})(?:third|3rd|dritt|troisieme|terz|tercer|derde|tret|trzec|трет|ثالث|الثالث)/u],
];
/** Which facts a noun of the change points at ("plan", "Paket", "tarif" → prices; "dish" → products). */
const FACT_NOUNS: ReadonlyArray<readonly [FactKind, RegExp]> = [
  ['price', /(?<!\p{L})(?:plan|tarif|paket|package|tier|abo|membership|mitgliedschaft|formul|offre|forfait|adhesion|pian|pacchett|abbonament|membresia|paquet|pakket|lidmaatschap|balic|clenstv|pakiet|karnet|тариф|пакет|план|абонемент|باق|خط|اشتراك)/u],
  ['product', /(?<!\p{L})(?:product|produkt|produit|prodott|producto|dish|gericht|plat|piatt|gerecht|jidl|dani|блюд|товар|طبق|منتج)/u],
  ['service', /(?<!\p{L})(?:service|leistung|dienst|prestation|serviz|servicio|sluzb|uslug|услуг|خدم)/u],
  ['person', /(?<!\p{L})(?:person|member|mitarbeiter|doctor|trainer|coach|membre|membro|miembro|medewerker|clen|czlon|сотрудник|врач|عضو|طبيب)/u],
];

export interface RevisionSettings {
  locale: string;
}

interface Revision {
  requirements: Requirement[];
  facts: Fact[];
  notes: string[];
  next: number;
  added: Set<string>;
  changed: Set<string>;
  removed: number;
  locale: string;
  t: Translator<RevisionMessageKey>;
}

function endSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /[.!?…。؟]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The requirement the words best name, by shared stems and by kind; `null` when none is close enough. */
function matchRequirement(revision: Revision, target: string, prefer?: readonly NeedKind[]): Requirement | null {
  const wanted = contentWords(target, revision.locale);
  const kind = classifyKind(target);
  let best: { requirement: Requirement; score: number } | null = null;
  for (const requirement of revision.requirements) {
    let score = containment(wanted, contentWords(requirement.text, revision.locale));
    if (kind !== 'other' && requirement.kind === kind) score += 0.5;
    if (prefer && requirement.kind && prefer.includes(requirement.kind)) score += 0.5;
    if (score >= MATCH && (best === null || score > best.score)) best = { requirement, score };
  }
  return best?.requirement ?? null;
}

/** The fact the words name: by its label ("das Paket Standard"), or by position ("the middle plan"). */
function matchFact(revision: Revision, target: string): { fact: Fact; by: 'label' | 'position' } | null {
  const folded = fold(target);
  const byLabel = revision.facts
    .filter((f) => f.label.length >= 2 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(f.label))}(?![\\p{L}\\p{N}])`, 'u').test(folded))
    .sort((a, b) => b.label.length - a.label.length);
  if (byLabel[0]) return { fact: byLabel[0], by: 'label' };
  // Inflected: "переименуйте диагностику" names the item "диагностика".
  const words = contentWords(target, revision.locale);
  const byStem = revision.facts
    .map((f) => [f, contentWords(f.label, revision.locale)] as const)
    .filter(([, label]) => label.length > 0 && containment(label, words) === 1)
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (byStem) return { fact: byStem[0], by: 'label' };
  const ordinal = ORDINALS.find(([, pattern]) => pattern.test(folded))?.[0];
  if (ordinal === undefined) return null;
  const named = FACT_NOUNS.find(([, pattern]) => pattern.test(folded))?.[0];
  const kinds: FactKind[] = named ? [named] : ['price', 'product', 'service'];
  const kind = kinds.map((k) => [k, revision.facts.filter((f) => f.kind === k).length] as const).sort((a, b) => b[1] - a[1])[0];
  if (!kind || kind[1] === 0) return null;
  const list = revision.facts.filter((f) => f.kind === kind[0]);
  const index = ordinal === 'middle' ? Math.floor((list.length - 1) / 2) : ordinal === 'last' ? list.length - 1 : ordinal;
  const fact = list[index];
  return fact ? { fact, by: 'position' } : null;
}

/** Requirements whose text names `label` as a whole word. */
function naming(revision: Revision, label: string): Requirement[] {
  // Case counts: the plan "Team" is not the word "team" in "by team size".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'u');
  return revision.requirements.filter((r) => pattern.test(r.text));
}

function change(revision: Revision, requirement: Requirement, text: string): void {
  if (requirement.text === text) return;
  requirement.text = text;
  requirement.source = 'modification';
  if (!revision.added.has(requirement.id)) revision.changed.add(requirement.id);
}

/** The brief reader's phrasing of a clause when it reads exactly one need there (not just the clause echoed back). */
function readNeed(clause: string, locale: string): Requirement | null {
  const read = buildTerms({ brief: clause, documents: [], locale }).terms.requirements;
  const only = read.length === 1 ? read[0] : undefined;
  const bare = (text: string): string => text.replace(/[\s.!?…。؟]+$/u, '').toLowerCase();
  return only && bare(only.text) !== bare(clause) ? only : null;
}

/** Every word of `part` is still in `whole`: a phrasing that dropped words is not used. */
function keepsWords(part: string, whole: string): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = new Set(words(whole));
  return words(part).every((w) => all.has(w));
}

/** The need a clause adds: one requirement per change, phrased by the brief reader when it reads one need there. */
function addNeed(revision: Revision, clause: string, kindFrom: string = clause): void {
  const lex = CHANGE_LEXICONS[revision.locale as keyof typeof CHANGE_LEXICONS] ?? CHANGE_LEXICONS.en;
  // "Přidejte stránku s ceníkem" is read as "Chceme stránku s ceníkem": the thing wanted, phrased as the brief's needs are.
  const fragment = clause.replace(lex.addOpening, '').replace(CHANGE_LEXICONS.en.addOpening, '').replace(/\s+(?:hinzu|toe)$/iu, '').trim();
  const wanted = fragment !== clause && fragment !== '' ? readNeed(`${lex.want} ${fragment}.`, revision.locale) : null;
  const single = readNeed(clause, revision.locale) ?? (wanted && keepsWords(fragment, wanted.text) ? wanted : null) ?? undefined;
  const text = single ? single.text : endSentence(upperFirst(clause));
  const kind = kindFrom === clause && single?.kind ? single.kind : classifyKind(kindFrom);
  // A need the terms already hold, restated, changes that requirement instead of adding a copy.
  const words = contentWords(text, revision.locale);
  const restated = revision.requirements.find((r) => {
    const theirs = contentWords(r.text, revision.locale);
    return containment(words, theirs) >= RESTATED && containment(theirs, words) >= RESTATED;
  });
  const priority = classifyPriority(clause, single?.priority ?? 'should');
  if (restated) {
    change(revision, restated, text);
    if (restated.priority !== priority) {
      restated.priority = priority;
      restated.source = 'modification';
      if (!revision.added.has(restated.id)) revision.changed.add(restated.id);
    }
    return;
  }
  // "Add a Premium plan for 149 €": a new item for a need the terms already hold changes that need and its facts.
  const newFacts = extractFacts([{ text: fragment || clause, source: 'modification' }], revision.locale);
  // The need that shows such items: the one that shows the existing item most like the new one ("Pizza Diavola" → the menu's pizzas).
  const kindShown = (fact: Fact): FactKind => {
    const words = contentWords(fact.label, revision.locale);
    const like = revision.facts.map((f) => [f, containment(words, contentWords(f.label, revision.locale))] as const).filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1])[0];
    return like ? like[0].kind : fact.kind;
  };
  const shows = [...new Set(newFacts.flatMap((f) => NEEDS_SHOWING[kindShown(f)] ?? []))];
  const holder = shows.length > 0 && revision.requirements.some((r) => r.kind && shows.includes(r.kind)) ? matchRequirement(revision, fragment || clause, shows) : null;
  if (holder && holder.kind && shows.includes(holder.kind)) {
    // The new item joins its like: same kind as the items it resembles, without a leading article ("a Pizza Diavola").
    const determiners = new Set([...lex.stopwords, ...CHANGE_LEXICONS.en.stopwords]);
    mergeFacts(revision, newFacts.map((f) => ({ ...f, kind: kindShown(f), label: f.label.replace(/^(\S+)\s+/u, (word, first: string) => (determiners.has(first.toLowerCase()) ? '' : word)) })), null);
    change(revision, holder, `${endSentence(holder.text)} ${revision.t('note.changed', { change: clause.replace(/[.!?]+$/u, '') })}`);
    return;
  }
  const id = `R${revision.next++}`;
  revision.requirements.push({
    id,
    text,
    category: single?.category ?? categoryForKind(kind, clause),
    priority,
    source: 'modification',
    kind,
    ...(single?.actor ? { actor: single.actor } : {}),
    ...(single?.acceptance ? { acceptance: single.acceptance } : {}),
  });
  revision.added.add(id);
  mergeFacts(revision, newFacts, null);
}

/** New facts from the change: a set that replaces the old one (hours), a new value for a known label, or a new fact. */
function mergeFacts(revision: Revision, facts: readonly Fact[], replacing: Fact | null): boolean {
  if (facts.length === 0) return false;
  for (const kind of new Set(facts.map((f) => f.kind))) {
    if (SINGLE.has(kind)) revision.facts = revision.facts.filter((f) => f.kind !== kind);
  }
  for (const fact of facts) {
    const same = revision.facts.find((f) => f.kind === fact.kind && fold(f.label) === fold(fact.label)) ?? (replacing?.kind === fact.kind ? replacing : undefined);
    if (same) {
      if (fact.value !== undefined) same.value = fact.value;
      if (same === replacing && fold(fact.label) !== fold(same.label) && FACT_NOUNS.every(([, p]) => !p.test(fold(fact.label)))) same.label = fact.label;
    } else revision.facts.push({ ...fact, source: 'modification' });
  }
  return true;
}

function rename(revision: Revision, step: ValueChange): boolean {
  const fact = matchFact(revision, step.target)?.fact ?? null;
  const from = fact?.label ?? step.target;
  const to = step.value;
  if (fact) fact.label = to;
  // A requirement that names the old name takes the new one; else the one the words (or the fact's kind) point at notes the rename.
  const named = naming(revision, from);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const requirement of named) {
    change(revision, requirement, requirement.text.replace(pattern, to));
    if (requirement.acceptance) requirement.acceptance = requirement.acceptance.replace(pattern, to);
  }
  if (named.length > 0) return true;
  const requirement = matchRequirement(revision, step.target, fact ? NEEDS_SHOWING[fact.kind] : undefined);
  if (requirement) change(revision, requirement, `${endSentence(requirement.text)} ${revision.t('note.renamed', { from, to })}`);
  return fact !== null || requirement !== null;
}

function remove(revision: Revision, target: string, statement: string): void {
  // "Remove the Premium plan", "drop the last plan": a thing the customer supplied, not a need.
  const match = matchFact(revision, target);
  if (match && (match.by === 'label' || FACT_NOUNS.some(([, p]) => p.test(fold(target))))) {
    revision.facts.splice(revision.facts.indexOf(match.fact), 1);
    for (const requirement of naming(revision, match.fact.label)) {
      change(revision, requirement, `${endSentence(requirement.text)} ${revision.t('note.changed', { change: statement.replace(/[.!?]+$/u, '') })}`);
    }
    return;
  }
  const requirement = matchRequirement(revision, target);
  if (requirement === null) {
    revision.notes.push(revision.t('note.unmatched', { change: statement }));
    return;
  }
  // "Remove the newsletter" from "a blog with breathing tips and a newsletter": the blog stays.
  const rest = cutOut(requirement.text, target, revision.locale);
  if (rest !== null) {
    change(revision, requirement, rest);
    requirement.kind = classifyKind(rest);
    return;
  }
  revision.requirements.splice(revision.requirements.indexOf(requirement), 1);
  revision.added.delete(requirement.id);
  revision.changed.delete(requirement.id);
  revision.removed++;
  // The facts only that need showed go with it, so its section leaves the site.
  for (const kind of SHOWN[requirement.kind ?? 'other'] ?? []) {
    const stillShown = revision.requirements.some((r) => r.kind && (SHOWN[r.kind] ?? []).includes(kind));
    if (!stillShown) revision.facts = revision.facts.filter((f) => f.kind !== kind);
  }
}

/**
 * The requirement's text without the thing a removal names, when it names more than that thing
 * (a need stated together with another); null when the thing is (nearly) the whole requirement.
 */
function cutOut(text: string, target: string, locale: string): string | null {
  const lex = CHANGE_LEXICONS[locale as keyof typeof CHANGE_LEXICONS] ?? CHANGE_LEXICONS.en;
  const own = contentWords(text, locale);
  const named = contentWords(target, locale);
  if (containment(own, named) >= 0.5) return null;
  const stop = [...lex.stopwords, ...CHANGE_LEXICONS.en.stopwords].map(escapeRegExp).join('|');
  const core = target.replace(new RegExp(`^(?:(?:${stop})\\s+)+`, 'iu'), '').trim();
  if (core === '') return null;
  const and = [...lex.and, ...CHANGE_LEXICONS.en.and].map(escapeRegExp).join('|');
  const thing = `(?:(?:${stop})\\s+)?${escapeRegExp(core)}(?![\\p{L}\\p{N}])`;
  for (const pattern of [`(?:\\s*,\\s*|\\s+(?:${and})\\s+)${thing}`, `(?<![\\p{L}\\p{N}])${thing}(?:\\s*,\\s*|\\s+(?:${and})\\s+)`]) {
    const cut = text.replace(new RegExp(pattern, 'iu'), '');
    if (cut !== text && /\p{L}/u.test(cut)) return cut.replace(/\s+([.,;!?])/gu, '$1').trim();
  }
  return null;
}

function edit(revision: Revision, step: ValueChange): void {
  const fact = matchFact(revision, step.target)?.fact ?? null;
  const found = extractFacts([{ text: step.text, source: 'modification' }], revision.locale);
  const facts = found.length > 0 ? found : extractFacts([{ text: `${step.target}: ${step.value}`, source: 'modification' }], revision.locale);
  // "Change the middle plan to Growth": a new name for a thing the customer supplied, not a new value.
  if (facts.length === 0 && fact && !/\p{N}/u.test(step.value)) {
    rename(revision, step);
    return;
  }
  const merged = mergeFacts(revision, facts, fact);
  const requirement = matchRequirement(revision, step.target);
  if (requirement) change(revision, requirement, `${endSentence(requirement.text)} ${revision.t('note.changed', { change: step.text.replace(/[.!?]+$/u, '') })}`);
  if (!merged && !requirement) addNeed(revision, step.text);
}

function replace(revision: Revision, step: ValueChange): void {
  if (matchFact(revision, step.target)?.by === 'label') {
    rename(revision, step);
    return;
  }
  remove(revision, step.target, step.text);
  addNeed(revision, step.text, step.value);
}

/**
 * Applies the customer's one change to the terms. Each distinct change (see `splitChanges`) is
 * added (a new requirement with the next id, source `modification`), changed (a rename or an edit
 * rewrites the requirement it names and renames or updates the matching fact) or removed (the
 * requirement leaves; the ids of the others stay). Business, locale and facts carry over; the
 * summary says the terms were revised, in the request's locale.
 */
export function reviseTerms(previous: Terms, changeText: string, settings: RevisionSettings): Terms {
  const locale = previous.locale ?? settings.locale;
  const t = translator(revisionMessages, locale);
  const revision: Revision = {
    requirements: previous.requirements.map((r) => ({ ...r })),
    facts: (previous.facts ?? []).map((f) => ({ ...f })),
    notes: [],
    next: Math.max(0, ...previous.requirements.map((r) => Number(r.id.slice(1)) || 0)) + 1,
    added: new Set(),
    changed: new Set(),
    removed: 0,
    locale: t.locale,
    t,
  };
  for (const step of splitChanges(changeText, locale)) {
    if (step.op === 'remove') remove(revision, step.target, step.text);
    else if (step.op === 'rename') {
      if (!rename(revision, step)) addNeed(revision, step.text);
    } else if (step.op === 'replace') replace(revision, step);
    else if (step.op === 'edit') edit(revision, step);
    else addNeed(revision, step.text);
  }
  const assumptions = [...previous.assumptions];
  for (const note of revision.notes) if (!assumptions.includes(note)) assumptions.push(note);
  const counts = { added: revision.added.size, changed: revision.changed.size, removed: revision.removed };
  return {
    ...previous,
    summary: `${previous.summary} ${t('summary.revised', counts)}`.trim(),
    requirements: revision.requirements,
    assumptions,
    facts: revision.facts,
    locale,
  };
}
