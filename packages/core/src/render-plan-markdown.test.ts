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
        { title: 'R1 — Allow guests to book | tables', covers: ['R1'], estimateHours: 9 },
        { title: 'Project set-up', covers: [], estimateHours: 4 },
      ],
    },
  ],
  risks: [{ text: 'Forms (R1) collect personal data.', mitigation: 'Ask only for what is needed.' }],
  totalHours: 15.5,
  totalDays: 3,
};

describe('renderPlanMarkdown', () => {
  const markdown = renderPlanMarkdown(plan, { title: 'Trattoria Sole' });

  it('renders the totals, each milestone with its tasks, estimates and the requirements they cover', () => {
    expect(markdown.startsWith('# Realization plan: Trattoria Sole\n\n**Total: 15.5 h, about 3 working days**')).toBe(true);
    expect(markdown).toContain('| M1 — Discovery | 2.5 h |');
    expect(markdown).toContain('| **Total** | **15.5 h** |');
    expect(markdown).toContain('## M2 — Build: features (13 h)');
    expect(markdown).toContain('| Kick-off | R1–R3 | 2.5 h |');
    expect(markdown).toContain('| R1 — Allow guests to book \\| tables | R1 | 9 h |');
    expect(markdown).toContain('| Project set-up | — | 4 h |');
  });

  it('renders risks with their mitigations', () => {
    expect(markdown).toContain('## Risks\n\n| Risk | Mitigation |\n| --- | --- |\n| Forms (R1) collect personal data. | Ask only for what is needed. |');
    expect(renderPlanMarkdown({ ...plan, risks: [] })).toContain('None identified.');
    expect(renderPlanMarkdown(plan).startsWith('# Realization plan\n')).toBe(true);
  });
});
