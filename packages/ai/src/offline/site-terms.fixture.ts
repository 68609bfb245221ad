import type { Fact, NeedKind, Requirement, Terms } from '@statex/core';

/** Terms as build-terms produces them, for a range of business types and locales: fixtures for spec and browser tests. */
function terms(locale: string, business: Terms['business'], needs: Array<[NeedKind | undefined, string]>, facts: Array<Omit<Fact, 'source'>>): Terms {
  const requirements: Requirement[] = needs.map(([kind, text], i) => ({ id: `R${i + 1}`, text, category: 'functional', priority: 'must', source: 'brief', ...(kind ? { kind } : {}) }));
  return { title: business?.name ?? 'Site', summary: '', requirements, assumptions: [], locale, business, facts: facts.map((f) => ({ ...f, source: 'brief' })) };
}

export const SITE_TERMS: Record<string, Terms> = {
  saas: terms('en', { name: 'BrewBox', type: 'saas', tagline: 'Fresh coffee delivered to your office every week.' }, [
    ['signup', 'Office managers can sign up their company.'],
    ['pricing', 'Office managers can choose a subscription plan by team size.'],
    ['booking', 'Office managers can schedule delivery days.'],
    ['reviews', 'Employees can rate each coffee.'],
    ['dashboard', 'The company admin can see monthly spending.'],
    ['integration', 'Accountants can export every invoice as a PDF.'],
  ], [
    { kind: 'price', label: 'Starter', value: '49 €/month', detail: 'up to 10 people' },
    { kind: 'price', label: 'Team', value: '99 €/month', detail: 'up to 30 people' },
    { kind: 'price', label: 'Office', value: '189 €/month', detail: 'up to 80 people' },
    { kind: 'product', label: 'Ethiopia Yirgacheffe', group: 'Roasts' },
    { kind: 'email', label: 'hello@brewbox.example' },
  ]),
  restaurant: terms('es', { name: 'La Taberna de Lola', type: 'bar', tagline: 'Bar de tapas en Sevilla.', city: 'Sevilla' }, [
    ['menu', 'La web muestra la carta con sus precios.'],
    ['booking', 'Los clientes pueden reservar mesa en línea.'],
    ['shop', 'Los clientes pueden hacer pedidos para recoger.'],
    ['events', 'La web tiene una sección de eventos con música en directo.'],
    ['gallery', 'La web incluye una galería de fotos.'],
    ['map', 'La web muestra un mapa para llegar.'],
  ], [
    { kind: 'product', label: 'Salmorejo', value: '6,50 €', group: 'Tapas' },
    { kind: 'product', label: 'Pulpo a la gallega', value: '14 €', group: 'Raciones', detail: 'con pimentón de la Vera' },
    { kind: 'product', label: 'Croquetas <caseras>', value: '8 €', group: 'Tapas' },
    { kind: 'address', label: 'Calle Feria 42, Sevilla' },
    { kind: 'hours', label: 'Mar–Dom', value: '12:00–24:00' },
    { kind: 'date', label: 'Flamenco en directo', value: 'viernes 21:30' },
  ]),
  clinic: terms('de', { name: 'Zahnarztpraxis Dr. Weber', type: 'dentist', tagline: '', city: 'Leipzig' }, [
    ['booking', 'Patienten können online Termine buchen.'],
    ['upload', 'Patienten können Formulare vor dem ersten Besuch ausfüllen und hochladen.'],
    ['services', 'Die Website zeigt eine Leistungsübersicht.'],
    ['team', 'Die Website hat eine Teamseite.'],
    ['about', 'Die Website informiert über die Barrierefreiheit der Praxis.'],
    ['faq', 'Die Website beantwortet häufige Fragen.'],
  ], [
    { kind: 'service', label: 'Prophylaxe' },
    { kind: 'service', label: 'Implantate' },
    { kind: 'service', label: 'Kinderzahnheilkunde' },
    { kind: 'person', label: 'Dr. Anna Weber', value: 'Zahnärztin' },
    { kind: 'address', label: 'Karl-Liebknecht-Straße 12, 04107 Leipzig' },
    { kind: 'phone', label: '+49 341 123456' },
    { kind: 'hours', label: 'Mo–Fr', value: '8–18 Uhr' },
  ]),
  gym: terms('pl', { name: 'FitPunkt', type: 'gym', tagline: 'Siłownia w Krakowie.', city: 'Kraków' }, [
    ['shop', 'Klienci mogą kupić karnet online.'],
    ['timetable', 'Klienci mogą zapisać się na zajęcia grupowe z grafiku.'],
    ['booking', 'Klienci mogą umówić trening z trenerem personalnym.'],
    ['team', 'Strona pokazuje profile trenerów.'],
    ['pricing', 'Strona zawiera cennik.'],
    ['dashboard', 'Aplikacja pozwala śledzić postępy.'],
    ['calculator', 'Kalkulator kosztów treningów.'],
  ], [
    { kind: 'price', label: 'Karnet miesięczny', value: '149 zł' },
    { kind: 'price', label: 'Wejście jednorazowe', value: '25 zł' },
    { kind: 'timetable', label: 'Zumba', value: 'pon 18:00' },
    { kind: 'person', label: 'Kasia Nowak', value: 'trenerka personalna' },
  ]),
  brewery: terms('cs', { name: 'Minipivovar U Kocoura', type: 'brewery', tagline: '', city: 'Brno' }, [
    ['menu', 'Web nabízí nabídku piv s popisem a cenou.'],
    ['shop', 'E-shop s rozvozem po Brně.'],
    ['booking', 'Zákazníci si mohou rezervovat prohlídku pivovaru.'],
    ['events', 'Web má kalendář akcí.'],
    ['shop', 'Zákazníci mohou koupit dárkový poukaz.'],
  ], [
    { kind: 'product', label: 'Mourek 11°', value: '45 Kč', detail: 'světlý ležák', group: 'Piva' },
    { kind: 'product', label: 'Kocour IPA', value: '65 Kč', group: 'Piva' },
    { kind: 'hours', label: 'Otevřeno denně 11–23' },
  ]),
  hotel: terms('it', { name: 'Casa Lucia', type: 'b&b', tagline: 'B&B con quattro camere a Lucca.', city: 'Lucca' }, [
    ['gallery', 'Gli ospiti vedono le camere con foto.'],
    ['availability', 'Gli ospiti controllano la disponibilità.'],
    ['booking', 'Gli ospiti prenotano con un acconto.'],
    ['articles', 'Una pagina sui dintorni con consigli per gite.'],
    ['reviews', 'Le recensioni degli ospiti.'],
    ['contact', 'Un modulo di contatto.'],
    ['languages', 'Il sito deve essere in italiano e inglese.'],
  ], []),
  ngo: terms('fr', { name: 'Les Amis du Canal', type: 'ngo', tagline: 'Association de quartier à Lyon.' }, [
    ['donation', 'Les visiteurs peuvent faire un don en ligne.'],
    ['events', 'Le site annonce les prochaines actions de nettoyage.'],
    ['newsletter', 'Les visiteurs peuvent s’inscrire à la lettre d’information.'],
    ['application', 'Les bénévoles peuvent poser leur candidature.'],
  ], [{ kind: 'figure', label: 'bénévoles', value: '120' }]),
  realestate: terms('ar', { name: 'دار العقارية', type: 'real estate', tagline: '', city: 'الشارقة' }, [
    ['catalogue', 'يعرض الموقع الشقق والفلل للبيع والإيجار.'],
    ['search', 'البحث حسب المنطقة والسعر.'],
    ['booking', 'جدولة زيارة للعقار.'],
    ['calculator', 'حاسبة للتمويل العقاري.'],
    ['quote', 'نموذج لتقييم العقار.'],
  ], [
    { kind: 'product', label: 'شقة غرفتين في المجاز', value: '650,000 درهم' },
    { kind: 'product', label: 'فيلا في الرحمانية', value: '2,400,000 درهم' },
  ]),
  photographer: terms('en', { name: 'Lens & Light', type: 'photographer', tagline: 'Wedding photography in Bath.' }, [
    ['portfolio', 'Couples can see the portfolio by wedding venue.'],
    ['availability', 'Couples can check if their date is free.'],
    ['quote', 'Couples can request a quote through a form.'],
    ['pricing', 'The site shows packages with prices.'],
    ['reviews', 'The site has a page of reviews from couples.'],
    ['portal', 'Each couple has a private gallery.'],
  ], [
    { kind: 'price', label: 'Elopement', value: '£650', detail: '2 hours' },
    { kind: 'price', label: 'Full day', value: '£1,450', detail: '10 hours, two photographers' },
  ]),
  trades: terms('nl', { name: 'De Snelle Spaak', type: 'bike repair', tagline: 'Fietsenmaker in Utrecht.', city: 'Utrecht' }, [
    ['booking', 'Klanten kunnen online een reparatie inplannen.'],
    ['tracking', 'Klanten kunnen de status van hun reparatie volgen.'],
    ['quote', 'Klanten kunnen een offerte aanvragen.'],
    ['catalogue', 'Een overzicht van tweedehands fietsen met prijzen.'],
    ['articles', 'Een pagina over e-bike onderhoud.'],
  ], [{ kind: 'product', label: 'Gazelle Orange C7', value: '€ 450', group: 'Tweedehands' }]),
  // Older terms: no kinds, no business profile, no facts; the spec falls back to reading the text.
  legacy: terms('en', undefined, [
    [undefined, 'The site shall allow clients to book an appointment online.'],
    [undefined, 'The site shall show the price list.'],
    [undefined, 'The site shall include a contact form.'],
    [undefined, 'The site shall be fast.'],
  ], []),
};
