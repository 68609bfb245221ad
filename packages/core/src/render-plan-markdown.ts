import type { Plan } from './deliverables.ts';
import { escapeMarkdown, formatRequirementIds } from './render-terms-markdown.ts';

/**
 * A message formatter for one locale (the `translator` of `@statex/i18n` over its plan catalogue).
 * Core cannot import the catalogue (i18n depends on core), so the caller hands the formatter in.
 */
export type MessageFormatter<K extends string> = (key: K, values?: Record<string, string | number>) => string;

export type PlanMarkdownKey =
  | 'md.heading' | 'md.headingFor' | 'md.total' | 'md.hours' | 'md.milestone' | 'md.estimate' | 'md.task' | 'md.covers'
  | 'md.dependsOn' | 'md.totalRow' | 'md.noTasks' | 'md.risks' | 'md.risk' | 'md.mitigation' | 'md.noRisks';

/** Productive hours a developer is counted for per day; the plan's day total uses it. */
export const PLAN_HOURS_PER_DAY = 6;

/**
 * The realization plan as Markdown in the formatter's locale: totals, milestones with their tasks,
 * the requirement ids each covers and what it waits for (as task numbers like M3.1), then risks.
 */
export function renderPlanMarkdown(plan: Plan, options: { title?: string; t: MessageFormatter<PlanMarkdownKey> }): string {
  const { t } = options;
  const hours = (value: number): string => t('md.hours', { hours: value });
  // Tasks wait for others by title; the document names them by their number, which stays short.
  const numberOf = new Map<string, string>();
  for (const milestone of plan.milestones) milestone.tasks.forEach((task, i) => numberOf.set(task.title, `${milestone.id}.${i + 1}`));
  const lines = [
    `# ${options.title ? t('md.headingFor', { title: escapeMarkdown(options.title) }) : t('md.heading')}`,
    '',
    t('md.total', { hours: plan.totalHours, days: plan.totalDays, perDay: PLAN_HOURS_PER_DAY }),
    '',
    `| ${t('md.milestone')} | ${t('md.estimate')} |`,
    '| --- | --- |',
    ...plan.milestones.map((m) => `| ${escapeMarkdown(m.id)} — ${escapeMarkdown(m.title)} | ${hours(m.estimateHours)} |`),
    `| **${t('md.totalRow')}** | **${hours(plan.totalHours)}** |`,
  ];
  for (const milestone of plan.milestones) {
    lines.push('', `## ${escapeMarkdown(milestone.id)} — ${escapeMarkdown(milestone.title)} (${hours(milestone.estimateHours)})`, '');
    if (milestone.tasks.length === 0) {
      lines.push(t('md.noTasks'));
      continue;
    }
    lines.push(`| # | ${t('md.task')} | ${t('md.covers')} | ${t('md.dependsOn')} | ${t('md.estimate')} |`, '| --- | --- | --- | --- | --- |');
    milestone.tasks.forEach((task, i) => {
      const after = (task.dependsOn ?? []).map((title) => numberOf.get(title)).filter((n): n is string => n !== undefined);
      const covers = task.covers.length > 0 ? formatRequirementIds(task.covers) : '—';
      lines.push(`| ${milestone.id}.${i + 1} | ${escapeMarkdown(task.title)} | ${covers} | ${after.length > 0 ? after.join(', ') : '—'} | ${hours(task.estimateHours)} |`);
    });
  }
  lines.push('', `## ${t('md.risks')}`, '');
  if (plan.risks.length === 0) lines.push(t('md.noRisks'));
  else {
    lines.push(`| ${t('md.risk')} | ${t('md.mitigation')} |`, '| --- | --- |');
    for (const risk of plan.risks) lines.push(`| ${escapeMarkdown(risk.text)} | ${escapeMarkdown(risk.mitigation)} |`);
  }
  return `${lines.join('\n')}\n`;
}
