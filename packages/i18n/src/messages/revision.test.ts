import { describe, expect, it } from 'vitest';
import { catalogueProblems, translator } from '../translator.ts';
import { revisionMessages } from './revision.ts';

describe('revision messages', () => {
  it('carry every key in every locale, and every message parses', () => {
    expect(catalogueProblems(revisionMessages)).toEqual([]);
  });
  it('inflect counts by the locale rules', () => {
    expect(translator(revisionMessages, 'cs')('diff.factCounts', { count: 3 })).toBe('Změněny 3 údaje.');
    expect(translator(revisionMessages, 'de')('note.renamed', { from: 'Standard', to: 'Wachstum' })).toBe('Auf Wunsch des Kunden heißt „Standard“ jetzt „Wachstum“.');
  });
});
