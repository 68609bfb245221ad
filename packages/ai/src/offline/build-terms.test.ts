import { describe, expect, it } from 'vitest';
import { buildTerms, documentSource } from './build-terms.ts';

const BREWBOX = 'BrewBox delivers coffee to offices on a weekly subscription. Office managers sign up their company, choose a subscription plan by team size, and schedule delivery days. Employees can rate each coffee and suggest the next roast. The company admin sees monthly spending.';

describe('buildTerms', () => {
  it('makes every stated need its own requirement, with brief and file as sources', () => {
    const { terms, identity } = buildTerms({
      brief: BREWBOX,
      documents: [{ name: 'billing.docx', kind: 'docx', text: 'Accountants must be able to export every invoice as a PDF.' }],
      locale: 'en',
      customerName: 'Dana Whitfield',
    });
    expect(terms.requirements.map((r) => r.text)).toEqual([
      'Office managers can sign up their company.',
      'Office managers can choose a subscription plan by team size.',
      'Office managers can schedule delivery days.',
      'Employees can rate each coffee.',
      'Employees can suggest the next roast.',
      'The company admin can see monthly spending.',
      'Accountants can export every invoice as a PDF.',
    ]);
    expect(terms.requirements.at(-1)).toMatchObject({ id: 'R7', source: 'file:billing.docx', priority: 'must', actor: 'Accountants' });
    expect(terms.requirements.map((r) => r.kind)).toEqual(['signup', 'pricing', 'booking', 'reviews', 'other', 'dashboard', 'integration']);
    expect(terms.requirements.every((r) => typeof r.acceptance === 'string' && r.acceptance.length > 20)).toBe(true);
    expect(terms.business).toMatchObject({ name: 'BrewBox' });
    expect(identity.title).toBe('BrewBox');
    expect(terms.title).toBe('Website for BrewBox');
    expect(JSON.stringify(terms)).not.toContain('Whitfield');
    expect(terms.assumptions).toContain('BrewBox delivers coffee to offices on a weekly subscription.');
  });

  it('writes the terms in the request’s language: title, summary, acceptance, notes', () => {
    const { terms } = buildTerms({
      brief: 'Zubní ordinace MUDr. Jany Novákové v Olomouci. Chceme ceník, představení týmu, mapu s parkováním a formulář pro akutní bolest.',
      documents: [{ name: 'logo.png', kind: 'png', text: null }],
      locale: 'cs',
    });
    expect(terms.locale).toBe('cs');
    expect(terms.title).toBe('Web pro Zubní ordinace MUDr. Jany Novákové');
    expect(terms.summary).toMatch(/4 požadavky/);
    expect(terms.requirements.map((r) => r.text)).toEqual(['Web obsahuje ceník.', 'Web obsahuje představení týmu.', 'Web obsahuje mapu s parkováním.', 'Web obsahuje formulář pro akutní bolest.']);
    expect(terms.requirements[2]?.acceptance).toBe('Adresa je uvedena s mapou a popisem cesty přímo na stránce.');
    expect(terms.assumptions).toContain('Obrázek logo.png dodán jako podklad.');
    expect(terms.business).toMatchObject({ type: 'dentist' });
  });

  it('falls back to a localized title of the kind of business, never the contact', () => {
    const { terms } = buildTerms({ brief: 'Chceme web pro zubní ordinaci s online objednáním a ceníkem.', documents: [], locale: 'cs', customerName: 'Jana Nováková' });
    expect(terms.business?.name).toBe('Zubní ordinace');
    expect(terms.title).not.toContain('Nováková');
  });

  it('lists the facts the customer provided, from the brief and each file', () => {
    const { terms } = buildTerms({
      brief: 'Somos La Taberna de Lola, un bar de tapas en Sevilla. Queremos una web con la carta y reservas de mesa.',
      documents: [{ name: 'carta.txt', kind: 'txt', text: 'Carta\nSalmorejo 6,50 €\nCroquetas de jamón 8 €' }],
      locale: 'es',
    });
    expect(terms.facts?.some((f) => f.label.includes('Salmorejo') && f.value === '6,50 €' && f.source === 'file:carta.txt')).toBe(true);
    expect(terms.business).toMatchObject({ name: 'La Taberna de Lola', type: 'bar', city: 'Sevilla' });
    // What is listed as a fact is not repeated as an assumption.
    expect(terms.assumptions.some((a) => a.includes('Salmorejo'))).toBe(false);
  });

  it('reads a voice note’s transcript like any text, with the voice as source', () => {
    expect(documentSource({ name: 'note.m4a (transcript)' })).toBe('voice');
    const { terms } = buildTerms({ brief: 'Website for our bike shop.', documents: [{ name: 'note.m4a (transcript)', kind: 'txt', text: 'Customers should be able to book a repair and track its status.' }], locale: 'en' });
    expect(terms.requirements.map((r) => [r.text, r.source])).toEqual([
      ['Customers can book a repair.', 'voice'],
      ['Customers can track its status.', 'voice'],
    ]);
  });
});

describe('prices listed under a heading', () => {
  it('are one need to show them (Polish), not one need per price', () => {
    const { terms } = buildTerms({ brief: 'Siłownia Atlas w Gdańsku. Chcemy cennik karnetów: Poranny 99 zł, Standard 139 zł, Open 179 zł, grafik zajęć grupowych i zapisy online na zajęcia.', documents: [], locale: 'pl' });
    const texts = terms.requirements.map((r) => r.text);
    expect(texts.filter((text) => /99 zł|139 zł/.test(text))).toEqual([]);
    const pricing = terms.requirements.filter((r) => r.kind === 'pricing');
    expect(pricing).toHaveLength(1);
    expect(pricing[0]?.text).toMatch(/cennik karnetów/);
    expect(pricing[0]?.text).toMatch(/Poranny, Standard i Open/);
    expect(texts.some((text) => /grafik/.test(text))).toBe(true);
    expect(texts.some((text) => /zapisy/.test(text))).toBe(true);
  });

  it('stated as what the business offers still become a need to show them (English)', () => {
    const { terms } = buildTerms({ brief: 'Lotus Flow is a yoga studio in Leeds. We offer three memberships: Drop-in £12, Monthly £65 and Unlimited £95. Members should be able to book a class from the weekly timetable.', documents: [], locale: 'en' });
    const pricing = terms.requirements.filter((r) => r.kind === 'pricing');
    expect(pricing.map((r) => r.text)).toEqual(['The site shows the prices as the customer gave them (“We offer three memberships”): Drop-in, Monthly, and Unlimited.']);
    expect(terms.requirements.some((r) => r.kind === 'booking')).toBe(true);
  });

  it('leave terms alone when a need already shows them', () => {
    const brief = 'Café Mira in Brno. We want a menu with prices and a contact form. Espresso 45 Kč, Cappuccino 65 Kč.';
    const { terms } = buildTerms({ brief, documents: [], locale: 'en' });
    expect(terms.requirements.filter((r) => /shows the prices as the customer gave them/.test(r.text))).toEqual([]);
  });
});
