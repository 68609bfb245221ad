import { describe, expect, it } from 'vitest';
import { translator } from '../translator.ts';
import { catalogueProblems } from '../translator.ts';
import { planMessages } from './plan.ts';

describe('plan messages', () => {
  it('carry every key in every locale, and every message parses', () => {
    expect(catalogueProblems(planMessages)).toEqual([]);
  });
  it('inflect counts by the locale rules', () => {
    expect(translator(planMessages, 'cs')('task.forms', { count: 3 })).toMatch(/^Formuláře \(3 formuláře\)/);
    expect(translator(planMessages, 'pl')('task.team', { people: 5 })).toBe('Profile zespołu: 5 osób');
    expect(translator(planMessages, 'ru')('md.hours', { hours: 7.5 })).toBe('7,5 ч');
  });
});
