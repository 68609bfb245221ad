import type { Fact, Requirement, Terms } from '@statex/core';
import type { TemplateSpec } from '@statex/templates';
import { describe, expect, it } from 'vitest';
import { coversNeed, mentionsFact, specCoverageProblems, termsCoverageProblems, type OfflineFloor } from './answer-coverage.ts';

const need = (text: string, kind: Requirement['kind'], id = 'R1'): Requirement => ({ id, text, kind, category: 'functional', priority: 'must', source: 'brief' });
const fact = (label: string, value?: string, kind: Fact['kind'] = 'price'): Fact => ({ kind, label, ...(value ? { value } : {}), source: 'brief' });

describe('coversNeed: a model’s requirement states the offline need by kind and key words', () => {
  it('accepts the same need in other words, in several languages', () => {
    expect(coversNeed(need('Die Website bietet Online-Bestellungen von Torten zur Abholung.', 'shop'), need('Kunden bestellen Torten online und holen sie in der Bäckerei ab.', 'shop'), 'de')).toBe(true);
    expect(coversNeed(need('Pacienti si mohou online rezervovat termín.', 'booking'), need('Web umožní pacientům rezervaci termínu online.', 'booking'), 'cs')).toBe(true);
    expect(coversNeed(need('Office managers schedule delivery days.', 'booking'), need('An office manager can choose the days of the week for deliveries.', 'booking'), 'en')).toBe(true);
    expect(coversNeed(need('يعرض الموقع الشقق والفلل للبيع والإيجار.', 'catalogue'), need('قائمة الشقق والفلل المعروضة للبيع والإيجار مع الصور.', 'catalogue'), 'ar')).toBe(true);
  });

  it('refuses another need, even of the same kind, and the same words under a different kind when few are shared', () => {
    expect(coversNeed(need('Employees rate each coffee.', 'reviews'), need('Office managers sign up their company.', 'signup'), 'en')).toBe(false);
    expect(coversNeed(need('Guests book a table online.', 'booking'), need('Guests book a guided tour of the brewery.', 'tour'), 'en')).toBe(false);
    expect(coversNeed(need('Klienci kupują karnet online.', 'shop'), need('Klienci zapisują się na zajęcia grupowe.', 'timetable'), 'pl')).toBe(false);
  });
});

describe('mentionsFact: the label, and the figures exactly as the customer wrote them', () => {
  it('finds a fact in any wording around it, but not with its price rewritten', () => {
    expect(mentionsFact('{"name":"Salmorejo","price":"6,50 €"}', fact('Salmorejo', '6,50 €'))).toBe(true);
    expect(mentionsFact('Salmorejo — 6.5 €', fact('Salmorejo', '6,50 €'))).toBe(false);
    expect(mentionsFact('Classic: £1,450 for 8 hours', fact('Classic', '£1,450'))).toBe(true);
    expect(mentionsFact('Mo–Fr: 7–18 Uhr', fact('Mo–Fr', '7–18 Uhr', 'hours'))).toBe(true);
    expect(mentionsFact('Black Kocour 55 Kč', fact('Černý Kocour 13°', '55 Kč', 'product'))).toBe(false);
  });
});

