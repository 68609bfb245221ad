import type { Fact, Requirement, Terms } from './deliverables.ts';
import type { MessageFormatter } from './render-plan-markdown.ts';
import { escapeMarkdown } from './render-terms-markdown.ts';

export type RequirementField = 'text' | 'category' | 'priority' | 'source' | 'kind';

export interface RequirementChange {
  id: string;
  before: Requirement;
  after: Requirement;
  fields: RequirementField[];
}

/** Facts have no ids: a fact that kept its kind and value but not its label was renamed ("Standard" → "Growth"). */
export interface FactsDiff {
  added: Fact[];
  removed: Fact[];
  renamed: Array<{ before: Fact; after: Fact }>;
  /** Same thing, new value (new price, new hours). */
  changed: Array<{ before: Fact; after: Fact }>;
}

export interface TermsDiff {
  added: Requirement[];
  removed: Requirement[];
  changed: RequirementChange[];
  /** Absent only in diffs built by hand; `diffTerms` always fills it. */
  facts?: FactsDiff;
}

const FIELDS: readonly RequirementField[] = ['text', 'category', 'priority', 'source', 'kind'];

const same = (a: Fact, b: Fact): boolean => a.kind === b.kind && a.label === b.label && (a.value ?? '') === (b.value ?? '') && (a.group ?? '') === (b.group ?? '') && (a.detail ?? '') === (b.detail ?? '');

/** Pairs what is left of two fact lists: first the same label with a new value, then the same value under a new label. */
export function diffFacts(before: readonly Fact[], after: readonly Fact[]): FactsDiff {
  const removed = before.filter((b) => !after.some((a) => same(a, b)));
  const added = after.filter((a) => !before.some((b) => same(a, b)));
  const changed: FactsDiff['changed'] = [];
  const renamed: FactsDiff['renamed'] = [];
  const take = (match: (b: Fact, a: Fact) => boolean, into: FactsDiff['changed']): void => {
    for (const b of [...removed]) {
      const index = added.findIndex((a) => match(b, a));
      if (index < 0) continue;
      into.push({ before: b, after: added[index] as Fact });
      added.splice(index, 1);
      removed.splice(removed.indexOf(b), 1);
    }
  };
  take((b, a) => a.kind === b.kind && a.label === b.label, changed);
  take((b, a) => a.kind === b.kind && (a.value ?? '') === (b.value ?? '') && (a.group ?? '') === (b.group ?? ''), renamed);
  return { added, removed, renamed, changed };
}

/** Requirements are matched by id, which stays stable across a modification; facts by what they say. */
export function diffTerms(before: Terms, after: Terms): TermsDiff {
  const old = new Map(before.requirements.map((r) => [r.id, r]));
  const next = new Map(after.requirements.map((r) => [r.id, r]));
  const changed: RequirementChange[] = [];
  for (const r of after.requirements) {
    const previous = old.get(r.id);
    if (!previous) continue;
    const fields = FIELDS.filter((field) => previous[field] !== r[field]);
    if (fields.length > 0) changed.push({ id: r.id, before: previous, after: r, fields });
  }
  return {
    added: after.requirements.filter((r) => !old.has(r.id)),
    removed: before.requirements.filter((r) => !next.has(r.id)),
    changed,
    facts: diffFacts(before.facts ?? [], after.facts ?? []),
  };
}

function factCount(diff: TermsDiff): number {
  const f = diff.facts;
  return f ? f.added.length + f.removed.length + f.renamed.length + f.changed.length : 0;
}

export function isEmptyDiff(diff: TermsDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && factCount(diff) === 0;
}

export type TermsDiffKey =
  | 'diff.heading' | 'diff.counts' | 'diff.factCounts' | 'diff.added' | 'diff.removed' | 'diff.changed' | 'diff.facts'
  | 'diff.none' | 'diff.text' | 'diff.priority' | 'priority.must' | 'priority.should' | 'priority.could'
  | 'fact.renamed' | 'fact.added' | 'fact.removed' | 'fact.changed';

function factText(fact: Fact): string {
  return escapeMarkdown([fact.group, fact.label, fact.value].filter(Boolean).join(' — '));
}

/**
 * What changed between two versions of the terms, as Markdown in the formatter's locale (the
 * `@statex/i18n` revision catalogue): added, removed and changed requirements by id and text, then
 * the facts renamed, changed, added and removed.
 */
export function renderTermsDiffMarkdown(diff: TermsDiff, t: MessageFormatter<TermsDiffKey>): string {
  const lines = [`# ${t('diff.heading')}`, ''];
  if (isEmptyDiff(diff)) return `${[...lines, t('diff.none')].join('\n')}\n`;
  lines.push(t('diff.counts', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length }));
  if (factCount(diff) > 0) lines.push('', t('diff.factCounts', { count: factCount(diff) }));
  const line = (r: Requirement): string => `- **${r.id}** — ${escapeMarkdown(r.text)}`;
  if (diff.added.length > 0) lines.push('', `## ${t('diff.added')}`, '', ...diff.added.map(line));
  if (diff.removed.length > 0) lines.push('', `## ${t('diff.removed')}`, '', ...diff.removed.map(line));
  if (diff.changed.length > 0) {
    lines.push('', `## ${t('diff.changed')}`, '');
    for (const change of diff.changed) {
      const details: string[] = [];
      if (change.fields.includes('text')) details.push(t('diff.text', { before: escapeMarkdown(change.before.text), after: escapeMarkdown(change.after.text) }));
      if (change.fields.includes('priority')) details.push(t('diff.priority', { before: t(`priority.${change.before.priority}`), after: t(`priority.${change.after.priority}`) }));
      // A change of source or kind alone follows from the text; the line still names the requirement.
      lines.push(`- **${change.id}** — ${details.length > 0 ? details.join('; ') : escapeMarkdown(change.after.text)}`);
    }
  }
  const facts = diff.facts;
  if (facts && factCount(diff) > 0) {
    lines.push('', `## ${t('diff.facts')}`, '');
    for (const { before, after } of facts.renamed) lines.push(`- ${t('fact.renamed', { before: escapeMarkdown(before.label), after: escapeMarkdown(after.label) })}`);
    for (const { before, after } of facts.changed) lines.push(`- ${t('fact.changed', { label: escapeMarkdown(after.label), before: escapeMarkdown(before.value ?? '—'), after: escapeMarkdown(after.value ?? '—') })}`);
    for (const fact of facts.added) lines.push(`- ${t('fact.added', { fact: factText(fact) })}`);
    for (const fact of facts.removed) lines.push(`- ${t('fact.removed', { fact: factText(fact) })}`);
  }
  return `${lines.join('\n')}\n`;
}
