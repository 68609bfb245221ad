import { describe, expect, it } from 'vitest';
import { lexiconFor } from './language/index.ts';
import { readStatement, splitItems, splitTopLevel } from './split-needs.ts';

describe('splitTopLevel', () => {
  it('splits at commas, Arabic commas and semicolons, never inside brackets, quotes or numbers', () => {
    expect(splitTopLevel('a menu (soups, salads), a map; a form')).toEqual(['a menu (soups, salads)', 'a map', 'a form']);
    expect(splitTopLevel('Salmorejo 6,50 €, croquetas 8 €')).toEqual(['Salmorejo 6,50 €', 'croquetas 8 €']);
    expect(splitTopLevel('حاسبة للتمويل، ونموذج للتقييم')).toEqual(['حاسبة للتمويل', 'ونموذج للتقييم']);
    expect(splitTopLevel('„Brot, Brötchen“, Kuchen')).toEqual(['„Brot, Brötchen“', 'Kuchen']);
  });
});

describe('splitItems', () => {
  it('splits the last item at its conjunction after a list', () => {
    expect(splitItems('ceník, představení týmu, mapu s parkováním a formulář pro akutní bolest', lexiconFor('cs'), { actions: false })).toEqual([
      'ceník', 'představení týmu', 'mapu s parkováním', 'formulář pro akutní bolest',
    ]);
  });

  it('keeps single-word values and language lists as one item', () => {
    expect(splitItems('italiano, inglese e tedesco', lexiconFor('it'), { actions: false })).toEqual(['italiano, inglese e tedesco']);
    expect(splitItems('Prophylaxe, Implantate, Kinderzahnheilkunde', lexiconFor('de'), { actions: false })).toEqual(['Prophylaxe, Implantate, Kinderzahnheilkunde']);
  });

  it('attaches a clause or a phrase that only qualifies the item before', () => {
    expect(splitItems('online booking for assessments, with the therapist of your choice, and a blog', lexiconFor('en'), { actions: false })).toEqual([
      'online booking for assessments, with the therapist of your choice', 'a blog',
    ]);
  });

  it('splits two actions joined by "and" only when both are actions', () => {
    expect(splitItems('take a virtual tour and ask for a day pass', lexiconFor('en'), { actions: true })).toEqual(['take a virtual tour', 'ask for a day pass']);
    expect(splitItems('book desks and meeting rooms by the hour', lexiconFor('en'), { actions: true })).toEqual(['book desks and meeting rooms by the hour']);
    expect(splitItems('Termine buchen und Rezepte nachbestellen', lexiconFor('de'), { actions: true })).toEqual(['Termine buchen', 'Rezepte nachbestellen']);
  });
});

describe('readStatement', () => {
  it('reads who does what, with the actor', () => {
    const reading = readStatement('Drivers upload proof of delivery and see their route', lexiconFor('en'));
    expect(reading).toMatchObject({ kind: 'needs', parts: [{ actor: 'Drivers', phrased: 'Drivers can upload proof of delivery' }, { actor: 'Drivers', phrased: 'Drivers can see their route' }] });
  });

  it('does not take a business describing itself, or a stative sentence, for an actor', () => {
    expect(readStatement('Fietsenmaker De Snelle Spaak repareert en verkoopt fietsen', lexiconFor('nl')).kind).toBe('none');
    expect(readStatement('Our guests love the view', lexiconFor('en')).kind).toBe('none');
    expect(readStatement('Therapist profiles', lexiconFor('en')).kind).toBe('none');
  });

  it('tells the overall goal from a site with features', () => {
    expect(readStatement('We need a website for our bakery', lexiconFor('en')).kind).toBe('goal');
    expect(readStatement('Potřebujeme web pro naši pekárnu', lexiconFor('cs')).kind).toBe('goal');
    expect(readStatement('نريد موقعًا لحجز الطاولات', lexiconFor('ar'))).toMatchObject({ kind: 'needs', parts: [{ phrased: 'يوفر الموقع حجز الطاولات' }] });
  });

  it('marks a wish on a condition as hedged', () => {
    const reading = readStatement("It'd be great if members could pause their plan", lexiconFor('en'));
    expect(reading).toMatchObject({ kind: 'needs', parts: [{ hedged: true, phrased: 'Members can pause their plan' }] });
  });
});
