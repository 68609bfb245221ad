import type { Plan } from './deliverables.ts';
import { escapeMarkdown, formatRequirementIds } from './render-terms-markdown.ts';

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** The realization plan as Markdown: milestones with their tasks, estimates citing R-ids, totals, risks. */
export function renderPlanMarkdown(plan: Plan, options: { title?: string } = {}): string {
  const heading = options.title ? `# Realization plan: ${escapeMarkdown(options.title)}` : '# Realization plan';
  const lines = [
    heading,
    '',
    `**Total: ${formatHours(plan.totalHours)}, about ${plan.totalDays} working day${plan.totalDays === 1 ? '' : 's'}** for one developer at 6 productive hours a day.`,
    '',
    '| Milestone | Estimate |',
    '| --- | --- |',
    ...plan.milestones.map((m) => `| ${escapeMarkdown(m.id)} — ${escapeMarkdown(m.title)} | ${formatHours(m.estimateHours)} |`),
    `| **Total** | **${formatHours(plan.totalHours)}** |`,
  ];
  for (const milestone of plan.milestones) {
    lines.push('', `## ${escapeMarkdown(milestone.id)} — ${escapeMarkdown(milestone.title)} (${formatHours(milestone.estimateHours)})`, '');
    if (milestone.tasks.length === 0) {
      lines.push('No tasks.');
      continue;
    }
    lines.push('| Task | Covers | Estimate |', '| --- | --- | --- |');
    for (const task of milestone.tasks) {
      lines.push(`| ${escapeMarkdown(task.title)} | ${task.covers.length > 0 ? formatRequirementIds(task.covers) : '—'} | ${formatHours(task.estimateHours)} |`);
    }
  }
  lines.push('', '## Risks', '');
  if (plan.risks.length === 0) lines.push('None identified.');
  else {
    lines.push('| Risk | Mitigation |', '| --- | --- |');
    for (const risk of plan.risks) lines.push(`| ${escapeMarkdown(risk.text)} | ${escapeMarkdown(risk.mitigation)} |`);
  }
  return `${lines.join('\n')}\n`;
}
