import { describe, expect, it } from 'vitest';
import { catalogueProblems, translator } from '../translator.ts';
import { argumentProblems } from './argument-names.ts';
import { STAGE_MESSAGES } from './stages.ts';

describe('stage messages', () => {
  it('carry every key in every locale, parse, and use the English arguments', () => {
    expect(catalogueProblems(STAGE_MESSAGES)).toEqual([]);
    expect(argumentProblems(STAGE_MESSAGES)).toEqual([]);
  });
  it('put the reason into the failure line and inflect the attempts', () => {
    const cs = translator(STAGE_MESSAGES, 'cs');
    expect(cs('failedBecause', { reason: cs('reasonAttempts', { attempts: 5 }) })).toBe('Nezdařilo se: zpracování se nedokončilo ani po 5 pokusech');
    expect(translator(STAGE_MESSAGES, 'de')('published')).toBe('Prototyp veröffentlicht');
    expect(translator(STAGE_MESSAGES, 'ar')('reasonAttempts', { attempts: 5 })).toBe('لم تكتمل المعالجة بعد 5 محاولات');
  });
});
