import { describe, expect, it } from 'vitest';
import { renderPageSections } from '../render-site.ts';
import { escapeHtml } from '../safe-html.ts';
import { TemplateBuilder } from '../template-builder.ts';

/** Customer text with markup in it: must come out escaped, never as markup. */
const HOSTILE = 'Pulpo <b>&</b> "pimentón"';
const ESCAPED = escapeHtml(HOSTILE);

function render(type: string, props: Record<string, unknown>, locale = 'de'): string {
  const spec = new TemplateBuilder({ title: 'Casa Test', locale, theme: 'light' })
    .page({ slug: 'index', title: 'Start' })
    .section({ id: 'first', type: 'text', props: { heading: 'Intro', paragraphs: ['x'] } })
    .section({ id: 'subject', type, covers: ['R1'], props })
    .build();
  const markup = renderPageSections(spec, 'index');
  return markup.slice(markup.indexOf('<section id="subject"'));
}

interface Case {
  type: string;
  props: Record<string, unknown>;
  /** Strings the markup must contain: the customer's facts as given and the German scaffolding. */
  shows: string[];
}

const CASES: Case[] = [
  {
    type: 'booking',
    props: { heading: 'Termin', services: [HOSTILE, 'Prophylaxe'], people: ['Dr. Anna Weber'], mode: 'slot', slots: ['09:00', '10:30'], party: false },
    shows: [`<option>${ESCAPED}</option>`, '<option>Dr. Anna Weber</option>', 'value="10:30"', 'Leistung', 'Vielen Dank, Ihre Buchung ist bestätigt.', 'data-reference="B"'],
  },
  {
    type: 'booking',
    props: { heading: 'Zimmer', services: [], people: [], mode: 'range', slots: [], party: true },
    shows: ['>Anreise', '>Abreise', '>Anzahl Personen', 'type="date"'],
  },
  {
    type: 'availability',
    props: { heading: HOSTILE, bookedDays: [3, 14], bookHref: 'index.html#first' },
    shows: [ESCAPED, 'data-booked="3 14"', 'data-free-message="{date} ist noch frei."', 'Beispieldaten', 'Dieses Datum buchen'],
  },
  {
    type: 'catalogue',
    props: { heading: 'Karte', layout: 'list', cart: true, filter: true, amountPattern: '# €', groups: [{ heading: 'Tapas', items: [{ name: HOSTILE, price: '6,50 €', detail: 'mit Brot', amount: 6.5 }, { name: 'Wasser' }] }] },
    shows: [`<span class="item-name">${ESCAPED}</span>`, '<span class="item-price">6,50 €</span>', '<h3 class="group-heading">Tapas</h3>', 'data-amount="6.5"', 'Ihre Bestellung', 'Hinzufügen', 'Suchen', 'data-pattern="# €"'],
  },
  {
    type: 'calculator',
    props: { heading: 'Rechner', amountPattern: '# Kč', items: [{ label: HOSTILE, price: '800 Kč', amount: 800 }] },
    shows: [`<span>${ESCAPED}</span>`, '<span class="calc-price">800 Kč</span>', 'data-amount="800"', 'Summe', `Menge: ${ESCAPED}`],
  },
  {
    type: 'team',
    props: { heading: 'Team', people: [{ name: 'MUDr. Jana Nováková', role: HOSTILE }] },
    shows: ['MUDr. Jana Nováková', `<p class="person-role">${ESCAPED}</p>`, '>JN</span>'],
  },
  {
    type: 'opening-hours',
    props: { heading: 'Öffnungszeiten', entries: [{ label: 'Mo–Fr', value: HOSTILE }] },
    shows: ['<dt>Mo–Fr</dt>', `<dd>${ESCAPED}</dd>`],
  },
  {
    type: 'contact-details',
    props: { heading: 'Anfahrt', address: HOSTILE, directions: 'Tram 4', phones: ['+49 341 123456'], emails: ['praxis@example.org'], links: [], hours: [{ label: 'Sa', value: '9–12' }] },
    shows: [`<dd>${ESCAPED}</dd>`, 'href="tel:+49341123456"', 'praxis@example.org', 'Kartenvorschau', 'Adresse', 'Öffnungszeiten', 'class="map-art"'],
  },
  {
    type: 'contact-details',
    props: { heading: 'Kontakt', phones: [], emails: ['hi@app.example'], links: [], hours: [] },
    shows: ['hi@app.example'],
  },
  {
    type: 'events',
    props: { heading: 'Akce', items: [{ date: 'pátek 21:30', title: HOSTILE }] },
    shows: ['<p class="event-date">pátek 21:30</p>', `<p class="event-title">${ESCAPED}</p>`],
  },
  {
    type: 'articles',
    props: { heading: 'Ratgeber', items: [{ title: HOSTILE, summary: 'E-Bike pflegen' }] },
    shows: [ESCAPED, 'E-Bike pflegen'],
  },
  {
    type: 'auth',
    props: { heading: 'Konto', organisationLabel: HOSTILE },
    shows: ['Neu hier?', 'Schon registriert?', 'Passwort', ESCAPED, 'autocomplete="new-password"', 'Demo: Es wird nichts versendet oder abgebucht'],
  },
  {
    type: 'dashboard',
    props: { heading: 'Übersicht', tiles: [{ label: 'Tarif', value: 'Team' }], rows: [{ title: HOSTILE, status: 'Verfügbar' }] },
    shows: [`<span class="dash-title">${ESCAPED}</span>`, 'Beispieldaten', '<dd>Team</dd>'],
  },
  {
    type: 'tracking',
    props: { heading: 'Status', steps: ['Eingegangen', HOSTILE], example: 'SP-1042' },
    shows: ['value="SP-1042"', `>${ESCAPED}</li>`, 'Referenznummer', 'Status abfragen'],
  },
  {
    type: 'donation',
    props: { heading: 'Spenden', amounts: ['10 €', HOSTILE] },
    shows: [`value="${ESCAPED}"`, 'Anderer Betrag', 'Monatlich', 'Vielen Dank für Ihre Spende!'],
  },
  {
    type: 'language-switch',
    props: { heading: 'Sprachen', languages: [{ code: 'de', name: 'Deutsch' }, { code: 'en', name: HOSTILE }] },
    shows: ['lang="en" aria-pressed="false"', ESCAPED, 'umgestellt'],
  },
  {
    type: 'reviews',
    props: { heading: 'Bewertungen', items: [], subjects: [HOSTILE] },
    shows: ['Hier erscheinen die Bewertungen Ihrer Kunden.', `<option>${ESCAPED}</option>`, 'Bewertung abgeben', '5 Sterne'],
  },
  {
    type: 'reviews',
    props: { heading: 'Bewertungen', items: [{ quote: HOSTILE, author: 'Eva', rating: 4 }], subjects: [] },
    shows: [`<p>${ESCAPED}</p>`, '4 Sterne', '★★★★☆'],
  },
  {
    type: 'notice',
    props: { heading: 'Team', needed: HOSTILE },
    shows: ['Noch zu liefern', `<p>${ESCAPED}</p>`],
  },
];

