import type { Fact, NeedKind, Requirement, Terms } from '@statex/core';
import { resolveLocale, siteMessages, textDirection, translator, type SiteMessageKey, type Translator } from '@statex/i18n';
import type { TemplateSpec } from '@statex/templates';
import type { SiteIdentity } from './detect-site-identity.ts';
import { amountPattern, catalogueItem, clip, factLine, factsOf, groupItems, type CatalogueItem } from './fact-content.ts';
import { isOnline, offerPageOf, siteProfile, type OfferPage, type SiteProfile } from './site-profile.ts';
import { needKindOf } from './site-features.ts';

type PageSpec = TemplateSpec['pages'][number];
type SectionSpec = PageSpec['sections'][number];
type T = Translator<SiteMessageKey>;
type Field = { name: string; label: string; type: 'text' | 'email' | 'tel' | 'date' | 'number' | 'textarea' | 'select' | 'file'; required: boolean; options?: string[] };

export interface SpecSettings {
  /** Name and tagline when the terms carry no business profile (terms from older versions). */
  identity: SiteIdentity;
  locale: string;
  compliance: 'standard' | 'eu';
  privacy: 'standard' | 'enhanced';
}

/** The section types that can do what a need of each kind asks; `coverageProblems` checks specs against it. */
export const SECTIONS_FOR_KIND: Record<NeedKind, readonly string[]> = {
  booking: ['booking'], availability: ['availability'], pricing: ['pricing', 'catalogue', 'calculator', 'notice'], catalogue: ['catalogue', 'notice'],
  menu: ['catalogue', 'notice'], shop: ['catalogue', 'notice'], payment: ['catalogue', 'booking', 'pricing', 'donation', 'auth', 'notice', 'features'],
  donation: ['donation'], gallery: ['gallery', 'notice'], portfolio: ['gallery', 'notice'], reviews: ['reviews'], map: ['contact-details', 'notice'],
  contact: ['contact-form'], quote: ['contact-form'], application: ['contact-form'], signup: ['auth'], account: ['auth', 'dashboard'],
  dashboard: ['dashboard'], portal: ['auth', 'dashboard'], upload: ['contact-form'], tracking: ['tracking'], timetable: ['table', 'notice'],
  events: ['events', 'notice'], team: ['team', 'notice'], faq: ['faq', 'notice'], articles: ['notice', 'articles'], newsletter: ['contact-form'],
  calculator: ['calculator', 'notice'], search: ['catalogue', 'notice', 'features'], tour: ['gallery', 'notice'], languages: ['language-switch'],
  notifications: ['features', 'dashboard'], integration: ['features'], services: ['catalogue', 'notice'], about: ['notice', 'text'],
  resources: ['notice', 'articles'], other: ['features'],
};

const LOCALE = /^[a-z]{2}(?:-[A-Z]{2})?$/;
const MAX_ITEMS = 24;
const FOOD_SLOTS = ['12:00', '12:30', '13:00', '13:30', '19:00', '19:30', '20:00', '20:30', '21:00'];
const DAY_SLOTS = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00'];
// A stay, a rental: the booking asks for a date range.
const RANGE = /night|check-?in|\bstay|rent|übernacht|miete|nuit|location|noche|alquil|nott|affitt|nacht|huur|noc[ií]|nocleg|wynaj|pronáj|ноч|аренд|ليل|إيجار/iu;
// Tables, tours, groups: the booking asks how many people.
const PARTY = /table|tisch|mesa|tavol|tafel|stolik|stůl|стол|طاولة|guest|gäste|invités|huésped|ospiti|gasten|gości|host[éů]|гост|ضيوف|tour|visit|prohlídk|besichtig|visite|visita|rondleiding|zwiedz|экскурс|زيارة|group|gruppe|groupe|grupo|gruppo|groep|grup|skupin|групп|مجموعة/iu;
// Business customers: the sign-up asks for the organisation.
const ORGANISATION = /compan|office|business|organi[sz]|team|firm|unterneh|entreprise|empresa|aziend|bedrijf|společnost|firm|компан|شرك/iu;
const NEGATED = /\b(?:shall|must|should|will) not\b|\bnot (?:include|allow|show|have|offer|provide|use|need)\b|\bwithout\b/i;

const LANGUAGE_CODES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar', 'pt', 'uk', 'tr', 'zh', 'ja', 'sk', 'hu', 'el', 'sv', 'da', 'fi', 'no', 'ro', 'he'];

