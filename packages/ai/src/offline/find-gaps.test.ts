import { MAX_QUESTIONS } from '@statex/core';
import { questionsMessages, translator } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import { buildTerms } from './build-terms.ts';
import { askQuestions, findGaps, listsItems } from './find-gaps.ts';

const ask = (brief: string, locale: string, documents: { name: string; kind: 'txt'; text: string }[] = []) => askQuestions({ brief, documents, locale });

// "Online booking for our dental practice" in every locale: the name, the treatments, the dentists and the hours are open.
const DENTAL_BOOKING: Array<[string, string]> = [
  ['en', 'We need online booking for our dental practice.'],
  ['de', 'Wir brauchen Online-Terminbuchung für unsere Zahnarztpraxis.'],
  ['fr', 'Nous voulons la réservation en ligne pour notre cabinet dentaire.'],
  ['it', 'Vorremmo la prenotazione online per il nostro studio dentistico.'],
  ['es', 'Necesitamos reservas en línea para nuestra clínica dental.'],
  ['nl', 'We willen online afspraken boeken voor onze tandartspraktijk.'],
  ['cs', 'Chceme online objednávání pro naši zubní ordinaci.'],
  ['pl', 'Potrzebujemy rezerwacji online dla naszego gabinetu stomatologicznego.'],
  ['ru', 'Нам нужна онлайн-запись для нашей стоматологической клиники.'],
  ['ar', 'نحتاج إلى حجز المواعيد عبر الإنترنت لعيادة الأسنان لدينا.'],
];

describe('askQuestions: a dental practice that wants online booking', () => {
  it.each(DENTAL_BOOKING)('asks in %s about the name, the treatments, the dentists and the hours, citing the booking requirement', (locale, brief) => {
    const questions = ask(brief, locale);
    const terms = buildTerms({ brief, documents: [], locale }).terms;
    const booking = terms.requirements.find((r) => r.kind === 'booking');
    expect(booking).toBeDefined();
    expect(questions.map((q) => q.kind)).toEqual(['business-name', 'services', 'staff', 'hours']);
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(questions[0]?.requirement).toBeNull();
    for (const q of questions.slice(1)) expect(q.requirement).toBe(booking?.id);
    // In the request's language: the catalogue's own wording for a health business.
    const t = translator(questionsMessages, locale);
    expect(questions[1]?.text).toBe(t('question.services', { profile: 'health' }));
    expect(questions[2]?.text).toBe(t('question.staff', { profile: 'health' }));
    expect(questions[3]?.text).toBe(t('question.hours'));
    if (locale !== 'en') for (const q of questions) expect(q.text).not.toBe(translator(questionsMessages, 'en')(`question.${q.kind === 'business-name' ? 'business-name' : 'hours'}`));
  });
});

describe('askQuestions: no question repeats what the brief says', () => {
  it('asks nothing of a complete brief', () => {
    const brief =
      'Smile Dental is a dental practice in Leeds. Patients book online: check-up £50, cleaning £60, whitening £250. ' +
      'Our dentists are Dr. Anna Weber and Dr. Tom Braun. Open Mon–Fri 8:00–18:00. Address: 12 King Street, Leeds LS1 2AB. Phone 0113 496 0000.';
    expect(ask(brief, 'en')).toEqual([]);
  });

  it('asks nothing of a complete German restaurant brief with its menu in a file', () => {
    const brief = 'Wir sind das Gasthaus Zum Hirschen in Freiburg. Wir wünschen uns eine Speisekarte mit Preisen und Tischreservierung online. Öffnungszeiten: Di–So 11:30–22:00.';
    const menu = { name: 'karte.txt', kind: 'txt' as const, text: 'Speisekarte\nSchäufele mit Kartoffelsalat – 18,50 €\nFlammkuchen – 11,90 €\nApfelstrudel – 6,50 €' };
    expect(ask(brief, 'de', [menu]).map((q) => q.kind)).toEqual([]);
  });

  it('does not ask for services the need lists itself, nor for staff the brief names with a title', () => {
    const brief = 'Zahnarztpraxis Dr. Weber in Leipzig. Patienten sollen online Termine buchen. Wir brauchen eine Leistungsübersicht (Prophylaxe, Implantate, Kinderzahnheilkunde). Öffnungszeiten Mo–Fr 8–18 Uhr.';
    const kinds = ask(brief, 'de').map((q) => q.kind);
    expect(kinds).not.toContain('services');
    expect(kinds).not.toContain('staff');
    expect(kinds).not.toContain('hours');
    expect(kinds).not.toContain('business-name');
  });

  it('asks for the languages only when the brief does not name them', () => {
    expect(ask('Il B&B Casa Lucia a Lucca. Il sito deve essere in italiano, inglese e tedesco.', 'it').map((q) => q.kind)).not.toContain('languages');
    const open = ask('Le Petit Four est une pâtisserie à Lyon. Le site doit être en plusieurs langues.', 'fr');
    expect(open.map((q) => q.kind)).toContain('languages');
    expect(open.find((q) => q.kind === 'languages')?.text).toBe('Dans quelles langues le site doit-il être disponible ?');
  });
});

