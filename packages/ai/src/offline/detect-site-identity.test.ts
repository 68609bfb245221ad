import { describe, expect, it } from 'vitest';
import { detectBusiness, detectBusinessName, detectSiteIdentity } from './detect-site-identity.ts';

describe('detectBusinessName', () => {
  it.each([
    ["I want a website for my bakery 'Sunrise'.", 'Sunrise'],
    ['We are a small café called “Blue Door” in Leeds.', 'Blue Door'],
    ['We are Acme Ltd and we make anvils.', 'Acme Ltd'],
    ['Our company Müller & Söhne GmbH needs a site.', 'Müller & Söhne GmbH'],
    ['My shop is called Green Leaf Plants, and we sell plants.', 'Green Leaf Plants'],
    ['I run Pixel Studio in Berlin.', 'Pixel Studio'],
    ['BrewBox delivers coffee to offices on a weekly subscription.', 'BrewBox'],
    ['Lens & Light is a wedding photography studio in Bath run by two photographers.', 'Lens & Light'],
    ['Hartley Accounting serves freelancers and small companies in Manchester.', 'Hartley Accounting'],
    ['Sunrise is a bakery in York.', 'Sunrise'],
  ])('English: %j → %j', (brief, name) => {
    expect(detectBusinessName(brief)).toBe(name);
  });

  it.each([
    ['Somos La Taberna de Lola, un bar de tapas en Sevilla.', 'La Taberna de Lola'],
    ['Il B&B Casa Lucia a Lucca ha quattro camere.', 'Casa Lucia'],
    ['Fietsenmaker De Snelle Spaak in Utrecht repareert en verkoopt fietsen.', 'De Snelle Spaak'],
    ['Zahnarztpraxis Dr. Weber in Leipzig. Patienten sollen online Termine buchen.', 'Zahnarztpraxis Dr. Weber'],
    ['Siłownia FitPunkt w Krakowie. Potrzebujemy strony.', 'FitPunkt'],
    ['Minipivovar U Kocoura v Brně vaří vlastní pivo.', 'U Kocoura'],
    ['Zubní ordinace MUDr. Jana Nováková v Olomouci. Chceme ceník.', 'Zubní ordinace MUDr. Jana Nováková'],
    ['Nous sommes la boulangerie « Le Pain Doré » à Lyon.', 'Le Pain Doré'],
    ['Кофейня «Зерно» в Казани. Нам нужен сайт.', 'Зерно'],
    ['شركة دار العقارية في الشارقة. نحتاج موقعاً.', 'دار العقارية'],
    ['مطعم "بيت الزيتون" في عمّان.', 'بيت الزيتون'],
  ])('other languages: %j → %j', (brief, name) => {
    expect(detectBusinessName(brief)).toBe(name);
  });

  it.each([
    "We are a family bakery and our bakery's bread is famous.",
    'We are Italian restaurant owners.',
    'Nothing here.',
    'Wir brauchen eine neue Website für unsere Praxis.',
    'Online-Terminbuchung ist uns wichtig.',
    'Patienten sollen online Termine buchen.',
    'نحتاج موقعاً لمطعم في دبي.',
    'Office managers sign up their company.',
  ])('finds no name in %j', (brief) => {
    expect(detectBusinessName(brief)).toBeNull();
  });

  it('never takes the contact person for the business', () => {
    expect(detectBusinessName('Jana Nováková. Chceme web pro naši kavárnu.', 'Jana Nováková')).toBeNull();
    expect(detectBusinessName('Tom Hardy here. I shoot weddings.', 'Tom Hardy')).toBeNull();
  });

  it('rejects a generic noun as a name', () => {
    expect(detectBusinessName('Bar in Prague. We want a menu.')).toBeNull();
    expect(detectBusinessName('مطعم في دبي. نريد قائمة الطعام.')).toBeNull();
  });
});

describe('detectBusiness', () => {
  it('gives the name, the kind of business and the town', () => {
    expect(detectBusiness({ brief: 'Lens & Light is a wedding photography studio in Bath.', context: [] })).toMatchObject({ name: 'Lens & Light', type: 'photographer', city: 'Bath' });
    expect(detectBusiness({ brief: 'Zahnarztpraxis Dr. Weber in Leipzig.', context: [], language: 'de' })).toMatchObject({ type: 'dentist', city: 'Leipzig' });
    expect(detectBusiness({ brief: 'Siłownia FitPunkt w Krakowie.', context: [], language: 'pl' })).toMatchObject({ name: 'FitPunkt', type: 'gym' });
    expect(detectBusiness({ brief: 'Siłownia FitPunkt w Krakowie.', context: [], language: 'pl' }).city).toBeUndefined();
  });

  it('reads the name from a document when the brief has none', () => {
    const business = detectBusiness({ brief: 'We need online booking for our salon.', documents: ['Studio Nova — price list\nCut 30 EUR'], context: [] });
    expect(business).toMatchObject({ name: 'Studio Nova', type: 'salon', named: true });
  });

  it('falls back to a descriptive title of the kind, never the contact', () => {
    const business = detectBusiness({ brief: 'Chceme web pro zubní ordinaci s online objednáním.', customerName: 'Jana Nováková', context: [], language: 'cs', titleForType: (type) => (type === 'dentist' ? 'Zubní ordinace' : 'Firemní web') });
    expect(business).toMatchObject({ name: 'Zubní ordinace', type: 'dentist', named: false });
  });
});

describe('detectSiteIdentity', () => {
  it('takes the tagline from the brief’s own description of the business', () => {
    const identity = detectSiteIdentity({ brief: 'Blue Door is a café.', context: ['Prices matter.', 'We are a family-run bakery in Berlin.'] });
    expect(identity.title).toBe('Blue Door');
    expect(identity.tagline).toBe('We are a family-run bakery in Berlin.');
  });
});
