import { planMessages, translator } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import type { Plan } from './deliverables.ts';
import { renderPlanMarkdown } from './render-plan-markdown.ts';

const plan: Plan = {
  milestones: [
    { id: 'M1', title: 'Discovery', estimateHours: 2.5, tasks: [{ title: 'Kick-off', covers: ['R1', 'R2', 'R3'], estimateHours: 2.5 }] },
    {
      id: 'M2',
      title: 'Build: features',
      estimateHours: 13,
      tasks: [
        { title: 'Project set-up', covers: [], estimateHours: 4, dependsOn: ['Kick-off'] },
        { title: 'Booking back end | slots', covers: ['R1'], estimateHours: 9, dependsOn: ['Project set-up', 'Kick-off'] },
      ],
    },
  ],
  risks: [{ text: 'Forms (R1) collect personal data.', mitigation: 'Ask only for what is needed.' }],
  totalHours: 15.5,
  totalDays: 3,
};

const en = translator(planMessages, 'en');

describe('renderPlanMarkdown', () => {
  const markdown = renderPlanMarkdown(plan, { title: 'Trattoria Sole', t: en });

  it('renders the totals, each milestone with its tasks, estimates, the requirements they cover and what they wait for', () => {
    expect(markdown.startsWith('# Realization plan: Trattoria Sole\n\n**Total: 15.5 h, about 3 working days**')).toBe(true);
    expect(markdown).toContain('| M1 — Discovery | 2.5 h |');
    expect(markdown).toContain('| **Total** | **15.5 h** |');
    expect(markdown).toContain('## M2 — Build: features (13 h)');
    expect(markdown).toContain('| M1.1 | Kick-off | R1–R3 | — | 2.5 h |');
    expect(markdown).toContain('| M2.1 | Project set-up | — | M1.1 | 4 h |');
    expect(markdown).toContain('| M2.2 | Booking back end \\| slots | R1 | M2.1, M1.1 | 9 h |');
  });

  it('renders risks with their mitigations', () => {
    expect(markdown).toContain('## Risks\n\n| Risk | Mitigation |\n| --- | --- |\n| Forms (R1) collect personal data. | Ask only for what is needed. |');
    expect(renderPlanMarkdown({ ...plan, risks: [] }, { t: en })).toContain('None identified.');
    expect(renderPlanMarkdown(plan, { t: en }).startsWith('# Realization plan\n')).toBe(true);
  });

  it('speaks the locale of its formatter: headings, table headers, hours, days and number format', () => {
    const de = renderPlanMarkdown(plan, { title: 'Praxis Weber', t: translator(planMessages, 'de') });
    expect(de.startsWith('# Umsetzungsplan: Praxis Weber\n\n**Gesamt: 15,5 Std., etwa 3 Arbeitstage**')).toBe(true);
    expect(de).toContain('| # | Aufgabe | Deckt ab | Nach | Aufwand |');
    expect(de).toContain('## Risiken\n\n| Risiko | Gegenmaßnahme |');
    const cs = renderPlanMarkdown({ ...plan, totalDays: 5 }, { t: translator(planMessages, 'cs') });
    expect(cs).toContain('zhruba 5 pracovních dní');
    const ar = renderPlanMarkdown({ ...plan, risks: [] }, { t: translator(planMessages, 'ar') });
    expect(ar).toContain('# خطة التنفيذ');
    expect(ar).toContain('لم يُرصد أي خطر.');
    for (const text of [de, cs, ar]) expect(text).not.toMatch(/Realization plan|Total|Milestone|Risks|hours/);
  });
});
