import type { Requirement, Terms } from './deliverables.ts';
import { escapeMarkdown, formatRequirementLine } from './render-terms-markdown.ts';

export type RequirementField = 'text' | 'category' | 'priority' | 'source';

export interface RequirementChange {
  id: string;
  before: Requirement;
  after: Requirement;
  fields: RequirementField[];
}

export interface TermsDiff {
  added: Requirement[];
  removed: Requirement[];
  changed: RequirementChange[];
}

const FIELDS: readonly RequirementField[] = ['text', 'category', 'priority', 'source'];

/** Requirements are matched by id, which stays stable across a modification. */
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
  };
}

export function isEmptyDiff(diff: TermsDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** The changes between two versions of the terms as Markdown, for the customer and the email. */
export function renderTermsDiffMarkdown(diff: TermsDiff): string {
  const lines = ['# Changes to the terms of reference', ''];
  if (isEmptyDiff(diff)) return `${[...lines, 'No requirement changed.'].join('\n')}\n`;
  lines.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`);
  if (diff.added.length > 0) lines.push('', '## Added', '', ...diff.added.map((r) => `- ${formatRequirementLine(r)}`));
  if (diff.removed.length > 0) lines.push('', '## Removed', '', ...diff.removed.map((r) => `- ${formatRequirementLine(r)}`));
  if (diff.changed.length > 0) {
    lines.push('', '## Changed', '');
    for (const change of diff.changed) {
      const details = change.fields.map((field) =>
        field === 'text'
          ? `text: “${escapeMarkdown(change.before.text)}” → “${escapeMarkdown(change.after.text)}”`
          : `${field}: ${escapeMarkdown(change.before[field])} → ${escapeMarkdown(change.after[field])}`,
      );
      lines.push(`- **${change.id}** — ${details.join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