describe('termsCoverageProblems and specCoverageProblems', () => {
  const floor: OfflineFloor = {
    requirements: [need('Guests book a table online.', 'booking'), need('The menu with prices.', 'menu', 'R2')],
    facts: [fact('Salmorejo', '6,50 €', 'product')],
    locale: 'es',
    customerName: 'Lola García',
    sourceText: 'Somos La Taberna. Salmorejo 6,50 €',
  };
  const terms: Terms = {
    title: 'La Taberna',
    summary: '',
    locale: 'es',
    business: { name: 'La Taberna', type: 'restaurant', tagline: '' },
    requirements: [need('Los clientes reservan mesa en línea (book a table).', 'booking'), need('La carta con precios (the menu with prices).', 'menu', 'R2')],
    assumptions: [],
    facts: [fact('Salmorejo', '6,50 €', 'product')],
  };

  it('passes terms that keep every need and fact, and names each that is lost', () => {
    expect(termsCoverageProblems(terms, floor)).toEqual([]);
    const lossy = { ...terms, locale: 'en', requirements: terms.requirements.slice(0, 1), facts: [], business: { name: 'Lola García', type: 'restaurant', tagline: '' } };
    const problems = termsCoverageProblems(lossy, floor);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/locale.*"es"/);
    expect(problems.join('\n')).toContain('The menu with prices.');
    expect(problems.join('\n')).toContain('product "Salmorejo" = "6,50 €"');
    expect(problems.join('\n')).toContain('contact person');
  });

  it('asks of a spec a citing section per requirement, every fact in some section’s props, the locale, and no contact name', () => {
    const spec = (props: Record<string, unknown>, covers: string[], locale = 'es'): TemplateSpec => ({
      version: 1,
      site: { title: 'La Taberna', tagline: '', locale, dir: 'ltr', theme: 'light' },
      pages: [{ slug: 'index', title: 'La Taberna', navLabel: 'Inicio', description: '', covers: ['R1', 'R2'], sections: [{ id: 'carta', type: 'catalogue', covers, props }] }],
    });
    expect(specCoverageProblems(spec({ items: [{ name: 'Salmorejo', price: '6,50 €' }] }, ['R1', 'R2']), terms, floor)).toEqual([]);
    const problems = specCoverageProblems(spec({ items: [{ name: 'Salmorejo', price: '6.5 €' }], owner: 'Lola García' }, ['R1'], 'en'), terms, floor);
    expect(problems.join('\n')).toContain('/site/locale: must be "es"');
    expect(problems.join('\n')).toContain('no section cites R2 (menu)');
    expect(problems.join('\n')).toContain('no section shows the customer\'s product "Salmorejo"');
    expect(problems.join('\n')).toContain('"Lola García" must not appear');
  });

  it('asks for the business’s name in the site title, and a working section where the offline designer has one', () => {
    const page = (sections: TemplateSpec['pages'][number]['sections']): TemplateSpec => ({
      version: 1,
      site: { title: 'Bar', tagline: '', locale: 'es', dir: 'ltr', theme: 'light' },
      pages: [{ slug: 'index', title: 'Inicio', navLabel: 'Inicio', description: '', covers: ['R1', 'R2'], sections }],
    });
    const reference = page([
      { id: 'reservas', type: 'booking', covers: ['R1'], props: {} },
      { id: 'carta', type: 'catalogue', covers: ['R2'], props: { items: [{ name: 'Salmorejo', price: '6,50 €' }] } },
    ]);
    const textOnly = page([
      { id: 'intro', type: 'text', covers: ['R1'], props: { text: 'Reserve por teléfono.' } },
      { id: 'carta', type: 'catalogue', covers: ['R2'], props: { items: [{ name: 'Salmorejo', price: '6,50 €' }] } },
    ]);
    const problems = specCoverageProblems(textOnly, terms, floor, reference);
    expect(problems).toEqual([`/site/title: must carry the business's own name "La Taberna"`, 'R1 (booking) needs a section of type booking that cites it']);
    expect(specCoverageProblems({ ...reference, site: { ...reference.site, title: 'La Taberna' } }, terms, floor, reference)).toEqual([]);
  });

  it('in the modification round, accepts a fact renamed, repriced or removed by the change, and nothing else lost', () => {
    const plans: OfflineFloor = {
      ...floor,
      requirements: [],
      facts: [fact('Basic', '800 Kč'), fact('Standard', '1500 Kč'), fact('Premium', '4500 Kč')],
      change: 'Rename the middle plan to Growth, Basic now costs 900 Kč and drop Premium.',
    };
    const revised = (facts: Fact[]): Terms => ({ ...terms, requirements: [], facts });
    expect(termsCoverageProblems(revised([fact('Basic', '900 Kč'), fact('Growth', '1500 Kč')]), plans)).toEqual([]);
    expect(termsCoverageProblems(revised([fact('Basic', '900 Kč')]), plans)).toEqual([expect.stringContaining('price "Standard" = "1500 Kč"')]);
    expect(termsCoverageProblems(revised([fact('Basic', '900 Kč'), fact('Growth', '1500 Kč')]), { ...plans, change: undefined })).toHaveLength(3);
  });

  it('lets the site show a person the customer named in the brief, even when it is also the contact', () => {
    const team: OfflineFloor = { ...floor, sourceText: `${floor.sourceText} Chef: Lola García` };
    const withChef = { ...terms, facts: [...(terms.facts ?? []), fact('Lola García', 'Chef', 'person')] };
    expect(termsCoverageProblems(withChef, team)).toEqual([]);
  });
});
