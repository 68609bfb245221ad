import type { Fact } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';

/** [kind, label, value?] per fact, in order: what a site would show. */
const read = (text: string, locale: string) => extractFacts([{ text, source: 'brief' }], locale).map((f: Fact) => (f.value ? [f.kind, f.label, f.value] : [f.kind, f.label]));

describe('extractFacts: contact lines in each locale', () => {
  const cases: [string, string, (string[])[]][] = [
    ['en', 'Visit us at 12 High Street, Bath BA1 1AA. Call 01225 123456 or email hello@lensandlight.co.uk.', [['email', 'hello@lensandlight.co.uk'], ['phone', '01225 123456'], ['address', '12 High Street, Bath BA1 1AA']]],
    ['de', 'Praxis Dr. Weber, Karl-Liebknecht-Str. 5, 04107 Leipzig. Telefon: 0341 987 65 43', [['phone', '0341 987 65 43'], ['address', 'Karl-Liebknecht-Str. 5, 04107 Leipzig']]],
    ['fr', 'Adresse : 8 rue de la Paix, 75002 Paris. Tél. 01 42 68 53 00.', [['phone', '01 42 68 53 00'], ['address', '8 rue de la Paix, 75002 Paris']]],
    ['it', 'Siamo in Via Roma 15, 55100 Lucca. Tel. +39 0583 123456.', [['phone', '+39 0583 123456'], ['address', 'Via Roma 15, 55100 Lucca']]],
    ['es', 'Estamos en Calle Feria 42, 41003 Sevilla. Teléfono 954 123 456.', [['phone', '954 123 456'], ['address', 'Calle Feria 42, 41003 Sevilla']]],
    ['nl', 'Adres: Oudegracht 123, 3511 AB Utrecht. Bel 030 123 4567.', [['phone', '030 123 4567'], ['address', 'Oudegracht 123, 3511 AB Utrecht']]],
    ['cs', 'Najdete nás na adrese Masarykova 12/34, 602 00 Brno. Tel.: +420 603 123 456.', [['phone', '+420 603 123 456'], ['address', 'Masarykova 12/34, 602 00 Brno']]],
    ['pl', 'Siłownia FitPunkt, ul. Floriańska 15, 31-019 Kraków, tel. 12 345 67 89.', [['phone', '12 345 67 89'], ['address', 'ul. Floriańska 15, 31-019 Kraków']]],
    ['ru', 'Адрес: ул. Ленина, д. 10, 190000, г. Санкт-Петербург. Телефон: +7 812 123-45-67.', [['phone', '+7 812 123-45-67'], ['address', 'ул. Ленина, д. 10, 190000, г. Санкт-Петербург']]],
    ['ar', 'العنوان: شارع الشيخ زايد، دبي. هاتف: +971 4 123 4567.', [['phone', '+971 4 123 4567'], ['address', 'شارع الشيخ زايد، دبي']]],
  ];
  it.each(cases)('%s: address, phone and e-mail as written', (locale, text, expected) => {
    expect(read(text, locale)).toEqual(expected);
  });
});

describe('extractFacts: opening hours in each locale', () => {
  const cases: [string, string, (string[])[]][] = [
    ['fr', 'Horaires : lun.-ven. 9h-18h, sam. 10h-13h', [['hours', 'lun.-ven.', '9h-18h'], ['hours', 'sam.', '10h-13h']]],
    ['it', 'Aperto tutti i giorni 8:00–20:00.', [['hours', 'Aperto tutti i giorni', '8:00–20:00']]],
    ['es', 'Abierto de martes a domingo 12:00–24:00.', [['hours', 'Abierto de martes a domingo', '12:00–24:00']]],
    ['nl', 'Open ma–za 9:00–18:00.', [['hours', 'Open ma–za', '9:00–18:00']]],
    ['cs', 'Otevírací doba: Po–Pá 7:00–15:00, So 8–12', [['hours', 'Po–Pá', '7:00–15:00'], ['hours', 'So', '8–12']]],
    ['pl', 'Czynne pn–pt 6:00–22:00.', [['hours', 'Czynne pn–pt', '6:00–22:00']]],
    ['ru', 'Часы работы: пн–пт 10:00–19:00.', [['hours', 'пн–пт', '10:00–19:00']]],
    ['ar', 'ساعات العمل: من السبت إلى الخميس 9:00–18:00.', [['hours', 'من السبت إلى الخميس', '9:00–18:00']]],
    ['es', 'Abrimos de martes a sábado, de 9:30 a 20:00.', [['hours', 'de martes a sábado', '9:30 a 20:00']]],
    ['it', 'Aperto dal lunedì al venerdì dalle 9 alle 18.', [['hours', 'Aperto dal lunedì al venerdì', '9 alle 18']]],
    ['de', 'Geöffnet Montag bis Freitag von 8 bis 18 Uhr', [['hours', 'Geöffnet Montag bis Freitag', '8 bis 18 Uhr']]],
  ];
  it.each(cases)('%s', (locale, text, expected) => {
    expect(read(text, locale)).toEqual(expected);
  });

  it('does not take lower-case words for days ("so we go mo…")', () => {
    expect(read('so we go mo 8-9 times', 'en')).toEqual([]);
  });
});

