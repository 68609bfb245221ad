import type { Fact } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';

const facts = (text: string, locale = 'en', source = 'brief'): Fact[] => extractFacts([{ text, source }], locale);
const brief = (fact: Omit<Fact, 'source'>): Fact => ({ ...fact, source: 'brief' });
const kinds = (list: Fact[]) => list.map((f) => f.kind);

describe('extractFacts: prices and plans', () => {
  it('reads a package list under its heading, keeping the customer’s wording of label, price and detail', () => {
    const found = extractFacts([{ text: 'Packages\nElopement - £650 - 2 hours\nClassic - £1,450 - 8 hours\nFull day - £1,950 - 12 hours and a second shooter', source: 'file:packages.txt' }], 'en');
    expect(found).toEqual([
      { kind: 'price', label: 'Elopement', value: '£650', detail: '2 hours', group: 'Packages', source: 'file:packages.txt' },
      { kind: 'price', label: 'Classic', value: '£1,450', detail: '8 hours', group: 'Packages', source: 'file:packages.txt' },
      { kind: 'price', label: 'Full day', value: '£1,950', detail: '12 hours and a second shooter', group: 'Packages', source: 'file:packages.txt' },
    ]);
  });

  it('splits several prices in one sentence at their commas', () => {
    expect(facts('Hive Works is a coworking space. Hot desk 15 EUR a day, fixed desk 220 EUR a month, meeting room 25 EUR an hour.')).toEqual([
      brief({ kind: 'price', label: 'Hot desk', value: '15 EUR', detail: 'a day' }),
      brief({ kind: 'price', label: 'fixed desk', value: '220 EUR', detail: 'a month' }),
      brief({ kind: 'price', label: 'meeting room', value: '25 EUR', detail: 'an hour' }),
    ]);
  });

  it('keeps every way of writing an amount exactly as written', () => {
    const values = (text: string, locale: string) => facts(text, locale).filter((f) => f.kind === 'price').map((f) => f.value);
    expect(values('Einzeltraining ab 49 €', 'de')).toEqual(['ab 49 €']);
    expect(values('Jahresabo 1.250,00 €', 'de')).toEqual(['1.250,00 €']);
    expect(values('Pro plan $19/mo', 'en')).toEqual(['$19/mo']);
    expect(values('Karnet 19 zł', 'pl')).toEqual(['19 zł']);
    expect(values('تنظيف الأسنان 350 درهم', 'ar')).toEqual(['350 درهم']);
    expect(values('Deep clean AED 1,200', 'en')).toEqual(['AED 1,200']);
    expect(values('Абонемент 1 500 ₽', 'ru')).toEqual(['1 500 ₽']);
    expect(values('Basic 800 Kč', 'cs')).toEqual(['800 Kč']);
  });

  it('pairs a list of amounts with the names given elsewhere on the line, or on the line above', () => {
    expect(facts('Tarify Basic, Standard a Premium: 800 / 1500 / 4500 Kč', 'cs').map((f) => [f.label, f.value])).toEqual([
      ['Basic', '800 Kč'],
      ['Standard', '1500 Kč'],
      ['Premium', '4500 Kč'],
    ]);
    expect(facts('Basic / Standard / Premium\n800 / 1500 / 4500 Kč', 'cs').map((f) => [f.label, f.value])).toEqual([
      ['Basic', '800 Kč'],
      ['Standard', '1500 Kč'],
      ['Premium', '4500 Kč'],
    ]);
  });

  it('is not fooled by years, counts and budgets', () => {
    expect(facts('We opened in 1998 and since 2005 we have served the whole region.')).toEqual([]);
    expect(facts('Our budget for the new website is 5 000 €.', 'en')).toEqual([]);
    expect(facts('Unser Budget liegt bei 3.000 EUR.', 'de')).toEqual([]);
    expect(kinds(facts('Since 1998 we have repaired over 2000 bikes.'))).toEqual(['figure']);
  });
});

