import type { Requirement, Terms } from './deliverables.ts';

/**
 * Customer text placed in Markdown stays text: characters that would start emphasis, links, code,
 * HTML or a table cell are escaped, line breaks are folded, and a leading list or heading marker is
 * neutralised. (HTML escaping is the renderer's job; this only keeps the Markdown structure intact.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** "R1, R2, R3, R5" → "R1–R3, R5": keeps long citation lists readable. */
export function formatRequirementIds(ids: readonly string[]): string {
  const numbers = ids.map((id) => Number(id.slice(1)));
  if (numbers.some((n) => !Number.isInteger(n))) return ids.join(', ');
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    parts.push(j - i >= 2 ? `R${numbers[i]}–R${numbers[j]}` : numbers.slice(i, j + 1).map((n) => `R${n}`).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

export function formatRequirementLine(requirement: Requirement): string {
  return `**${requirement.id}** — ${escapeMarkdown(requirement.text)} (${requirement.category}, ${requirement.priority}, ${escapeMarkdown(requirement.source)})`;
}

function countBy(requirements: readonly Requirement[], priority: Requirement['priority']): number {
  return requirements.filter((r) => r.priority === priority).length;
}

/** The terms of reference as a Markdown document: title, summary, numbered requirements, assumptions. */
export function renderTermsMarkdown(terms: Terms): string {
  const reqs = terms.requirements;
  const lines = [`# Terms of reference: ${escapeMarkdown(terms.title)}`, '', escapeMarkdown(terms.summary), '', '## Requirements', ''];
  if (reqs.length === 0) lines.push('No requirements.');
  else {
    lines.push('| ID | Requirement | Category | Priority | Source |', '| --- | --- | --- | --- | --- |');
    for (const r of reqs) lines.push(`| ${r.id} | ${escapeMarkdown(r.text)} | ${r.category} | ${r.priority} | ${escapeMarkdown(r.source)} |`);
    lines.push('', `${reqs.length} requirement${reqs.length === 1 ? '' : 's'}: ${countBy(reqs, 'must')} must, ${countBy(reqs, 'should')} should, ${countBy(reqs, 'could')} could.`);
  }
  lines.push('', '## Assumptions', '');
  if (terms.assumptions.length === 0) lines.push('None.');
  else for (const a of terms.assumptions) lines.push(`- ${escapeMarkdown(a)}`);
  return `${lines.join('\n')}\n`;
}