describe('extractFacts: team members in each locale', () => {
  const cases: [string, string, (string[])[]][] = [
    ['en', 'Team\nDr. Sarah Miles – dentist\nTom Baker, dental hygienist\nAnna Novak - receptionist', [['person', 'Dr. Sarah Miles', 'dentist'], ['person', 'Tom Baker', 'dental hygienist'], ['person', 'Anna Novak', 'receptionist']]],
    ['de', 'Unser Team:\nDr. med. dent. Klaus Weber – Zahnarzt\nPetra Schulz, Prophylaxeassistentin', [['person', 'Dr. med. dent. Klaus Weber', 'Zahnarzt'], ['person', 'Petra Schulz', 'Prophylaxeassistentin']]],
    ['cs', 'Náš tým\nMUDr. Jana Nováková – zubní lékařka\nBc. Petra Malá – dentální hygienistka', [['person', 'MUDr. Jana Nováková', 'zubní lékařka'], ['person', 'Bc. Petra Malá', 'dentální hygienistka']]],
    ['fr', 'Chef : Marie Dubois. Sommelier : Jean Martin.', [['person', 'Marie Dubois', 'Chef'], ['person', 'Jean Martin', 'Sommelier']]],
    ['ru', 'Наша команда\nАнна Петрова — тренер по йоге\nИван Смирнов — фитнес-инструктор', [['person', 'Анна Петрова', 'тренер по йоге'], ['person', 'Иван Смирнов', 'фитнес-инструктор']]],
    ['ar', 'فريقنا\nد. أحمد علي – طبيب أسنان\nد. سارة حسن – أخصائية تقويم', [['person', 'د. أحمد علي', 'طبيب أسنان'], ['person', 'د. سارة حسن', 'أخصائية تقويم']]],
  ];
  it.each(cases)('%s', (locale, text, expected) => {
    expect(read(text, locale)).toEqual(expected);
  });

  it('does not take a business name with a title, or a name and its address, for a team member', () => {
    expect(read('Zahnarztpraxis Dr. Weber in Leipzig. Patienten sollen online Termine buchen.', 'de')).toEqual([]);
    expect(read('Lens & Light is a wedding photography studio in Bath run by two photographers.', 'en')).toEqual([]);
  });
});

describe('extractFacts: timetables, events and dates', () => {
  it('reads a timetable with day headings, and several sessions after one day', () => {
    expect(read('Rozvrh\nPondělí\n18:00 Crossfit\n19:30 Jóga\nStředa\n17:00 Spinning', 'cs')).toEqual([
      ['timetable', 'Crossfit', '18:00'],
      ['timetable', 'Jóga', '19:30'],
      ['timetable', 'Spinning', '17:00'],
    ]);
    expect(extractFacts([{ text: 'Rozvrh\nPondělí\n18:00 Crossfit', source: 'brief' }], 'cs')[0]?.group).toBe('Pondělí');
    expect(read('Kursplan: Montag 18:00 Yoga, 19:30 Pilates; Mittwoch 17:00 Rückenfit', 'de')).toEqual([
      ['timetable', 'Yoga', 'Montag 18:00'],
      ['timetable', 'Pilates', 'Montag 19:30'],
      ['timetable', 'Rückenfit', 'Mittwoch 17:00'],
    ]);
  });

  it('reads events with their dates in each form, and a numbered day is not a list number', () => {
    expect(read('Upcoming events\n14 June – Flamenco night\nJune 21, 2026: Summer party\n05/07/2026 Wine tasting', 'en')).toEqual([
      ['date', 'Flamenco night', '14 June'],
      ['date', 'Summer party', 'June 21, 2026'],
      ['date', 'Wine tasting', '05/07/2026'],
    ]);
    expect(read('Akce\n12. 6. 2026 Letní slavnost\n3. července – Pivní festival', 'cs')).toEqual([
      ['date', 'Letní slavnost', '12. 6. 2026'],
      ['date', 'Pivní festival', '3. července'],
    ]);
    expect(read('Eventos: 14 de junio – Noche flamenca.', 'es')).toEqual([['date', 'Noche flamenca', '14 de junio']]);
  });

  it('does not list the project’s own deadlines', () => {
    expect(read('We want the site live by 1 March 2026 and ready before June 14.', 'en')).toEqual([]);
    expect(read('Die neue Seite soll bis Ende Mai fertig sein und 5 Seiten haben.', 'de')).toEqual([]);
  });
});

