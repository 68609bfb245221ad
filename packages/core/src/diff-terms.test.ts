import { describe, expect, it } from 'vitest';
import type { Requirement, Terms } from './deliverables.ts';
import { diffTerms, isEmptyDiff, renderTermsDiffMarkdown } from './diff-terms.ts';

const r = (id: string, text: string, extra: Partial<Requirement> = {}): Requirement => ({ id, text, category: 'functional', priority: 'should', source: 'brief', ...extra });
const terms = (requirements: Requirement[]): Terms => ({ title: 'T', summary: 'S', requirements, assumptions: [] });

describe('diffTerms', () => {
  const before = terms([r('R1', 'Menu.'), r('R2', 'Booking.'), r('R3', 'Newsletter.')]);
  const after = terms([r('R1', 'Menu.'), r('R2', 'Booking for groups.', { priority: 'must', source: 'modification' }), r('R4', 'FAQ.', { source: 'modification' })]);

  it('matches requirements by id: added, removed, and changed with the fields that moved', () => {
    const diff = diffTerms(before, after);
    expect(diff.added.map((x) => x.id)).toEqual(['R4']);
    expect(diff.removed.map((x) => x.id)).toEqual(['R3']);
    expect(diff.changed).toEqual([{ id: 'R2', before: before.requirements[1], after: after.requirements[1], fields: ['text', 'priority', 'source'] }]);
    expect(isEmptyDiff(diffTerms(before, before))).toBe(true);
  });

  it('renders the changes as Markdown naming every id', () => {
    const markdown = renderTermsDiffMarkdown(diffTerms(before, after));
    expect(markdown).toContain('1 added, 1 removed, 1 changed.');
    expect(markdown).toContain('## Added\n\n- **R4** — FAQ. (functional, should, modification)');
    expect(markdown).toContain('## Removed\n\n- **R3** — Newsletter. (functional, should, brief)');
    expect(markdown).toContain('- **R2** — text: “Booking.” → “Booking for groups.”; priority: should → must; source: brief → modification');
    expect(renderTermsDiffMarkdown(diffTerms(before, before))).toContain('No requirement changed.');
  });
});