describe('extractFacts: menus, products and services', () => {
  it('reads a menu file: heading → group, each dish with its price as written', () => {
    const found = extractFacts([{ text: 'Carta\nSalmorejo 6,50 €\nCroquetas de jamón 8 €\nPulpo a la gallega 14 €', source: 'file:carta.txt' }], 'es');
    expect(found.map((f) => [f.kind, f.label, f.value, f.group])).toEqual([
      ['product', 'Salmorejo', '6,50 €', 'Carta'],
      ['product', 'Croquetas de jamón', '8 €', 'Carta'],
      ['product', 'Pulpo a la gallega', '14 €', 'Carta'],
    ]);
  });

  it('reads menu items without prices under a menu heading', () => {
    expect(facts('Speisekarte\nWiener Schnitzel mit Kartoffelsalat\nKäsespätzle\nApfelstrudel', 'de').map((f) => [f.kind, f.label, f.group])).toEqual([
      ['product', 'Wiener Schnitzel mit Kartoffelsalat', 'Speisekarte'],
      ['product', 'Käsespätzle', 'Speisekarte'],
      ['product', 'Apfelstrudel', 'Speisekarte'],
    ]);
  });

  it('splits a services list after "Services:" and a bracketed list after a services word', () => {
    expect(facts('1. Services: bookkeeping, VAT returns, payroll, annual accounts').map((f) => [f.kind, f.label])).toEqual([
      ['service', 'bookkeeping'],
      ['service', 'VAT returns'],
      ['service', 'payroll'],
      ['service', 'annual accounts'],
    ]);
    expect(facts('Wir brauchen eine Leistungsübersicht (Prophylaxe, Implantate, Kinderzahnheilkunde) und eine Teamseite.', 'de').map((f) => [f.kind, f.label])).toEqual([
      ['service', 'Prophylaxe'],
      ['service', 'Implantate'],
      ['service', 'Kinderzahnheilkunde'],
    ]);
  });

  it('does not read a list of needs under a lead-in as products', () => {
    expect(facts('The site must have:\n1. A fee calculator where a client picks services\n2. A resources page with reminders')).toEqual([]);
  });
});

describe('extractFacts: hours and timetables', () => {
  it('reads opening hours in each locale’s form', () => {
    const hours = (text: string, locale: string) => facts(text, locale).filter((f) => f.kind === 'hours').map((f) => [f.label, f.value]);
    expect(hours('Mo–Fr 8–18 Uhr, Sa 9–12 Uhr', 'de')).toEqual([
      ['Mo–Fr', '8–18 Uhr'],
      ['Sa', '9–12 Uhr'],
    ]);
    expect(hours('Ordinační hodiny: Po–Pá 7:00–15:00', 'cs')).toEqual([['Po–Pá', '7:00–15:00']]);
    expect(hours('Open Tuesday to Sunday 12:00–23:00.', 'en')).toEqual([['Open Tuesday to Sunday', '12:00–23:00']]);
    expect(hours('Horaires : lun.-ven. 9h-18h', 'fr')).toEqual([['lun.-ven.', '9h-18h']]);
    expect(hours('Otevřeno denně 11–23.', 'cs')).toEqual([['Otevřeno denně', '11–23']]);
    // The unit stays with the times even at the start of a text (V8's `(?i:)` under /g dropped it).
    expect(hours('Öffnungszeiten: Mo–Fr 7–18 Uhr', 'de')).toEqual([['Mo–Fr', '7–18 Uhr']]);
  });

  it('reads timetable sessions: day, time and activity', () => {
    expect(facts('Monday 18:00 Yoga\nPondělí 18:00 Crossfit', 'cs').map((f) => [f.kind, f.label, f.value])).toEqual([
      ['timetable', 'Yoga', 'Monday 18:00'],
      ['timetable', 'Crossfit', 'Pondělí 18:00'],
    ]);
  });
});

describe('extractFacts: contacts and people', () => {
  it('reads address, phone and e-mail from one contact line', () => {
    expect(facts('Adresse: Hauptstraße 12, 04109 Leipzig, Tel. 0341 123456, praxis@weber-leipzig.de', 'de').map((f) => [f.kind, f.label])).toEqual([
      ['email', 'praxis@weber-leipzig.de'],
      ['phone', '0341 123456'],
      ['address', 'Hauptstraße 12, 04109 Leipzig'],
    ]);
  });

  it('reads team members with their role', () => {
    expect(facts('MUDr. Jana Nováková – zubní lékařka', 'cs')).toEqual([brief({ kind: 'person', label: 'MUDr. Jana Nováková', value: 'zubní lékařka' })]);
    expect(facts('Chef: Marco Rossi', 'en')).toEqual([brief({ kind: 'person', label: 'Marco Rossi', value: 'Chef' })]);
  });
});

describe('extractFacts: across inputs', () => {
  it('lists the same fact from the brief and a file once, from where it came first', () => {
    const found = extractFacts(
      [
        { text: 'Karnet miesięczny 149 zł.', source: 'brief' },
        { text: 'Cennik\nKarnet miesięczny – 149 zł', source: 'file:cennik.docx' },
      ],
      'pl',
    );
    expect(found).toEqual([{ kind: 'price', label: 'Karnet miesięczny', value: '149 zł', source: 'brief' }]);
  });

  it('finds a figure worth showing in a need, but no prices in prose without a currency', () => {
    expect(facts('Online booking of a free 20-minute call.')).toEqual([brief({ kind: 'figure', label: '20-minute call', value: '20' })]);
  });
});