describe('askQuestions: gaps of each kind', () => {
  it('asks who can be booked when the booking names a person, whatever the business (Dutch)', () => {
    const questions = ask('Fysiotherapie Oost in Enschede. Patiënten moeten online een afspraak kunnen maken bij hun eigen fysiotherapeut.', 'nl');
    expect(questions.map((q) => q.kind)).toEqual(['services', 'staff', 'hours']);
  });

  it('reads a kind named inside another need: the map in a booking sentence (Arabic), the price list after a booking (Czech)', () => {
    expect(ask('نريد موقعاً لعيادة أسنان مع حجز المواعيد عبر الإنترنت وخريطة للوصول.', 'ar').map((q) => q.kind)).toContain('address');
    expect(ask('Autoservis Novák v Plzni. Chceme web, kde si zákazníci objednají servis auta online, a ceník.', 'cs').map((q) => q.kind)).toContain('prices');
  });

  it('asks which of two contradicting statements holds, citing the requirement that asks (English, German)', () => {
    const en = ask('Lumen Studio is a photography studio in Leeds. We need a pricing page with our packages. We do not want prices online.', 'en');
    expect(en[0]).toMatchObject({ kind: 'contradiction', requirement: 'R1', text: 'The brief says “We do not want prices online”, but also “The site shall include a pricing page with the packages”. Which should the site follow?' });
    expect(ask('Praxis Dr. Kern in Ulm. Wir brauchen eine Preisliste. Preise sollen nicht online stehen.', 'de')[0]?.kind).toBe('contradiction');
    // A denial of something nobody asks for is no contradiction.
    expect(ask('Oak Bakery in York. We do not need a blog. Customers order cakes online.', 'en').map((q) => q.kind)).not.toContain('contradiction');
  });

  it('asks a menu that names its dishes only for their prices', () => {
    const questions = ask('Café Morgenrot in Bremen. Wir möchten eine Speisekarte (Kaffee, Tee und Kuchen).', 'de');
    expect(questions.map((q) => q.kind)).toEqual(['prices']);
    expect(questions[0]?.requirement).toBe('R1');
  });

  it('asks a pricing page for its prices and suggests the items the brief names without prices', () => {
    const brief = 'Hartley Accounting serves small companies in Manchester. The site must have:\n1. Services: bookkeeping, VAT returns, payroll\n2. A pricing page';
    const questions = ask(brief, 'en');
    const prices = questions.find((q) => q.kind === 'prices');
    const terms = buildTerms({ brief, documents: [], locale: 'en' }).terms;
    expect(prices?.requirement).toBe(terms.requirements.find((r) => r.kind === 'pricing')?.id);
    expect(prices?.suggestion).toBe('bookkeeping – …; VAT returns – …; payroll – …');
    expect(questions.map((q) => q.kind)).not.toContain('services');
  });

  it('asks a shop for its products and a menu for its dishes (Spanish, Polish)', () => {
    expect(ask('Cerámica Lunares es un taller de cerámica en Granada. Queremos vender nuestras piezas en una tienda online.', 'es').map((q) => q.kind)).toContain('products');
    const cafe = ask('Kawiarnia Ziarenko w Gdańsku. Chcemy stronę z menu kaw i ciast.', 'pl');
    expect(cafe.map((q) => q.kind)).toEqual(['menu']);
    expect(cafe[0]?.text).toBe('Jakie dania i napoje ma pokazywać menu, wraz z cenami?');
  });

  it('asks for the dates of events and the address behind a map, suggesting the town the brief names (Czech, Russian)', () => {
    expect(ask('Minipivovar U Kocoura v Brně. Chceme kalendář akcí.', 'cs').map((q) => q.kind)).toEqual(['events']);
    const ru = ask('Барбершоп «Борода». Нужна карта проезда.', 'ru');
    expect(ru.map((q) => q.kind)).toEqual(['address']);
    const nl = ask('Bakkerij De Zoete Inval in Utrecht. We willen een kaart zodat klanten ons vinden.', 'nl');
    expect(nl.find((q) => q.kind === 'address')?.suggestion).toBe('Utrecht');
  });

  it('asks an app’s brief whether the app itself or its website is wanted, unless it says so', () => {
    const saas = ask('BrewBox is a coffee subscription app. Users manage their subscription in a dashboard and get notifications when a roast ships.', 'en');
    expect(saas[0]).toMatchObject({ kind: 'scope', requirement: null, text: 'Should the prototype be the BrewBox app itself, or only the website that presents it?' });
    expect(ask('FleetNest is a delivery startup. We want a web app where dispatchers assign parcels and drivers upload photos.', 'en').map((q) => q.kind)).not.toContain('scope');
    expect(ask('PlanMaatje is software voor kinderopvang. De website moet bezoekers overtuigen om een demo aan te vragen.', 'nl').map((q) => q.kind)).not.toContain('scope');
  });

  it('asks at most MAX_QUESTIONS, the most consequential first', () => {
    const brief = 'Nous voulons un site pour notre cabinet dentaire : réservation en ligne, une page d’équipe, une liste de tarifs, un plan d’accès et un formulaire de contact. Le site doit être en plusieurs langues.';
    const questions = ask(brief, 'fr');
    expect(questions).toHaveLength(MAX_QUESTIONS);
    expect(questions.map((q) => q.kind).slice(0, 3)).toEqual(['business-name', 'services', 'prices']);
    expect(findGaps({ brief, documents: [], locale: 'fr' }).length).toBeGreaterThan(MAX_QUESTIONS);
  });
});

describe('listsItems', () => {
  it('tells a need that lists what is offered from one that does not', () => {
    expect(listsItems('Eine Leistungsübersicht (Prophylaxe, Implantate, Kinderzahnheilkunde)')).toBe(true);
    expect(listsItems('Services: bookkeeping, VAT returns, payroll')).toBe(true);
    expect(listsItems('Sortiment mit Brot, Brötchen und Kuchen inkl. Allergenen')).toBe(true);
    expect(listsItems('The site shall provide online booking for the dental practice.')).toBe(false);
    expect(listsItems('Patients book online, and we also need a map.')).toBe(false);
    expect(listsItems('Die Website zeigt Produkte, die Kunden kaufen und abholen.')).toBe(false);
  });
});
