import { describe, expect, it } from 'vitest';
import { extractNeeds } from './extract-needs.ts';

const texts = (text: string, locale: string): string[] => extractNeeds(text, 'brief', locale).needs.map((n) => n.text);

describe('extractNeeds: actor–action sentences, one need per action', () => {
  it.each([
    ['en', 'Office managers sign up their company, choose a subscription plan by team size, and schedule delivery days.', ['Office managers can sign up their company.', 'Office managers can choose a subscription plan by team size.', 'Office managers can schedule delivery days.']],
    ['en', 'The company admin sees monthly spending.', ['The company admin can see monthly spending.']],
    ['en', 'Visitors can take a virtual tour and ask for a day pass.', ['Visitors can take a virtual tour.', 'Visitors can ask for a day pass.']],
    ['de', 'Patienten sollen online Termine buchen, Formulare vor dem ersten Besuch ausfüllen und Rezepte nachbestellen können.', ['Patienten können online Termine buchen.', 'Patienten können Formulare vor dem ersten Besuch ausfüllen.', 'Patienten können Rezepte nachbestellen.']],
    ['nl', 'Klanten moeten online een reparatie kunnen inplannen, de status van hun reparatie volgen en een offerte aanvragen.', ['Klanten kunnen online een reparatie inplannen.', 'Klanten kunnen de status van hun reparatie volgen.', 'Klanten kunnen een offerte aanvragen.']],
    ['fr', 'Nous aimerions que les visiteurs puissent réserver une dégustation et acheter nos vins en ligne.', ['Les visiteurs peuvent réserver une dégustation.', 'Les visiteurs peuvent acheter nos vins en ligne.']],
    ['es', 'Necesitamos que las clientas puedan reservar cita online, ver la lista de precios y comprar tarjetas regalo.', ['Las clientas pueden reservar cita online.', 'Las clientas pueden ver la lista de precios.', 'Las clientas pueden comprar tarjetas regalo.']],
    ['it', 'Vorremmo un sito dove gli ospiti vedono le camere con foto, controllano la disponibilità e prenotano con un acconto.', ['Gli ospiti vedono le camere con foto.', 'Gli ospiti controllano la disponibilità.', 'Gli ospiti prenotano con un acconto.']],
    ['cs', 'Zákazníci by měli mít možnost koupit dárkový poukaz.', ['Zákazníci mohou koupit dárkový poukaz.']],
    ['pl', 'Potrzebujemy strony, na której klienci kupią karnet online, zapiszą się na zajęcia i umówią trening z trenerem.', ['Klienci kupią karnet online.', 'Klienci zapiszą się na zajęcia.', 'Klienci umówią trening z trenerem.']],
    ['ru', 'Нам нужен сайт, где клиенты смогут купить абонемент онлайн и записаться на занятия.', ['Клиенты могут купить абонемент онлайн.', 'Клиенты могут записаться на занятия.']],
    ['ar', 'يجب أن يتمكن العملاء من كتابة بطاقة إهداء مع الطلب.', ['يمكن للعملاء كتابة بطاقة إهداء مع الطلب.']],
  ])('%s: %j', (locale, brief, expected) => {
    expect(texts(brief, locale)).toEqual(expected);
  });

  it('lets a new actor take over inside one list', () => {
    const needs = extractNeeds('Supporters should be able to donate monthly or once, and volunteers sign up for dog-walking shifts.', 'brief', 'en').needs;
    expect(needs.map((n) => [n.actor, n.text])).toEqual([
      ['Supporters', 'Supporters can donate monthly or once.'],
      ['volunteers', 'Volunteers can sign up for dog-walking shifts.'],
    ]);
  });
});

