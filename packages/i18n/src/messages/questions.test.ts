import { describe, expect, it } from 'vitest';
import { catalogueProblems, translator } from '../translator.ts';
import { argumentProblems } from './argument-names.ts';
import { questionsMessages } from './questions.ts';

describe('interview questions catalogue', () => {
  it('carries every key in every locale, parses, and uses the English arguments', () => {
    expect(catalogueProblems(questionsMessages)).toEqual([]);
    expect(argumentProblems(questionsMessages)).toEqual([]);
  });

  it('names what is booked after the kind of business', () => {
    expect(translator(questionsMessages, 'en')('question.services', { profile: 'health' })).toMatch(/^Which treatments can patients book online\?/);
    expect(translator(questionsMessages, 'de')('question.staff', { profile: 'health' })).toMatch(/Ärzt/);
    expect(translator(questionsMessages, 'en')('question.services', { profile: 'trades' })).toMatch(/^Which services can customers book/);
  });

  it('states an assumption with the unanswered question in the reader’s language', () => {
    const fr = translator(questionsMessages, 'fr');
    expect(fr('assumed', { what: fr('assume.prices'), id: 'q2' })).toBe('Hypothèse retenue : le site n’affiche aucun prix et invite les visiteurs à demander un devis (la question q2 est restée sans réponse).');
    const ar = translator(questionsMessages, 'ar');
    expect(ar('assume.address', { city: 'دبي' })).toContain('دبي');
    expect(translator(questionsMessages, 'en')('assume.address', { city: 'none' })).toBe('the site shows no street address and no map pin');
  });

  it('asks in the reader’s language, never in English', () => {
    for (const locale of ['de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar']) {
      expect(translator(questionsMessages, locale)('question.hours')).not.toMatch(/opening hours/i);
    }
  });
});
