import { FACT_KINDS, type Fact, type FactKind, type Requirement, type RequirementCategory, type RequirementPriority, type Terms } from './deliverables.ts';
import type { MessageFormatter } from './render-plan-markdown.ts';

/**
 * Customer text placed in Markdown stays text: characters that would start emphasis, links, code,
 * HTML or a table cell are escaped, line breaks are folded, and a leading list or heading marker is
 * neutralised. (HTML escaping is the renderer's job; this only keeps the Markdown structure intact.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    // An ampersand only needs escaping where it would start an entity ("&amp;"); "Lens & Light" stays as written.
    .replace(/[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi, '\\$&')
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

/** The keys of the `@statex/i18n` terms catalogue this renderer uses. */
export type TermsMarkdownKey =
  | 'heading' | 'requirements' | 'assumptions' | 'facts' | 'acceptance' | 'none' | 'noRequirements'
  | 'colId' | 'colRequirement' | 'colCategory' | 'colPriority' | 'colSource' | 'counts'
  | `category.${RequirementCategory}` | `priority.${RequirementPriority}`
  | 'source.brief' | 'source.voice' | 'source.file' | 'source.modification' | 'source.answer' | `fact.${FactKind}`
  | 'interview' | 'interview.answer' | 'interview.unanswered';

function countBy(requirements: readonly Requirement[], priority: Requirement['priority']): number {
  return requirements.filter((r) => r.priority === priority).length;
}

/** "brief", "voice", "file:menu.pdf", "modification", "answer" in the reader's language. */
export function sourceLabel(source: string, t: MessageFormatter<TermsMarkdownKey>): string {
  if (source === 'brief') return t('source.brief');
  if (source === 'voice') return t('source.voice');
  if (source === 'modification') return t('source.modification');
  if (source === 'answer') return t('source.answer');
  if (source.startsWith('file:')) return t('source.file', { name: source.slice(5) });
  return source;
}

function factLine(fact: Fact): string {
  const head = [fact.group, fact.label].filter(Boolean).map((part) => escapeMarkdown(part as string)).join(' — ');
  const value = fact.value && fact.value !== fact.label ? `: ${escapeMarkdown(fact.value)}` : '';
  const detail = fact.detail ? ` (${escapeMarkdown(fact.detail)})` : '';
  return `- ${head}${value}${detail}`;
}

/**
 * The terms of reference as Markdown in the formatter's locale (the `@statex/i18n` terms
 * catalogue; core cannot import it, so the caller hands the formatter in): the heading with the
 * business's name, the summary, one table row per requirement starting with its id, the
 * acceptance criteria, the facts the customer provided grouped by kind, the brief interview's
 * questions with their answers or the assumptions made (only when an interview was held), and the
 * assumptions.
 */
export function renderTermsMarkdown(terms: Terms, t: MessageFormatter<TermsMarkdownKey>): string {
  const reqs = terms.requirements;
  const title = terms.business?.name && !terms.title.includes(terms.business.name) ? terms.business.name : terms.title;
  const lines = [`# ${t('heading', { title: escapeMarkdown(title) })}`, '', escapeMarkdown(terms.summary), '', `## ${t('requirements')}`, ''];
  if (reqs.length === 0) lines.push(t('noRequirements'));
  else {
    lines.push(`| ${t('colId')} | ${t('colRequirement')} | ${t('colCategory')} | ${t('colPriority')} | ${t('colSource')} |`, '| --- | --- | --- | --- | --- |');
    for (const r of reqs) {
      lines.push(`| ${r.id} | ${escapeMarkdown(r.text)} | ${t(`category.${r.category}`)} | ${t(`priority.${r.priority}`)} | ${escapeMarkdown(sourceLabel(r.source, t))} |`);
    }
    lines.push('', t('counts', { count: reqs.length, must: countBy(reqs, 'must'), should: countBy(reqs, 'should'), could: countBy(reqs, 'could') }));
    const accepted = reqs.filter((r) => r.acceptance);
    if (accepted.length > 0) {
      // The criterion comes first and the id last: the requirement's own row is the line that starts with its id.
      lines.push('', `## ${t('acceptance')}`, '');
      for (const r of accepted) lines.push(`- ${escapeMarkdown(r.acceptance as string)} (${r.id})`);
    }
  }
  const facts = terms.facts ?? [];
  if (facts.length > 0) {
    lines.push('', `## ${t('facts')}`);
    for (const kind of FACT_KINDS) {
      const ofKind = facts.filter((f) => f.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push('', `### ${t(`fact.${kind}`)}`, '', ...ofKind.map(factLine));
    }
  }
  const interview = terms.interview ?? [];
  if (interview.length > 0) {
    lines.push('', `## ${t('interview')}`, '');
    for (const entry of interview) {
      const concerns = entry.requirement ? ` (${escapeMarkdown(entry.requirement)})` : '';
      lines.push(`- **${escapeMarkdown(entry.id)}**${concerns} ${escapeMarkdown(entry.question)}`);
      const outcome = entry.answer !== null ? t('interview.answer', { answer: escapeMarkdown(entry.answer) }) : entry.assumption ? escapeMarkdown(entry.assumption) : t('interview.unanswered');
      lines.push(`  - ${outcome}`);
    }
  }
  lines.push('', `## ${t('assumptions')}`, '');
  if (terms.assumptions.length === 0) lines.push(t('none'));
  else for (const a of terms.assumptions) lines.push(`- ${escapeMarkdown(a)}`);
  return `${lines.join('\n')}\n`;
}