describe('extractNeeds: enumerations of wanted things', () => {
  it.each([
    ['cs', 'Chceme ceník, představení týmu, mapu s parkováním a formulář pro akutní bolest.', ['Web obsahuje ceník.', 'Web obsahuje představení týmu.', 'Web obsahuje mapu s parkováním.', 'Web obsahuje formulář pro akutní bolest.']],
    ['es', 'También necesitamos una galería de fotos y un mapa para llegar.', ['La web ofrece una galería de fotos.', 'La web ofrece un mapa para llegar.']],
    ['de', 'Wir brauchen eine Leistungsübersicht (Prophylaxe, Implantate, Kinderzahnheilkunde), eine Teamseite und Informationen zur Barrierefreiheit.', ['Die Website bietet eine Leistungsübersicht (Prophylaxe, Implantate, Kinderzahnheilkunde).', 'Die Website bietet eine Teamseite.', 'Die Website bietet Informationen zur Barrierefreiheit.']],
    ['nl', 'We willen ook een overzicht van tweedehands fietsen met prijzen en een pagina over e-bike onderhoud.', ['De website biedt een overzicht van tweedehands fietsen met prijzen.', 'De website biedt een pagina over e-bike onderhoud.']],
    ['ru', 'Также нужны страницы тренеров, цены и отзывы.', ['На сайте есть страницы тренеров.', 'На сайте есть цены.', 'На сайте есть отзывы.']],
    ['pl', 'Potrzebne są: galeria zdjęć z zajęć, jadłospis na każdy tydzień oraz zapisy online.', ['Na stronie: galeria zdjęć z zajęć.', 'Na stronie: jadłospis na każdy tydzień.', 'Na stronie: zapisy online.']],
    ['ar', 'نريد موقعاً يعرض باقات الزهور مع الأسعار، وسلة شراء مع الدفع بالبطاقة، وخدمة توصيل في نفس اليوم.', ['الموقع يعرض باقات الزهور مع الأسعار.', 'يوفر الموقع سلة شراء مع الدفع بالبطاقة.', 'يوفر الموقع خدمة توصيل في نفس اليوم.']],
    ['en', 'We also want packages with prices, a page of reviews from couples, and a private gallery.', ['The site shall provide packages with prices.', 'The site shall include a page of reviews from couples.', 'The site shall include a private gallery.']],
  ])('%s: %j', (locale, brief, expected) => {
    expect(texts(brief, locale)).toEqual(expected);
  });

  it('keeps the listed values of one need together', () => {
    expect(texts('Il sito deve essere in italiano, inglese e tedesco.', 'it')).toEqual(['Il sito deve essere in italiano, inglese e tedesco.']);
    expect(texts('The site must have:\n1. Services: bookkeeping, VAT returns, payroll, annual accounts\n2. A fee calculator', 'en')).toHaveLength(2);
    expect(texts('Anforderungen:\n1. Sortiment mit Brot, Brötchen und Kuchen\n2. Vorbestellung für Abholung', 'de')).toHaveLength(2);
    expect(texts('We would like a photo gallery of our dishes and the dining room.', 'en')).toHaveLength(1);
  });

  it('reads list items under a lead-in that states a need in any language', () => {
    expect(texts('Cosa ci serve:\n1. Elenco dei corsi con prezzi\n2. Test di livello online', 'it')).toHaveLength(2);
    expect(texts('Что нужно:\n- онлайн-запись к мастеру\n- прайс-лист', 'ru')).toEqual(['На сайте есть онлайн-запись к мастеру.', 'На сайте есть прайс-лист.']);
  });
});