describe('need-specific sections', () => {
  it.each(CASES.map((c) => [c.type, c] as const))('%s renders the facts as given, escaped, with German scaffolding', (_, c) => {
    const markup = render(c.type, c.props);
    for (const expected of c.shows) expect(markup).toContain(expected);
    expect(markup).not.toContain('<b>&</b>');
    expect(markup).toContain('data-covers="R1"');
  });

  it('labels every form control it renders', () => {
    for (const c of CASES) {
      const markup = render(c.type, c.props);
      const ids = [...markup.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g)].map((m) => m[1]);
      for (const id of ids) expect(markup, `${c.type}: ${id}`).toMatch(new RegExp(`<label[^>]* for="${id}"`));
    }
  });

  it('speaks the site locale: Arabic labels on an Arabic site', () => {
    const markup = render('booking', { heading: 'حجز', services: ['قص الشعر'], people: [], mode: 'slot', slots: ['10:00'], party: false }, 'ar');
    expect(markup).toContain('الخدمة');
    expect(markup).toContain('شكرًا لك، تم تأكيد حجزك.');
    expect(markup).not.toMatch(/\b(?:Service|Name|Book)\b/);
  });

  it('contact details without an address draw no map', () => {
    const markup = render('contact-details', { heading: 'Kontakt', phones: [], emails: ['hi@app.example'], links: [], hours: [] });
    expect(markup).not.toContain('map-art');
    expect(markup).not.toContain('Adresse');
  });
});
