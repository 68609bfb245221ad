import type { Requirement, Terms } from '@statex/core';
import type { TemplateSpec } from '@statex/templates';
import type { SiteIdentity } from './detect-site-identity.ts';
import { truncate, upperFirst } from './normalize-text.ts';
import { siteLabels, type SiteLabels } from './site-labels.ts';
import { detectFeatures, type Feature } from './site-features.ts';

type PageSpec = TemplateSpec['pages'][number];
type SectionSpec = PageSpec['sections'][number];
type Field = { name: string; label: string; type: 'text' | 'email' | 'tel' | 'date' | 'number' | 'textarea' | 'select'; required: boolean; options?: string[] };

export interface SpecSettings {
  identity: SiteIdentity;
  locale: string;
  compliance: 'standard' | 'eu';
  privacy: 'standard' | 'enhanced';
}

const LOCALE = /^[a-z]{2}(?:-[A-Z]{2})?$/;
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);
/** Requirements one feature page may cite; the rest are listed with the site's other offers. */
const FEATURE_PAGE_LIMIT = 100;
const ITEMS_PER_SECTION = 24;
const HOME_OFFERS = 24;
const SECTIONS_PER_MORE_PAGE = 8;
const NEGATED = /\b(?:shall|must|should|will) not\b|\bnot (?:include|allow|show|have|offer|provide|use|need)\b|\bwithout\b/i;
const PAGE_FEATURES = ['about', 'menu', 'services', 'shop', 'pricing', 'gallery', 'blog', 'faq', 'booking', 'contact'] as const satisfies readonly Feature[];