describe('extractNeeds: negation and self-description stay out', () => {
  it.each([
    ['en', "We don't need a blog. Hartley Accounting serves freelancers in Manchester. We have photographed over 300 weddings. Our current site is on WordPress."],
    ['de', 'Keinen Online-Shop. Einen Blog brauchen wir nicht. Wir sind seit 1952 in Familienbesitz.'],
    ['fr', 'Pas de boutique en ligne. Nous n’avons pas besoin de blog. Depuis 1920, nous cultivons la vigne.'],
    ['es', 'No necesitamos blog. Somos un bar de tapas desde 1998.'],
    ['it', 'Non ci serve un blog. Dal 1985 accogliamo ospiti.'],
    ['nl', 'Geen webshop. Sinds 1990 repareren wij fietsen.'],
    ['cs', 'E-shop nechceme. Nepotřebujeme blog. Minipivovar vaří vlastní pivo od roku 2010.'],
    ['pl', 'Nie potrzebujemy sklepu internetowego. Od 2005 roku prowadzimy siłownię.'],
    ['ru', 'Блог нам не нужен. Мы работаем с 2012 года.'],
    ['ar', 'لا نحتاج إلى مدونة. تأسست الشركة منذ عام 2001.'],
  ])('%s: %j', (locale, brief) => {
    const result = extractNeeds(brief, 'brief', locale);
    expect(result.needs).toEqual([]);
    expect(result.context.length).toBeGreaterThan(0);
  });

  it('keeps what is wanted after a contrast with what is not', () => {
    expect(texts('No queremos blog, pero sí un formulario para encargos personalizados.', 'es')).toEqual(['La web ofrece un formulario para encargos personalizados.']);
  });
});

describe('extractNeeds: priority, kind, actor and source', () => {
  it('takes the priority from the customer’s words', () => {
    const priorities = (brief: string, locale: string) => extractNeeds(brief, 'brief', locale).needs.map((n) => n.priority);
    expect(priorities('We need online booking. We would like a gallery. A newsletter would be nice to have.', 'en')).toEqual(['must', 'should', 'could']);
    expect(priorities('Wir brauchen eine Teamseite. Patienten sollen Termine buchen können. Es wäre schön, wenn Patienten Rezepte hochladen könnten.', 'de')).toEqual(['must', 'should', 'could']);
    expect(priorities('Potrzebujemy cennika. Chcemy galerię.', 'pl')).toEqual(['must', 'should']);
    expect(priorities('Klanten moeten een afspraak kunnen maken. We willen een fotogalerij.', 'nl')).toEqual(['must', 'should']);
  });

  it('classifies the kind from what is asked, in any language', () => {
    const kinds = (brief: string, locale: string) => extractNeeds(brief, 'brief', locale).needs.map((n) => n.kind);
    expect(kinds('Gasten moeten direct een kamer kunnen boeken en vooraf betalen met iDEAL.', 'nl')).toEqual(['booking', 'payment']);
    expect(kinds('Staff swap shifts with each other and get a push notification when the rota is published.', 'en')).toEqual(['other', 'notifications']);
    expect(kinds('Chceme ceník, představení týmu, mapu s parkováním a formulář pro akutní bolest.', 'cs')).toEqual(['pricing', 'team', 'map', 'contact']);
    expect(kinds('نحتاج حاسبة للتمويل العقاري.', 'ar')).toEqual(['calculator']);
  });

  it('keeps the source it is given, for files and voice notes alike', () => {
    expect(extractNeeds('Drivers upload proof of delivery photos.', 'voice', 'en').needs).toEqual([
      expect.objectContaining({ text: 'Drivers can upload proof of delivery photos.', source: 'voice', actor: 'Drivers', kind: 'upload' }),
    ]);
    expect(extractNeeds('accountants must be able to export every invoice as a PDF', 'file:invoices.docx', 'en').needs[0]).toMatchObject({ source: 'file:invoices.docx', priority: 'must', actor: 'accountants' });
  });

  it('reads the text in its own language when it differs from the request’s', () => {
    const result = extractNeeds('Wir brauchen eine Speisekarte und eine Bildergalerie für unser Restaurant.', 'brief', 'en');
    expect(result.language).toBe('de');
    expect(result.needs.map((n) => n.text)).toEqual(['Die Website bietet eine Speisekarte.', 'Die Website bietet eine Bildergalerie für unser Restaurant.']);
  });
});
