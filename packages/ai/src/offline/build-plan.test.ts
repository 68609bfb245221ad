import type { Requirement, Terms } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { buildPlan, estimateRequirement, HOURS_PER_DAY } from './build-plan.ts';

function terms(requirements: Array<Partial<Requirement> & { text: string }>, assumptions: string[] = []): Terms {
  return {
    title: 'Website for Test',
    summary: '',
    assumptions,
    requirements: requirements.map((r, i) => ({ id: `R${i + 1}`, category: 'functional', priority: 'should', source: 'brief', ...r })),
  };
}

const standard = { compliance: 'standard', privacy: 'standard' } as const;

describe('buildPlan', () => {
  const sample = terms([
    { text: 'The site shall allow guests to book a table online.' },
    { text: 'The system shall integrate Stripe for payments.', category: 'integration' },
    { text: 'The site shall load fast.', category: 'non-functional' },
    { text: 'The site shall use the brand colours.', category: 'design' },
    { text: 'The site shall show the menu.', category: 'content' },
  ]);

  it('gives every requirement its own task, in the milestone of its category', () => {
    const plan = buildPlan(sample, standard);
    expect(plan.milestones.map((m) => [m.id, m.title])).toEqual([
      ['M1', 'Discovery'],
      ['M2', 'Design'],
      ['M3', 'Build: features'],
      ['M4', 'Build: integrations'],
      ['M5', 'Build: quality, performance and compliance'],
      ['M6', 'Content'],
      ['M7', 'QA and launch'],
    ]);
    const own = plan.milestones.flatMap((m) => m.tasks.filter((t) => /^R\d+ — /.test(t.title)).map((t) => [m.title, t.covers[0], t.title]));
    expect(own).toEqual([
      ['Design', 'R4', 'R4 — Use the brand colours'],
      ['Build: features', 'R1', 'R1 — Allow guests to book a table online'],
      ['Build: integrations', 'R2', 'R2 — Integrate Stripe for payments'],
      ['Build: quality, performance and compliance', 'R3', 'R3 — Load fast'],
      ['Content', 'R5', 'R5 — Show the menu'],
    ]);
  });

  it('adds up: milestones are the sum of their tasks, the total the sum of milestones, days at six hours', () => {
    const plan = buildPlan(sample, { compliance: 'eu', privacy: 'enhanced' });
    for (const m of plan.milestones) expect(m.estimateHours).toBe(m.tasks.reduce((sum, t) => sum + t.estimateHours, 0));
    expect(plan.totalHours).toBe(plan.milestones.reduce((sum, m) => sum + m.estimateHours, 0));
    expect(plan.totalDays).toBe(Math.ceil(plan.totalHours / HOURS_PER_DAY));
    expect(plan.milestones.at(-1)?.tasks.map((t) => t.title)).toEqual(expect.arrayContaining([expect.stringMatching(/GDPR/), expect.stringMatching(/Privacy hardening/)]));
  });

  it('estimates by category and complexity cues', () => {
    const base = { id: 'R1', priority: 'should', source: 'brief' } as const;
    expect(estimateRequirement({ ...base, text: 'The site shall show a map.', category: 'functional' })).toBe(6);
    expect(estimateRequirement({ ...base, text: 'The site shall allow guests to book a table.', category: 'functional' })).toBe(9);
    expect(estimateRequirement({ ...base, text: 'Customers shall pay online in a shop with an account.', category: 'integration' })).toBe(30);
    expect(estimateRequirement({ ...base, text: 'A simple static text.', category: 'content' })).toBe(2.5);
  });

  it('names risks from cues, citing the requirements, and always the scope', () => {
    const plan = buildPlan(
      terms(
        [
          { text: 'The site shall allow customers to pay online.' },
          { text: 'The site shall include a contact form.' },
          { text: 'The site shall be available in English and Arabic.' },
          { text: 'The site could include a blog.', priority: 'could' },
        ],
        ['We need it by next Friday!'],
      ),
      standard,
    );
    const texts = plan.risks.map((r) => r.text);
    expect(texts).toEqual([
      expect.stringMatching(/^Online payments and orders \(R1\)/),
      expect.stringMatching(/^Forms and accounts \(R2\)/),
      expect.stringMatching(/^The timeline is tight: “We need it by next Friday!”/),
      expect.stringMatching(/^Several languages \(R3\)/),
      expect.stringMatching(/^Scope may grow beyond the 4 agreed requirements/),
    ]);
    expect(plan.risks[2]?.mitigation).toMatch(/could-have ones \(R4\)/);
    expect(plan.risks.every((r) => r.mitigation.length > 20)).toBe(true);
  });

  it('still plans the fixed work when there are no requirements', () => {
    const plan = buildPlan(terms([]), standard);
    expect(plan.totalHours).toBeGreaterThan(0);
    expect(plan.risks).toHaveLength(1);
  });
});