describe('extractFacts: prices in each locale', () => {
  const cases: [string, string, (string[])[]][] = [
    ['en', 'Pricing: Starter $19/mo, Growth $49/mo, Scale $199/mo', [['price', 'Starter', '$19/mo'], ['price', 'Growth', '$49/mo'], ['price', 'Scale', '$199/mo']]],
    ['en', 'Plans: Basic / Pro / Team — $9 / $29 / $99 per month', [['price', 'Basic', '$9'], ['price', 'Pro', '$29'], ['price', 'Team', '$99']]],
    ['de', 'Preise\nEinzelstunde ab 49 €\n10er-Karte 420 €\nJahresabo 1.250,00 €', [['price', 'Einzelstunde', 'ab 49 €'], ['price', '10er-Karte', '420 €'], ['price', 'Jahresabo', '1.250,00 €']]],
    ['fr', 'Menu du jour 14,50 € ; formule midi 18 € ; café 2,20 €', [['price', 'Menu du jour', '14,50 €'], ['price', 'formule midi', '18 €'], ['price', 'café', '2,20 €']]],
    ['it', 'Camera doppia da 90 € a notte, camera singola 65 €.', [['price', 'Camera doppia', 'da 90 €'], ['price', 'camera singola', '65 €']]],
    ['nl', 'Reparatie vanaf € 25, onderhoudsbeurt € 59,95, e-bike check € 39', [['price', 'Reparatie', 'vanaf € 25'], ['price', 'onderhoudsbeurt', '€ 59,95'], ['price', 'e-bike check', '€ 39']]],
    ['ru', 'Разовое посещение 500 ₽, абонемент на месяц 3 500 ₽', [['price', 'Разовое посещение', '500 ₽'], ['price', 'абонемент на месяц', '3 500 ₽']]],
    ['ar', 'استشارة مجانية، تنظيف الأسنان 350 درهم، تبييض الأسنان AED 1,200', [['price', 'تنظيف الأسنان', '350 درهم'], ['price', 'تبييض الأسنان', 'AED 1,200']]],
    ['pl', 'Cennik: karnet open 149 zł, wejście jednorazowe 25 zł, trening personalny 120 zł/h', [['price', 'karnet open', '149 zł'], ['price', 'wejście jednorazowe', '25 zł'], ['price', 'trening personalny', '120 zł/h']]],
  ];
  it.each(cases)('%s: %s', (locale, text, expected) => {
    expect(read(text, locale)).toEqual(expected);
  });
});