function byId(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

/** Requirement ids one section may cite; a section asked to cite more leaves the rest to the highlights. */
const COVERS_PER_SECTION = 100;
const HIGHLIGHT_SECTIONS_PER_PAGE = 4;

function section(id: string, type: string, covers: readonly Requirement[], props: Record<string, unknown>): SectionSpec {
  return { id, type, covers: [...new Set(covers.map((r) => r.id))].sort(byId).slice(0, COVERS_PER_SECTION), props };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function page(slug: string, title: string, navLabel: string, description: string, sections: SectionSpec[]): PageSpec {
  const covers = [...new Set(sections.flatMap((s) => s.covers))].sort(byId);
  return { slug, title: clip(title, 200), navLabel: clip(navLabel, 60), description: clip(description, 500), covers, sections };
}

/** "The site shall allow guests to book a table online." → "Allow guests to book a table online". */
function shortTitle(requirement: Requirement): string {
  const predicate = requirement.text.replace(/^The (?:site|system|platform|app) (?:shall|must|should)\s+/i, '').replace(/[.!?。؟]+$/u, '');
  const first = predicate.codePointAt(0);
  const title = first === undefined ? predicate : String.fromCodePoint(first).toLocaleUpperCase() + predicate.slice(String.fromCodePoint(first).length);
  return clip(title, 80);
}

/** The languages a need names ("in Italian and English"), the site's own first. */
function languagesAsked(text: string, locale: string): Array<{ code: string; name: string }> {
  const lower = text.toLocaleLowerCase();
  const codes = new Set([locale.slice(0, 2)]);
  for (const code of LANGUAGE_CODES) {
    for (const display of [locale, 'en', code]) {
      const name = new Intl.DisplayNames([display], { type: 'language' }).of(code)?.toLocaleLowerCase() ?? '';
      // Inflected forms ("angličtině", "inglese"): compare on a stem.
      const stem = name.length > 6 ? name.slice(0, name.length - 2) : name;
      if (stem.length >= 4 && lower.includes(stem)) codes.add(code);
    }
  }
  const self = new Intl.DisplayNames([locale], { type: 'language' });
  return [...codes].map((code) => {
    const native = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? self.of(code) ?? code;
    return { code, name: clip(native.charAt(0).toLocaleUpperCase(code) + native.slice(1), 120) };
  });
}

interface Needs {
  of(...kinds: NeedKind[]): Requirement[];
  has(...kinds: NeedKind[]): boolean;
  text(...kinds: NeedKind[]): string;
}

function groupNeeds(requirements: readonly Requirement[]): Needs {
  const byKind = new Map<NeedKind, Requirement[]>();
  for (const requirement of requirements) {
    // A fallback read of "must not include a blog" must not grow a blog; the need is listed with the highlights.
    const kind = !requirement.kind && NEGATED.test(requirement.text) ? 'other' : needKindOf(requirement);
    byKind.set(kind, [...(byKind.get(kind) ?? []), requirement]);
  }
  const of = (...kinds: NeedKind[]): Requirement[] => kinds.flatMap((k) => byKind.get(k) ?? []);
  return { of, has: (...kinds) => of(...kinds).length > 0, text: (...kinds) => of(...kinds).map((r) => `${r.text} ${r.actor ?? ''}`).join(' ') };
}

/**
 * A TemplateSpec built from the terms alone (plus settings): the business's name in the title,
 * header and footer; pages and navigation that fit the kind of business; every requirement cited by
 * a section of a kind that does what it asks; every fact the customer supplied shown as written;
 * and all scaffolding in the request's language. A pure function, so a modification shows by
 * building again from the revised terms.
 */
export function buildTemplateSpec(terms: Terms, settings: SpecSettings): TemplateSpec {
  const locale = LOCALE.test(settings.locale) ? settings.locale : resolveLocale(terms.locale);
  const t = translator(siteMessages, locale);
  const name = clip((terms.business?.name ?? '').trim() || settings.identity.title.trim() || terms.title.trim() || t('site.untitled'), 160);
  const tagline = clip((terms.business?.tagline ?? '').trim() || settings.identity.tagline.trim(), 300);
  const profile = siteProfile(terms);
  const facts = terms.facts ?? [];
  const needs = groupNeeds(terms.requirements);
  const builder = new SiteAssembly(t, name, profile, facts, needs, locale);
  const pages = builder.pages(tagline, terms.business?.city, settings);
  return {
    version: 1,
    site: { title: name, tagline, locale, dir: textDirection(locale), theme: settings.compliance === 'eu' ? 'eu' : locale.startsWith('ar') ? 'uae' : profile === 'creative' ? 'dark' : 'light' },
    pages,
  };
}

class SiteAssembly {
  readonly offer: OfferPage | 'pricing';
  readonly prices: Fact[];
  readonly pricesInCatalogue: boolean;
  readonly offerFacts: Fact[];

  readonly t: T;
  readonly name: string;
  readonly profile: SiteProfile;
  readonly facts: readonly Fact[];
  readonly needs: Needs;
  readonly locale: string;

  constructor(t: T, name: string, profile: SiteProfile, facts: readonly Fact[], needs: Needs, locale: string) {
    this.t = t;
    this.name = name;
    this.profile = profile;
    this.facts = facts;
    this.needs = needs;
    this.locale = locale;
    this.prices = factsOf(facts, 'price');
    const products = factsOf(facts, 'product');
    // Priced dishes and products belong on the menu / in the shop; plans and packages on a price page.
    const itemised = profile === 'food' || profile === 'shop' || profile === 'property' || needs.has('menu', 'shop', 'catalogue');
    this.pricesInCatalogue = itemised || this.prices.length > 6 || this.prices.some((p) => !p.value);
    this.offerFacts = [...products, ...(this.pricesInCatalogue ? this.prices : [])];
    // The offer page is named for what it holds: a gym selling passes gets a price list, an app selling roasts a shop.
    const named = offerPageOf(profile);
    this.offer =
      named !== 'services' && named !== 'features' ? named
      : products.length > 0 ? 'shop'
      : factsOf(facts, 'service').length > 0 ? 'services'
      : this.offerFacts.length > 0 ? 'pricing'
      : named;
  }

  href(slug: string, anchor?: string): string {
    return `${slug}.html${anchor ? `#${anchor}` : ''}`;
  }

  pages(tagline: string, city: string | undefined, settings: SpecSettings): PageSpec[] {
    const { t, needs, name } = this;
    const drafts: Array<{ slug: string; nav: string; sections: SectionSpec[] }> = [];
    const add = (slug: string, nav: string, sections: SectionSpec[]): void => {
      const existing = drafts.find((d) => d.slug === slug);
      if (existing) existing.sections.push(...sections.filter((s) => !existing.sections.some((e) => e.id === s.id)));
      else if (sections.length > 0) drafts.push({ slug, nav, sections });
    };

    const offerSections = this.offerSections();
    add(this.offer, t(`nav.${this.offer}`), offerSections);
    add('pricing', t('nav.pricing'), this.pricingSections());
    add('booking', t('nav.booking'), this.bookingSections());
    add('gallery', t(this.profile === 'creative' ? 'nav.portfolio' : 'nav.gallery'), this.gallerySections());
    add('team', t('nav.team'), this.teamSections());
    const schedule = this.scheduleSections();
    const timetablePage = needs.has('timetable') || this.timetableFacts().length > 0;
    add(timetablePage ? 'timetable' : 'events', t(timetablePage ? 'nav.timetable' : 'nav.events'), schedule);
    add('articles', t('nav.articles'), this.articleSections());
    add('faq', t('nav.faq'), this.faqSections());
    const account = this.accountSections();
    add('account', t(needs.has('signup', 'account', 'dashboard', 'portal') ? 'nav.account' : needs.has('tracking') ? 'nav.tracking' : 'nav.upload'), account);
    add('donate', t('nav.donate'), this.donationSections());
    add('contact', t('nav.contact'), this.contactSections());
    if (settings.compliance === 'eu' || settings.privacy === 'enhanced') {
      const paragraphs = [t('privacy.intro'), ...(settings.compliance === 'eu' ? [t('privacy.eu')] : []), ...(settings.privacy === 'enhanced' ? [t('privacy.enhanced')] : [])];
      add('privacy', t('nav.privacy'), [section('privacy', 'text', [], { heading: t('nav.privacy'), paragraphs })]);
    }

    const slugs = new Set(drafts.map((d) => d.slug));
    const home = this.homeSections(tagline, city, slugs);
    // Needs no section above took (and the uncommon ones) are listed on the home page, so each is cited somewhere.
    const cited = new Set([...home, ...drafts.flatMap((d) => d.sections)].flatMap((s) => s.covers));
    const rest = this.needs.of(...(Object.keys(SECTIONS_FOR_KIND) as NeedKind[])).filter((r) => !cited.has(r.id)).sort((a, b) => byId(a.id, b.id));
    const highlightSections = chunk(rest, MAX_ITEMS).map((group, i) => this.highlights(group, i === 0 ? 'highlights' : `highlights-${i + 1}`));
    const [first, ...further] = highlightSections;
    if (first) home.splice(Math.min(2, home.length), 0, first);
    chunk(further, HIGHLIGHT_SECTIONS_PER_PAGE).forEach((sections, i) => add(`more-${i + 1}`, `${t('heading.highlights')} ${i + 2}`, sections));
    if (home.at(-1)?.type !== 'cta') home.push(...this.ctaSection(slugs));

    const describe = (nav: string): string => `${nav} — ${name}`;
    return [
      page('index', name, t('nav.home'), tagline || describe(t('nav.home')), home),
      ...drafts.map((d) => page(d.slug, `${d.nav} — ${name}`, d.nav, describe(d.nav), d.sections)),
    ];
  }

  primaryAction(slugs: ReadonlySet<string>): { label: string; href: string } {
    const { t, needs } = this;
    // An app's first step is the account; everyone else's the thing they came to do.
    if (this.profile === 'app' && needs.has('signup', 'account', 'portal') && slugs.has('account')) return { label: t('action.signup'), href: this.href('account') };
    if (slugs.has('booking')) return { label: t('action.book'), href: this.href('booking') };
    if (needs.has('shop') && slugs.has(this.offer)) return { label: t('action.shop'), href: this.href(this.offer) };
    if (slugs.has('donate')) return { label: t('action.donate'), href: this.href('donate') };
    // A customer's private area (a couple's gallery, a client portal) is not what a visitor comes for; a quote is.
    if (needs.has('quote')) return { label: t('action.quote'), href: this.href('contact', 'quote') };
    if (needs.has('signup', 'account', 'portal') && slugs.has('account')) return { label: t('action.signup'), href: this.href('account') };
    return { label: t('action.contact'), href: this.href('contact') };
  }

  homeSections(tagline: string, city: string | undefined, slugs: ReadonlySet<string>): SectionSpec[] {
    const { t, needs, name } = this;
    const primary = this.primaryAction(slugs);
    const secondary = slugs.has(this.offer) && primary.href !== this.href(this.offer) ? { label: t(`action.${this.offer}`), href: this.href(this.offer) } : undefined;
    const teaser = this.offerItems().filter((i) => i.price || i.detail).slice(0, 3);
    // Chips for the key offer, unless the teaser cards below show the same items.
    const highlights = teaser.length >= 2 ? [] : this.prices.slice(0, 3).map((f) => clip(factLine(f), 120));
    const heroText = tagline || t(primary.href.startsWith('booking') ? 'hero.book' : primary.href.startsWith('account') ? 'hero.app' : primary.href.startsWith('donate') ? 'hero.donate' : slugs.has(this.offer) && needs.has('shop') ? 'hero.shop' : 'hero.default', { name });
    const sections: SectionSpec[] = [
      section('hero', 'hero', [], {
        ...(city ? { eyebrow: clip(city, 120) } : {}),
        heading: name,
        text: clip(heroText, 2000),
        ...(highlights.length > 0 ? { highlights } : {}),
        primaryAction: primary,
        ...(secondary ? { secondaryAction: secondary } : {}),
      }),
    ];
    if (teaser.length >= 2) {
      sections.push(section('offer', 'features', [], { heading: t(`heading.${this.offer}`), items: teaser.map((i) => ({ title: i.name, text: clip([i.price, i.detail].filter(Boolean).join(' · '), 2000) })) }));
    } else if (this.offerItems().length >= 2) {
      // Named without prices or details ("bookkeeping, VAT returns, payroll"): the names alone, as cards.
      sections.push(section('offer', 'catalogue', [], { heading: t(this.offer === 'services' ? 'heading.services' : this.offer === 'features' ? 'heading.shop' : `heading.${this.offer === 'pricing' ? 'prices' : this.offer}`), layout: 'cards', groups: [{ items: this.offerItems().slice(0, 6).map((i) => ({ name: i.name })) }] }));
    }
    const figures = factsOf(this.facts, 'figure');
    if (figures.length > 0) {
      sections.push(section('figures', 'stats', [], { heading: t('heading.figures'), items: figures.slice(0, 8).map((f) => ({ value: clip(f.value ?? f.label, 40), label: clip(f.value ? f.label : (f.detail ?? f.label), 120) })) }));
    }
    if (needs.has('about')) {
      sections.push(section('about', 'notice', needs.of('about'), { heading: t('heading.about', { name }), needed: clip(needs.of('about').map((r) => t('needed.topic', { topic: r.text })).join(' '), 400) }));
    }
    if (this.hourEntries().length > 0 && !isOnline(this.profile)) sections.push(section('hours', 'opening-hours', [], { heading: t('hours.heading'), entries: this.hourEntries() }));
    if (needs.has('reviews')) {
      const subjects = this.offerItems().map((i) => i.name).slice(0, 40);
      sections.push(section('reviews', 'reviews', needs.of('reviews'), { heading: t('heading.reviews'), items: [], subjects }));
    }
    if (needs.has('languages')) {
      sections.push(section('languages', 'language-switch', needs.of('languages'), { heading: t('heading.languages'), languages: this.languages() }));
    }
    if (needs.has('newsletter')) {
      sections.push(
        section('newsletter', 'contact-form', needs.of('newsletter'), {
          heading: t('heading.newsletter'),
          text: t('intro.newsletter'),
          fields: [{ name: 'email', label: t('form.email'), type: 'email', required: true }],
          submitLabel: t('newsletter.submit'),
          successMessage: t('newsletter.sent'),
        }),
      );
    }
    return sections;
  }

  languages(): Array<{ code: string; name: string }> {
    const asked = languagesAsked(this.needs.text('languages'), this.locale);
    if (asked.length >= 2) return asked.slice(0, 12);
    // "multilingual" without naming languages: the site's language and English.
    const fallback = this.locale.startsWith('en') ? 'de' : 'en';
    return [...asked, { code: fallback, name: new Intl.DisplayNames([fallback], { type: 'language' }).of(fallback) ?? fallback }];
  }

  highlights(requirements: Requirement[], id = 'highlights'): SectionSpec {
    return section(id, 'features', requirements, {
      heading: this.t('heading.highlights'),
      items: requirements.slice(0, MAX_ITEMS).map((r) => ({ title: shortTitle(r), text: clip(r.acceptance?.trim() || r.text, 2000) })),
    });
  }

  ctaSection(slugs: ReadonlySet<string>): SectionSpec[] {
    const action = this.primaryAction(slugs);
    return [section('cta', 'cta', [], { heading: this.t('cta.heading'), text: this.t('cta.text', { name: this.name }), action })];
  }

  offerItems(): CatalogueItem[] {
    const services = factsOf(this.facts, 'service').map(catalogueItem);
    return [...services, ...this.offerFacts.map(catalogueItem)];
  }

  offerSections(): SectionSpec[] {
    const { t, needs } = this;
    const covers = [...needs.of('services', 'catalogue', 'menu', 'shop', 'search'), ...(this.pricesInCatalogue ? needs.of('pricing') : []), ...(needs.has('shop') ? needs.of('payment') : [])];
    const sections: SectionSpec[] = [];
    const services = factsOf(this.facts, 'service');
    const cart = needs.has('shop');
    const items = this.offerFacts;
    if (services.length > 0) {
      sections.push(section('services', 'catalogue', items.length > 0 ? needs.of('services') : covers, { heading: t('heading.services'), layout: 'cards', groups: groupItems(services) }));
    }
    if (items.length > 0) {
      const anyAmount = items.some((f) => catalogueItem(f).amount !== undefined);
      sections.push(
        section(this.offer === 'services' || this.offer === 'pricing' ? 'catalogue' : this.offer, 'catalogue', covers.filter((r) => services.length === 0 || needKindOf(r) !== 'services'), {
          heading: t(this.offer === 'services' || this.offer === 'pricing' ? 'heading.prices' : this.offer === 'features' ? 'heading.shop' : `heading.${this.offer}`),
          layout: this.offer === 'menu' || this.offer === 'services' || this.offer === 'pricing' ? 'list' : 'cards',
          groups: groupItems(items),
          ...(cart && anyAmount ? { cart: true, amountPattern: amountPattern(items.map((f) => f.value)) } : {}),
          ...(needs.has('search') || items.length > 12 ? { filter: true } : {}),
        }),
      );
    }
    if (sections.length === 0 && covers.length > 0) {
      sections.push(section(this.offer, 'notice', covers, { heading: t(`heading.${this.offer}`), needed: t(`needed.${this.offer}`) }));
    }
    return sections;
  }

  pricingSections(): SectionSpec[] {
    const { t, needs } = this;
    const sections: SectionSpec[] = [];
    const payment = needs.has('shop') || needs.has('booking') ? [] : needs.of('payment');
    if (!this.pricesInCatalogue && this.prices.length > 0) {
      const featured = this.prices.length >= 3 ? Math.floor(this.prices.length / 2) : -1;
      sections.push(
        section('plans', 'pricing', [...needs.of('pricing'), ...payment], {
          heading: t('heading.pricing'),
          plans: this.prices.map((f, i) => ({
            name: clip(f.label, 120),
            price: clip(f.value ?? '', 120),
            ...(f.group ? { description: clip(f.group, 400) } : {}),
            features: f.detail ? [clip(f.detail, 200)] : [],
            ...(i === featured ? { featured: true } : {}),
            action: this.primaryAction(new Set(['contact', ...(needs.has('booking') ? ['booking'] : []), ...(needs.has('signup', 'account', 'portal') ? ['account'] : [])])),
          })),
        }),
      );
    } else if (needs.has('pricing') && this.prices.length === 0) {
      sections.push(section('plans', 'notice', [...needs.of('pricing'), ...payment], { heading: t('heading.pricing'), needed: t('needed.pricing') }));
    } else if (payment.length > 0 && this.prices.length === 0) {
      sections.push(section('plans', 'notice', payment, { heading: t('heading.pricing'), needed: t('needed.pricing') }));
    }
    if (needs.has('calculator')) {
      const priced = [...factsOf(this.facts, 'service'), ...this.prices].map(catalogueItem).filter((i): i is CatalogueItem & { amount: number; price: string } => i.amount !== undefined && i.price !== undefined);
      // Services named without prices: the calculator still works, on sample amounts it labels as such.
      const named = priced.length > 0 ? [] : this.offerItems().map((i) => i.name).slice(0, 12);
      const SAMPLE_AMOUNTS = [40, 60, 90, 120, 150, 200];
      sections.push(
        priced.length === 0 && named.length > 0
          ? section('calculator', 'calculator', needs.of('calculator'), {
              heading: t('heading.calculator'),
              intro: t('intro.calculator'),
              items: named.map((label, i) => ({ label, price: String(SAMPLE_AMOUNTS[i % SAMPLE_AMOUNTS.length]), amount: SAMPLE_AMOUNTS[i % SAMPLE_AMOUNTS.length] })),
              amountPattern: '#',
              samplePrices: true,
            })
          : priced.length > 0
          ? section('calculator', 'calculator', needs.of('calculator'), {
              heading: t('heading.calculator'),
              intro: t('intro.calculator'),
              items: priced.slice(0, 40).map((i) => ({ label: i.name, price: i.price, amount: i.amount })),
              amountPattern: amountPattern(priced.map((i) => i.price)),
            })
          : section('calculator', 'notice', needs.of('calculator'), { heading: t('heading.calculator'), needed: t('needed.calculator', { topic: needs.text('calculator').trim() }) }),
      );
    }
    return sections;
  }

  /** Without a booking form, the availability check sits by the form it leads to (a quote, a message). */
  availabilityOnContact(): boolean {
    return !this.needs.has('booking');
  }

  bookingSections(): SectionSpec[] {
    const { t, needs } = this;
    const sections: SectionSpec[] = [];
    if (needs.has('booking')) {
      const text = needs.text('booking');
      const services = factsOf(this.facts, 'service').map((f) => f.label);
      const options = services.length > 0 ? services : ['food', 'shop', 'property'].includes(this.profile) ? [] : this.offerItems().map((i) => i.name).concat(this.pricesInCatalogue ? [] : this.prices.map((p) => p.label));
      const range = this.profile === 'stay' || RANGE.test(text);
      sections.push(
        section('book', 'booking', [...needs.of('booking'), ...(needs.has('shop') ? [] : needs.of('payment'))], {
          heading: t('heading.booking'),
          intro: t(range ? 'intro.bookingRange' : 'intro.booking'),
          services: [...new Set(options.map((o) => clip(o, 120)))].slice(0, 40),
          people: factsOf(this.facts, 'person').map((p) => clip(p.label, 120)).slice(0, 40),
          mode: range ? 'range' : 'slot',
          slots: range ? [] : this.profile === 'food' ? FOOD_SLOTS : DAY_SLOTS,
          party: this.profile === 'food' || this.profile === 'stay' || PARTY.test(text),
        }),
      );
    }
    if (needs.has('availability') && !this.availabilityOnContact()) sections.push(this.availability('#book'));
    return sections;
  }

  availability(bookHref?: string): SectionSpec {
    const { t, needs } = this;
    return section('availability', 'availability', needs.of('availability'), {
      heading: t('heading.availability'),
      intro: t('intro.availability'),
      bookedDays: [3, 7, 8, 14, 15, 21, 22, 28],
      ...(bookHref ? { bookHref } : {}),
    });
  }

  gallerySections(): SectionSpec[] {
    const { t, needs } = this;
    const covers = needs.of('gallery', 'portfolio', 'tour');
    if (covers.length === 0) return [];
    const heading = t(needs.has('tour') && !needs.has('gallery', 'portfolio') ? 'heading.tour' : this.profile === 'creative' || needs.has('portfolio') ? 'heading.portfolio' : 'heading.gallery');
    const captions = ['food', 'shop', 'stay', 'property', 'workspace'].includes(this.profile) ? this.offerItems().map((i) => i.name).slice(0, 12) : [];
    return [
      captions.length > 0
        ? section('gallery', 'gallery', covers, { heading, items: captions.map((caption) => ({ caption: clip(caption, 120) })) })
        : section('gallery', 'notice', covers, { heading, needed: t('needed.gallery') }),
    ];
  }

  teamSections(): SectionSpec[] {
    const { t, needs } = this;
    const people = factsOf(this.facts, 'person');
    if (people.length > 0) {
      return [section('team', 'team', needs.of('team'), { heading: t('heading.team'), people: people.slice(0, 40).map((p) => ({ name: clip(p.label, 120), ...(p.value ? { role: clip(p.value, 160) } : {}), ...(p.detail ? { detail: clip(p.detail, 600) } : {}) })) })];
    }
    return needs.has('team') ? [section('team', 'notice', needs.of('team'), { heading: t('heading.team'), needed: t('needed.team') })] : [];
  }

  /** A timetable when classes or courses are asked for; otherwise times the customer gave are opening hours. */
  timetableFacts(): Fact[] {
    return this.needs.has('timetable') || this.profile === 'fitness' || this.profile === 'education' ? factsOf(this.facts, 'timetable') : [];
  }

  scheduleSections(): SectionSpec[] {
    const { t, needs } = this;
    const sections: SectionSpec[] = [];
    const timetable = this.timetableFacts();
    if (timetable.length > 0) {
      sections.push(
        section('timetable', 'table', needs.of('timetable'), {
          heading: t('heading.timetable'),
          columns: [t('timetable.activity'), t('timetable.when'), t('timetable.detail')],
          rows: timetable.slice(0, 200).map((f) => [clip(f.label, 300), clip(f.value ?? '', 300), clip([f.group, f.detail].filter(Boolean).join(' · '), 300)]),
        }),
      );
    } else if (needs.has('timetable')) {
      sections.push(section('timetable', 'notice', needs.of('timetable'), { heading: t('heading.timetable'), needed: t('needed.timetable') }));
    }
    const dates = factsOf(this.facts, 'date');
    if (dates.length > 0) {
      sections.push(
        section('events', 'events', needs.of('events'), {
          heading: t('heading.events'),
          items: dates.slice(0, 60).map((f) => (f.value ? { date: clip(f.value, 80), title: clip(f.label, 120), ...(f.detail ? { detail: clip(f.detail, 600) } : {}) } : { date: clip(f.label, 80), title: clip(f.detail ?? f.group ?? t('heading.events'), 120) })),
        }),
      );
    } else if (needs.has('events')) {
      sections.push(section('events', 'notice', needs.of('events'), { heading: t('heading.events'), needed: t('needed.events') }));
    }
    return sections;
  }

  articleSections(): SectionSpec[] {
    const { t, needs } = this;
    const covers = needs.of('articles', 'resources');
    if (covers.length === 0) return [];
    return [section('articles', 'notice', covers, { heading: t('heading.articles'), needed: clip(covers.map((r) => t('needed.topic', { topic: r.text })).join(' '), 400) })];
  }

  faqSections(): SectionSpec[] {
    const { t, needs } = this;
    if (!needs.has('faq')) return [];
    const items: Array<{ question: string; answer: string }> = [];
    const hours = factsOf(this.facts, 'hours');
    if (hours.length > 0) items.push({ question: t('faq.hours'), answer: hours.map(factLine).join('; ') });
    const address = factsOf(this.facts, 'address');
    if (address.length > 0) items.push({ question: t('faq.address'), answer: address.map(factLine).join('; ') });
    if (needs.has('booking')) items.push({ question: t('faq.booking'), answer: t('faq.bookingAnswer') });
    if (this.prices.length > 0) items.push({ question: t('faq.prices'), answer: this.prices.slice(0, 8).map(factLine).join('; ') });
    const reach = factsOf(this.facts, 'phone', 'email');
    if (reach.length > 0) items.push({ question: t('faq.contact'), answer: reach.map((f) => f.value ?? f.label).join(', ') });
    if (items.length === 0) return [section('faq', 'notice', needs.of('faq'), { heading: t('heading.faq'), needed: t('needed.faq') })];
    return [section('faq', 'faq', needs.of('faq'), { heading: t('heading.faq'), items: items.map((i) => ({ question: clip(i.question, 300), answer: clip(i.answer, 2000) })) })];
  }

  accountSections(): SectionSpec[] {
    const { t, needs } = this;
    const sections: SectionSpec[] = [];
    if (needs.has('signup', 'account', 'portal')) {
      sections.push(
        section('sign-in', 'auth', [...needs.of('signup', 'account', 'portal'), ...(needs.has('shop', 'booking') || this.prices.length > 0 ? [] : needs.of('payment'))], {
          heading: t('heading.account'),
          intro: t('intro.account', { name: this.name }),
          ...(ORGANISATION.test(needs.text('signup', 'account', 'portal', 'dashboard')) ? { organisationLabel: t('form.organisation') } : {}),
        }),
      );
    }
    const dashboardNeeds = needs.of('dashboard', 'portal', 'account', 'notifications');
    if (needs.has('dashboard', 'portal') || (needs.has('account') && dashboardNeeds.length > 1)) {
      const plan = this.prices[Math.floor(this.prices.length / 2)];
      sections.push(
        section('dashboard', 'dashboard', dashboardNeeds, {
          heading: t('heading.dashboard'),
          intro: t('intro.dashboard'),
          tiles: [...(plan ? [{ label: t('dashboard.plan'), value: clip(plan.label, 40) }] : []), { label: t('dashboard.upcoming'), value: '3' }, { label: t('dashboard.messages'), value: '2' }],
          rows: dashboardNeeds.slice(0, 40).map((r, i) => ({ title: clip(shortTitle(r), 200), status: t(i % 3 === 2 ? 'dashboard.waiting' : 'dashboard.ready') })),
        }),
      );
    }
    if (needs.has('upload')) {
      sections.push(
        section('upload', 'contact-form', needs.of('upload'), {
          heading: t('heading.upload'),
          text: t('intro.upload'),
          fields: [
            { name: 'name', label: t('form.name'), type: 'text', required: true },
            { name: 'email', label: t('form.email'), type: 'email', required: true },
            { name: 'files', label: t('form.file'), type: 'file', required: true },
            { name: 'message', label: t('form.message'), type: 'textarea', required: false },
          ] satisfies Field[],
          submitLabel: t('upload.submit'),
          successMessage: t('upload.sent'),
        }),
      );
    }
    if (needs.has('tracking')) {
      const initials = Array.from(this.name.replace(/[^\p{L}\p{N}]/gu, '')).slice(0, 2).join('').toLocaleUpperCase() || 'R';
      sections.push(
        section('tracking', 'tracking', needs.of('tracking'), {
          heading: t('heading.tracking'),
          intro: t('intro.tracking'),
          steps: [t('tracking.step1'), t('tracking.step2'), t('tracking.step3'), t('tracking.step4')],
          example: `${/^[A-Z0-9]+$/.test(initials) ? initials : 'R'}-1042`,
        }),
      );
    }
    return sections;
  }

  donationSections(): SectionSpec[] {
    const { t, needs } = this;
    if (!needs.has('donation')) return [];
    const pattern = amountPattern([...this.prices.map((p) => p.value), ...factsOf(this.facts, 'figure').map((f) => f.value)]);
    const amounts = [10, 25, 50, 100].map((n) => pattern.replace('#', n.toLocaleString(this.locale)));
    return [section('give', 'donation', needs.of('donation', ...(needs.has('shop', 'booking') ? [] : (['payment'] as const))), { heading: t('heading.donate'), intro: t('intro.donate', { name: this.name }), amounts })];
  }

  hourEntries(): Array<{ label: string; value: string }> {
    const times = this.timetableFacts().length > 0 ? [] : factsOf(this.facts, 'timetable');
    return [...factsOf(this.facts, 'hours'), ...times].slice(0, 14).map((f) => (f.value ? { label: clip(f.label, 120), value: clip(f.detail ? `${f.value} (${f.detail})` : f.value, 160) } : { label: this.t('hours.heading'), value: clip(f.label, 160) }));
  }

  contactSections(): SectionSpec[] {
    const { t, needs } = this;
    const sections: SectionSpec[] = [];
    const serviceNames = [...this.offerItems().map((i) => i.name), ...(this.pricesInCatalogue ? [] : this.prices.map((p) => p.label))].map((n) => clip(n, 120)).slice(0, 30);
    if (needs.has('availability') && this.availabilityOnContact()) sections.push(this.availability(needs.has('quote') ? '#quote' : needs.has('application') && !needs.has('contact') ? '#apply' : '#message'));
    if (needs.has('quote')) {
      const dated = this.profile === 'creative' || this.profile === 'food' || /date|datum|fecha|data|datu|termín|дата|تاريخ|wedding|hochzeit|mariage|boda|matrimonio|bruiloft|ślub|svatb|свадьб|زفاف/iu.test(needs.text('quote'));
      sections.push(
        section('quote', 'contact-form', needs.of('quote'), {
          heading: t('heading.quote'),
          text: t('intro.quote'),
          fields: [
            { name: 'name', label: t('form.name'), type: 'text', required: true },
            { name: 'email', label: t('form.email'), type: 'email', required: true },
            { name: 'phone', label: t('form.phone'), type: 'tel', required: false },
            ...(serviceNames.length > 0 ? [{ name: 'service', label: t('form.service'), type: 'select' as const, required: true, options: [...new Set(serviceNames)] }] : []),
            ...(dated ? [{ name: 'date', label: t('form.date'), type: 'date' as const, required: false }] : []),
            { name: 'details', label: t('form.details'), type: 'textarea', required: true },
          ] satisfies Field[],
          submitLabel: t('quote.submit'),
          successMessage: t('quote.sent'),
        }),
      );
    }
    if (needs.has('application')) {
      sections.push(
        section('apply', 'contact-form', needs.of('application'), {
          heading: t('heading.application'),
          text: t('intro.application'),
          fields: [
            { name: 'name', label: t('form.name'), type: 'text', required: true },
            { name: 'email', label: t('form.email'), type: 'email', required: true },
            { name: 'phone', label: t('form.phone'), type: 'tel', required: false },
            { name: 'documents', label: t('form.file'), type: 'file', required: false },
            { name: 'message', label: t('form.message'), type: 'textarea', required: true },
          ] satisfies Field[],
          submitLabel: t('application.submit'),
          successMessage: t('application.sent'),
        }),
      );
    }
    if (needs.has('contact') || !needs.has('quote', 'application')) {
      sections.push(
        section('message', 'contact-form', needs.of('contact'), {
          heading: t('heading.contact'),
          text: t('intro.contact'),
          fields: [
            { name: 'name', label: t('form.name'), type: 'text', required: true },
            { name: 'email', label: t('form.email'), type: 'email', required: true },
            { name: 'phone', label: t('form.phone'), type: 'tel', required: false },
            { name: 'message', label: t('form.message'), type: 'textarea', required: true },
          ] satisfies Field[],
          submitLabel: t('contact.submit'),
          successMessage: t('contact.sent'),
        }),
      );
    }
    const address = factsOf(this.facts, 'address').map(factLine);
    const phones = factsOf(this.facts, 'phone').map((f) => clip(f.value ?? f.label, 300));
    const emails = factsOf(this.facts, 'email').map((f) => clip(f.value ?? f.label, 300));
    const links = factsOf(this.facts, 'link').map((f) => clip(f.value ?? f.label, 300));
    const hours = isOnline(this.profile) ? [] : this.hourEntries();
    const online = isOnline(this.profile);
    if (address.length > 0 || phones.length + emails.length + links.length + hours.length > 0) {
      sections.push(
        section('visit', 'contact-details', needs.of('map'), {
          heading: t(address.length > 0 ? 'heading.visit' : 'heading.details'),
          ...(address.length > 0 ? { address: clip(address.join(', '), 300) } : {}),
          phones: phones.slice(0, 6),
          emails: emails.slice(0, 6),
          links: links.slice(0, 6),
          hours: hours,
          ...(!address.length && needs.has('map') && !online ? { intro: t('needed.address') } : {}),
        }),
      );
    } else if (needs.has('map')) {
      sections.push(section('visit', 'notice', needs.of('map'), { heading: t('heading.visit'), needed: t('needed.address') }));
    }
    return sections;
  }
}
