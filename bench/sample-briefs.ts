import type { Locale } from '@statex/core';

/**
 * Briefs of the kind customers send, with different needs (shop, booking, menu, pricing, gallery,
 * FAQ…), lengths and one in German, so the pipeline does not render the same site over and over.
 * `{name}`, `{city}` and `{year}` are filled per request so no two briefs are identical.
 */
interface BriefTemplate {
  label: string;
  locale: Locale;
  names: readonly string[];
  text: string;
  /** Notes sent as a small text file with some of the requests. */
  notes: string;
}

const CITIES = ['Brno', 'Lyon', 'Leeds', 'Graz', 'Porto', 'Utrecht', 'Krakow', 'Bologna'] as const;

const TEMPLATES: readonly BriefTemplate[] = [
  {
    label: 'bakery',
    locale: 'en',
    names: ['Sunrise Bakery', 'Golden Crust', 'Little Oven'],
    text: 'We are {name} in {city}, baking since {year}. We need a website with our menu and prices. Customers should be able to order cakes online for pickup. We want a contact form and our opening hours on the home page.',
    notes: 'Extra wishes:\n- A photo gallery of our wedding cakes.\n- A page about catering for office events.\n- Prices must include VAT.',
  },
  {
    label: 'dental clinic',
    locale: 'en',
    names: ['Bright Smile Dental', 'Riverside Dental Care', 'Elm Street Dentists'],
    text: 'I run {name}, a family dental practice in {city} with four dentists, open since {year}. Patients must be able to book appointments online and choose a dentist. We need a page for each treatment (check-ups, whitening, implants, children) with indicative prices. There should be an FAQ about insurance and emergencies, a map with parking information, and a contact form. The site must be accessible and work well on phones.',
    notes: 'Our emergency line is open on weekends. Please show it prominently on every page.',
  },
  {
    label: 'yoga studio',
    locale: 'en',
    names: ['Lotus Flow Studio', 'Calm Harbour Yoga', 'North Light Yoga'],
    text: 'We are {name}, a yoga and pilates studio in {city}, founded in {year}. We would like a class timetable, teacher profiles and a pricing page with memberships and drop-in passes. Members should be able to book a class and sign up for our newsletter. Testimonials from students would be nice to have. Please add a blog for wellness articles.',
    notes: 'Membership tiers: Basic (8 classes a month), Unlimited, Student. Teachers: Anna, Marek, Sofia.',
  },
  {
    label: 'software product',
    locale: 'en',
    names: ['Ledgerly', 'ShiftPlan', 'Parcelio'],
    text: '{name} is a small SaaS product for freelancers, built by a team in {city} since {year}.\nRequirements:\n1. A landing page explaining the product in three steps.\n2. A pricing table with Free, Pro and Team plans.\n3. A sign-up form for a 14-day trial.\n4. Customer reviews and logos of companies that use us.\n5. An FAQ covering security, data export and cancellation.\n6. A changelog page.\nIt would be great to have a dark mode.',
    notes: 'We are GDPR compliant and host data in the EU. The Team plan is billed per seat.',
  },
  {
    label: 'restaurant (German)',
    locale: 'de',
    names: ['Gasthaus Zur Linde', 'Trattoria Sole', 'Café Morgenrot'],
    text: 'Wir sind {name} in {city}, seit {year} ein Familienbetrieb. Wir brauchen eine Website mit unserer Speisekarte und den Preisen. Gäste sollen online einen Tisch reservieren können. Wichtig sind Öffnungszeiten, eine Galerie mit Fotos und ein Kontaktformular. Die Seite soll auch auf dem Handy gut aussehen.',
    notes: 'Mittagsmenü von Montag bis Freitag. Ruhetag ist Dienstag.',
  },
  {
    label: 'charity',
    locale: 'en',
    names: ['Open Doors Shelter', 'Green Corridor Trust', 'Books for Every Child'],
    text: 'We are {name}, a registered charity in {city}, working since {year}. The website must let people donate online, either once or monthly. We need an events calendar, a page for volunteers with a sign-up form, news updates, and an annual report people can download. We would love a section with stories from the people we help.',
    notes: 'Donations are tax deductible. Our annual report is published every March.',
  },
];

export interface SampleBrief {
  label: string;
  locale: Locale;
  name: string;
  brief: string;
  notes: string;
}

/** The i-th sample: templates in turn, business names and cities varied. */
export function sampleBrief(i: number): SampleBrief {
  const template = TEMPLATES[i % TEMPLATES.length] as BriefTemplate;
  const round = Math.floor(i / TEMPLATES.length);
  const name = template.names[round % template.names.length] as string;
  const city = CITIES[(i * 5 + round) % CITIES.length] as string;
  // 1950–2019: with the name and city, no two of the first 5,000 briefs are the same.
  const year = String(1950 + (i % 70));
  const fill = (text: string) => text.replaceAll('{name}', name).replaceAll('{city}', city).replaceAll('{year}', year);
  return { label: template.label, locale: template.locale, name, brief: fill(template.text), notes: fill(template.notes) };
}

export const SAMPLE_TEMPLATE_COUNT = TEMPLATES.length;