describe('extractFacts: lists, menus and figures', () => {
  it('reads a menu with sub-headings, items with and without prices', () => {
    const facts = extractFacts([{ text: 'Our menu\nStarters\nSoup of the day\nGarlic bread\nMains\nFish and chips £14\nSteak pie £15.50', source: 'file:menu.docx' }], 'en');
    expect(facts.map((f) => [f.kind, f.label, f.value ?? '', f.group])).toEqual([
      ['product', 'Soup of the day', '', 'Starters'],
      ['product', 'Garlic bread', '', 'Starters'],
      ['product', 'Fish and chips', '£14', 'Mains'],
      ['product', 'Steak pie', '£15.50', 'Mains'],
    ]);
  });

  it('reads services introduced by "we offer" or a services word, in several languages', () => {
    expect(read('Nabízíme tyto služby: dentální hygienu, bělení zubů, ortodoncii a implantáty.', 'cs')).toEqual([
      ['service', 'dentální hygienu'],
      ['service', 'bělení zubů'],
      ['service', 'ortodoncii'],
      ['service', 'implantáty'],
    ]);
    expect(read('We offer bookkeeping, payroll and VAT returns.', 'en')).toEqual([['service', 'bookkeeping'], ['service', 'payroll'], ['service', 'VAT returns']]);
  });

  it('reads figures worth showing, and not years, budgets, timelines or the site’s size', () => {
    expect(read('We have 4 rooms, a 20-minute call is free, and over 300 happy couples.', 'en')).toEqual([
      ['figure', '4 rooms', '4'],
      ['figure', '20-minute call', '20'],
      ['figure', 'over 300 happy couples', '300'],
    ]);
    expect(read('Our budget is around £3,000 and we would like to launch in 6 weeks. We were founded in 1998.', 'en')).toEqual([]);
    expect(read('Il sito deve avere 5 pagine in 3 lingue.', 'it')).toEqual([]);
  });

  it('reads links and keeps them whole', () => {
    expect(read('Find us on https://www.instagram.com/lensandlight and www.lensandlight.co.uk.', 'en')).toEqual([
      ['link', 'https://www.instagram.com/lensandlight'],
      ['link', 'www.lensandlight.co.uk'],
    ]);
  });

  it('reads a document table extracted one cell per line: each price under its name', () => {
    expect(read('Ceník\n\nBasic\n800 Kč\nStandard\n1500 Kč\nPremium\n4500 Kč', 'cs')).toEqual([
      ['price', 'Basic', '800 Kč'],
      ['price', 'Standard', '1500 Kč'],
      ['price', 'Premium', '4500 Kč'],
    ]);
  });

  it('reads round-the-clock opening, and "Open 24/7" is not an address', () => {
    expect(read('Open 24/7', 'en')).toEqual([['hours', 'Open', '24/7']]);
  });

  it('reads a table file flattened to cells, with a header row', () => {
    expect(read('Plan\tPrice\tIncluded\nBasic\t800 Kč\t1 user\nStandard\t1 500 Kč\t5 users', 'cs')).toEqual([
      ['price', 'Basic', '800 Kč'],
      ['price', 'Standard', '1 500 Kč'],
    ]);
  });
});

describe('extractFacts: prose with numbers in it is not a list of facts', () => {
  const silent: [string, string][] = [
    ['en', 'We need 3 languages and a booking form. Our current site is on WordPress since 2015.'],
    ['en', 'Customers should be able to pay by card. The site must load in under 2 seconds on mobile.'],
    ['de', 'Wir möchten, dass Patienten 24 Stunden am Tag Termine buchen können.'],
    ['fr', 'Nous voulons un site en 2 langues, prêt pour le 1er septembre.'],
    ['cs', 'Chceme web do konce června, rozpočet 50 000 Kč.'],
    ['pl', 'Strona ma być gotowa w 4 tygodnie.'],
    ['es', 'Abrimos en 2019. Queremos la web para marzo.'],
    ['ru', 'Нам нужен сайт на 2 языках. Мы работаем с 2010 года.'],
    ['ar', 'نحتاج موقعاً بلغتين خلال 3 أسابيع.'],
    ['nl', 'Klanten moeten 7 dagen per week kunnen boeken. We bestaan sinds 1987.'],
    ['it', 'Il sito deve essere pronto entro 2 mesi e costare meno di 2.000 €.'],
    ['en', 'Employees can rate each coffee from 1 to 5 stars. Phase 2: build. Version 2.0 will add a shop.'],
  ];
  it.each(silent)('%s: %s', (locale, text) => {
    expect(read(text, locale)).toEqual([]);
  });

  it('keeps a price the site is to show, even in a sentence about the site', () => {
    expect(read('On the website the monthly pass costs 149 zł.', 'pl').map((f) => f[2])).toEqual(['149 zł']);
  });

  it('keeps what a business would show about itself in the same kind of prose', () => {
    expect(read('Our team of 5 photographers covers weddings. Mamy 12 trenerów.', 'en')).toEqual([
      ['figure', '5 photographers', '5'],
      ['figure', '12 trenerów', '12'],
    ]);
  });
});

describe('extractFacts: facts inside a list of needs', () => {
  it('reads the bracketed list of a need and its prices, and no heading, person or figure that is not there', () => {
    expect(read('Hi, I’m the practice manager at Riverside Physio, a physiotherapy clinic in Leeds.\n- A page for each treatment (sports massage, back pain, post-surgery rehab)', 'en')).toEqual([
      ['service', 'sports massage'],
      ['service', 'back pain'],
      ['service', 'post-surgery rehab'],
    ]);
    expect(read('We also need a pricing page (Starter $29/month, Pro $79/month) and a free trial signup.', 'en')).toEqual([
      ['price', 'Starter', '$29/month'],
      ['price', 'Pro', '$79/month'],
    ]);
    expect(read('Anforderungen:\n3. Filialfinder mit Karte\n4. Stellenangebote und Bewerbungsformular\nz. B. soll der Kunde bis 18 Uhr für den nächsten Morgen bestellen können.', 'de')).toEqual([]);
  });
});