function byId(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function section(id: string, type: string, covers: readonly Requirement[], props: Record<string, unknown>): SectionSpec {
  return { id, type, covers: [...new Set(covers.map((r) => r.id))].sort(byId), props };
}

function page(slug: string, title: string, navLabel: string, description: string, sections: SectionSpec[]): PageSpec {
  const covers = [...new Set(sections.flatMap((s) => s.covers))].sort(byId);
  return { slug, title: truncate(title, 200), navLabel: truncate(navLabel, 60), description: truncate(description, 500), covers, sections };
}

/** "The site shall allow guests to book a table online." → "Allow guests to book a table online". */
function shortTitle(requirement: Requirement): string {
  const predicate = requirement.text.replace(/^The (?:site|system) shall\s+/i, '').replace(/[.!?。؟]+$/u, '');
  return truncate(upperFirst(predicate), 80);
}

function requirementItems(requirements: readonly Requirement[]): Array<{ title: string; text: string }> {
  return requirements.map((r) => ({ title: shortTitle(r), text: truncate(r.text, 300) }));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Items the customer enumerated: "services such as haircuts, colouring and styling". */
function enumeratedItems(requirements: readonly Requirement[]): string[] {
  const items: string[] = [];
  for (const { text } of requirements) {
    const list = /(?::|\bsuch as\b|\bincluding\b|\blike\b|\be\.g\.)\s*(.+?)[.!?]?$/iu.exec(text)?.[1];
    if (!list) continue;
    for (const item of list.split(/\s*(?:,|;|\/|\band\b|\bor\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u)) {
      const clean = item.replace(/^(?:a|an|the|our)\s+/i, '').trim();
      const label = truncate(upperFirst(clean), 120);
      if (clean !== '' && clean.split(/\s+/).length <= 6 && !items.includes(label)) items.push(label);
    }
  }
  return items.slice(0, ITEMS_PER_SECTION);
}

const MENTIONS = {
  phone: /\b(?:phone|telephone|call|mobile|sms|whatsapp)\b|telefon|هاتف/iu,
  time: /\b(?:time|times|slot|slots|hour|lunch|dinner|evening|table|tables|appointment)\b|uhrzeit|termin|heure|hora|وقت|موعد/iu,
  guests: /\b(?:table|tables|guests?|people|persons|party|seats|covers|group|tickets?|rooms?)\b|tisch|gäste|personen|couverts|personas|ضيوف|طاولة/iu,
  event: /\b(?:event|events|wedding|party|catering|celebration|birthday)\b|veranstaltung|feier|événement|evento|مناسبة/iu,
};

function bookingFields(text: string, labels: SiteLabels, services: string[]): Field[] {
  const fields: Field[] = [
    { name: 'name', label: labels.fields.name, type: 'text', required: true },
    { name: 'email', label: labels.fields.email, type: 'email', required: true },
    { name: 'phone', label: labels.fields.phone, type: 'tel', required: MENTIONS.phone.test(text) },
    { name: 'date', label: labels.fields.date, type: 'date', required: true },
  ];
  if (MENTIONS.time.test(text)) fields.push({ name: 'time', label: labels.fields.time, type: 'text', required: true });
  if (MENTIONS.guests.test(text)) fields.push({ name: 'guests', label: labels.fields.guests, type: 'number', required: true });
  if (services.length > 0) fields.push({ name: 'service', label: labels.fields.service, type: 'select', required: true, options: services });
  fields.push({ name: 'message', label: labels.fields.message, type: 'textarea', required: false });
  return fields;
}

function contactFields(text: string, labels: SiteLabels): Field[] {
  const fields: Field[] = [
    { name: 'name', label: labels.fields.name, type: 'text', required: true },
    { name: 'email', label: labels.fields.email, type: 'email', required: true },
  ];
  if (MENTIONS.phone.test(text)) fields.push({ name: 'phone', label: labels.fields.phone, type: 'tel', required: false });
  if (MENTIONS.event.test(text)) fields.push({ name: 'event-date', label: labels.fields.eventDate, type: 'date', required: false });
  fields.push({ name: 'message', label: labels.fields.message, type: 'textarea', required: true });
  return fields;
}

/**
 * A TemplateSpec whose pages follow from the requirements: each requirement is cited by at least
 * one section (anything without a page of its own is listed on the home page under "What this
 * site offers"), and each page cites the union of its sections.
 */
export function buildTemplateSpec(terms: Terms, settings: SpecSettings): TemplateSpec {
  const locale = LOCALE.test(settings.locale) ? settings.locale : 'en';
  const language = locale.slice(0, 2);
  const labels = siteLabels(language);
  const title = truncate(settings.identity.title.trim() || 'Website', 200);

  const byFeature = new Map<Feature, Requirement[]>();
  const leftovers: Requirement[] = [];
  for (const requirement of terms.requirements) {
    // "The site shall not include a blog" must not grow a blog page; it is listed with the other offers.
    const features = (NEGATED.test(requirement.text) ? [] : detectFeatures(requirement.text)).filter((f) => (byFeature.get(f)?.length ?? 0) < FEATURE_PAGE_LIMIT);
    if (features.length === 0) leftovers.push(requirement);
    for (const feature of features) byFeature.set(feature, [...(byFeature.get(feature) ?? []), requirement]);
  }
  const of = (feature: Feature): Requirement[] => byFeature.get(feature) ?? [];
  const has = (feature: Feature): boolean => of(feature).length > 0;
  const text = (feature: Feature): string => of(feature).map((r) => r.text).join(' ');
  const services = enumeratedItems(of('services'));

  const location = has('location')
    ? [
        section('visit', 'text', of('location'), { heading: labels.visitHeading, paragraphs: [labels.addressPlaceholder] }),
        ...(/hours|times|öffnungszeiten|horaires|horario|orari|ساعات/iu.test(text('location'))
          ? [section('hours', 'table', of('location'), { heading: labels.hoursHeading, columns: labels.hoursColumns, rows: labels.hoursRows })]
          : []),
      ]
    : [];
  const locationOn: 'contact' | 'booking' | 'index' = has('contact') ? 'contact' : has('booking') ? 'booking' : 'index';

  const featurePages: Record<(typeof PAGE_FEATURES)[number], () => SectionSpec[]> = {
    about: () => [section('about', 'text', of('about'), { heading: labels.aboutHeading, paragraphs: [settings.identity.tagline || labels.aboutPlaceholder] })],
    menu: () => [
      section('menu', 'table', of('menu'), { heading: labels.menuHeading, columns: labels.menuColumns, rows: [1, 2, 3].map((n) => labels.menuRow(n)) }),
    ],
    services: () =>
      services.length > 0
        ? [section('services', 'features', of('services'), { heading: labels.servicesHeading, items: services.map((s) => ({ title: s, text: labels.servicePlaceholder })) })]
        : chunk(of('services'), ITEMS_PER_SECTION).map((group, i) =>
            section(i === 0 ? 'services' : `services-${i + 1}`, 'features', group, { heading: labels.servicesHeading, items: requirementItems(group) }),
          ),
    shop: () => {
      const products = enumeratedItems(of('shop'));
      const captions = products.length > 0 ? products : [1, 2, 3, 4, 5, 6].map((n) => labels.product(n));
      return [
        section('products', 'gallery', of('shop'), { heading: labels.productsHeading, items: captions.map((caption) => ({ caption })) }),
        section('order', 'cta', [], {
          heading: labels.orderHeading,
          text: labels.orderText,
          action: { label: labels.orderAction, href: has('contact') ? 'contact.html' : has('booking') ? 'booking.html' : '#products' },
        }),
      ];
    },
    pricing: () => {
      const names = enumeratedItems(of('pricing'));
      const plans = (names.length > 0 ? names : labels.plans).slice(0, 6);
      return [
        section('pricing', 'pricing', of('pricing'), {
          heading: labels.pricingHeading,
          plans: plans.map((name) => ({ name, price: labels.priceOnRequest, features: [labels.planFeature] })),
        }),
      ];
    },
    gallery: () => {
      const subjects = enumeratedItems(of('gallery'));
      const captions = subjects.length > 0 ? subjects : [1, 2, 3, 4, 5, 6].map((n) => labels.photo(n));
      return [section('gallery', 'gallery', of('gallery'), { heading: labels.galleryHeading, items: captions.map((caption) => ({ caption })) })];
    },
    blog: () => [
      section('news', 'features', of('blog'), { heading: labels.blogHeading, items: [1, 2, 3].map((n) => ({ title: labels.post(n), text: labels.postText })) }),
    ],
    faq: () => [
      section('faq', 'faq', of('faq'), { heading: labels.faqHeading, items: [1, 2, 3].map((n) => ({ question: labels.question(n), answer: labels.answer })) }),
    ],
    booking: () => [
      section('booking', 'contact-form', of('booking'), {
        heading: labels.bookingHeading,
        text: labels.bookingText,
        fields: bookingFields(text('booking'), labels, services),
        submitLabel: labels.bookingSubmit,
        successMessage: labels.bookingSuccess,
      }),
      ...(locationOn === 'booking' ? location : []),
    ],
    contact: () => [
      section('contact', 'contact-form', of('contact'), {
        heading: labels.contactHeading,
        text: labels.contactText,
        fields: contactFields(text('contact'), labels),
        submitLabel: labels.contactSubmit,
        successMessage: labels.contactSuccess,
      }),
      ...location,
    ],
  };

  const pages: PageSpec[] = [];
  for (const feature of PAGE_FEATURES) {
    if (!has(feature)) continue;
    const navLabel = labels.nav[feature];
    pages.push(page(feature, `${navLabel} — ${title}`, navLabel, labels.pageDescription(navLabel, title), featurePages[feature]()));
  }
  if (has('privacy') || settings.compliance === 'eu') {
    pages.push(
      page('privacy', `${labels.nav.privacy} — ${title}`, labels.nav.privacy, labels.pageDescription(labels.nav.privacy, title), [
        section('privacy', 'text', of('privacy'), { heading: labels.privacyHeading, paragraphs: labels.privacyParagraphs(settings.compliance === 'eu', settings.privacy === 'enhanced') }),
      ]),
    );
  }
  const morePages = chunk(leftovers.slice(HOME_OFFERS), ITEMS_PER_SECTION * SECTIONS_PER_MORE_PAGE).map((group, p) => {
    const slug = p === 0 ? 'more' : `more-${p + 1}`;
    const navLabel = p === 0 ? labels.nav.more : `${labels.nav.more} ${p + 1}`;
    const sections = chunk(group, ITEMS_PER_SECTION).map((items, i) =>
      section(i === 0 ? 'offers' : `offers-${i + 1}`, 'features', items, { heading: labels.moreHeading, items: requirementItems(items) }),
    );
    return page(slug, `${navLabel} — ${title}`, navLabel, labels.pageDescription(navLabel, title), sections);
  });

  const homeOffers = leftovers.slice(0, HOME_OFFERS);
  const actionPage = has('booking') ? 'booking' : has('contact') ? 'contact' : null;
  const primaryAction = actionPage
    ? { label: actionPage === 'booking' ? labels.bookAction : labels.contactAction, href: `${actionPage}.html` }
    : homeOffers.length > 0
      ? { label: labels.seeOffers, href: '#offers' }
      : undefined;
  const tagline = settings.identity.tagline;
  const home: SectionSpec[] = [
    section('hero', 'hero', [], { heading: truncate(title, 160), text: tagline || labels.welcome(title), ...(primaryAction ? { primaryAction } : {}) }),
  ];
  if (has('testimonials')) {
    home.push(section('testimonials', 'testimonials', of('testimonials'), { heading: labels.testimonialsHeading, items: [1, 2].map((n) => ({ quote: labels.quote, author: labels.author(n) })) }));
  }
  if (homeOffers.length > 0) home.push(section('offers', 'features', homeOffers, { heading: labels.offersHeading, items: requirementItems(homeOffers) }));
  if (locationOn === 'index') home.push(...location);
  if (has('newsletter')) {
    home.push(
      section('newsletter', 'contact-form', of('newsletter'), {
        heading: labels.newsletterHeading,
        text: labels.newsletterText,
        fields: [{ name: 'email', label: labels.fields.email, type: 'email', required: true }],
        submitLabel: labels.subscribe,
        successMessage: labels.subscribed,
      }),
    );
  }
  if (actionPage) {
    home.push(
      section('cta', 'cta', [], {
        heading: labels.ctaHeading,
        text: labels.ctaText,
        action: { label: actionPage === 'booking' ? labels.bookAction : labels.contactAction, href: `${actionPage}.html` },
      }),
    );
  }

  return {
    version: 1,
    site: {
      title,
      tagline: truncate(tagline, 300),
      locale,
      dir: RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr',
      theme: settings.compliance === 'eu' ? 'eu' : language === 'ar' ? 'uae' : 'light',
    },
    pages: [page('index', title, labels.nav.home, tagline || labels.welcome(title), home), ...pages, ...morePages],
  };
}
