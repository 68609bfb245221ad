import { revisionMessages, translator } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import type { Fact, Requirement, Terms } from './deliverables.ts';
import { diffFacts, diffTerms, isEmptyDiff, renderTermsDiffMarkdown } from './diff-terms.ts';

const r = (id: string, text: string, extra: Partial<Requirement> = {}): Requirement => ({ id, text, category: 'functional', priority: 'should', source: 'brief', ...extra });
const price = (label: string, value: string): Fact => ({ kind: 'price', label, value, source: 'brief' });
const terms = (requirements: Requirement[], facts: Fact[] = []): Terms => ({ title: 'T', summary: 'S', requirements, assumptions: [], facts });
const en = translator(revisionMessages, 'en');

describe('diffTerms', () => {
  const before = terms([r('R1', 'Menu.'), r('R2', 'Booking.'), r('R3', 'Newsletter.')], [price('Basic', '10 €'), price('Standard', '20 €'), price('Premium', '30 €')]);
  const after = terms(
    [r('R1', 'Menu.'), r('R2', 'Booking for groups.', { priority: 'must', source: 'modification' }), r('R4', 'FAQ.', { source: 'modification' })],
    [price('Basic', '12 €'), price('Growth', '20 €'), price('Premium', '30 €'), { kind: 'hours', label: 'Mon–Fri', value: '8–18', source: 'modification' }],
  );

  it('matches requirements by id: added, removed, and changed with the fields that moved', () => {
    const diff = diffTerms(before, after);
    expect(diff.added.map((x) => x.id)).toEqual(['R4']);
    expect(diff.removed.map((x) => x.id)).toEqual(['R3']);
    expect(diff.changed).toEqual([{ id: 'R2', before: before.requirements[1], after: after.requirements[1], fields: ['text', 'priority', 'source'] }]);
    expect(isEmptyDiff(diffTerms(before, before))).toBe(true);
  });

  it('tells renamed facts from changed values, added and removed ones', () => {
    expect(diffFacts(before.facts ?? [], after.facts ?? [])).toEqual({
      renamed: [{ before: price('Standard', '20 €'), after: price('Growth', '20 €') }],
      changed: [{ before: price('Basic', '10 €'), after: price('Basic', '12 €') }],
      added: [{ kind: 'hours', label: 'Mon–Fri', value: '8–18', source: 'modification' }],
      removed: [],
    });
    const onlyFacts = diffTerms(before, { ...before, facts: [price('Basic', '10 €'), price('Premium', '30 €')] });
    expect(onlyFacts.facts?.removed).toEqual([price('Standard', '20 €')]);
    expect(isEmptyDiff(onlyFacts)).toBe(false);
  });

  it('renders the changes as Markdown naming every id and every fact change', () => {
    const markdown = renderTermsDiffMarkdown(diffTerms(before, after), en);
    expect(markdown).toContain('# Changes to the terms of reference\n\n1 added, 1 removed, 1 changed.\n\n3 facts changed.');
    expect(markdown).toContain('## Added\n\n- **R4** — FAQ.');
    expect(markdown).toContain('## Removed\n\n- **R3** — Newsletter.');
    expect(markdown).toContain('- **R2** — text: “Booking.” → “Booking for groups.”; priority: should → must');
    expect(markdown).toContain('## Facts\n\n- “Standard” renamed to “Growth”\n- Basic: 10 € → 12 €\n- added: Mon–Fri — 8–18');
    expect(renderTermsDiffMarkdown(diffTerms(before, before), en)).toContain('Nothing changed.');
  });

  it('speaks the request\'s locale', () => {
    const cs = renderTermsDiffMarkdown(diffTerms(before, after), translator(revisionMessages, 'cs'));
    expect(cs).toContain('# Změny zadání\n\nPřidáno 1, odebráno 1, změněno 1.');
    expect(cs).toContain('priorita: důležité → nezbytné');
    expect(cs).toContain('„Standard“ přejmenováno na „Growth“');
    expect(cs).not.toMatch(/added|removed|changed|Facts|priority/);
  });
});
