import { MAX_QUESTIONS, type Fact, type FactKind, type GapKind, type InterviewQuestion, type NeedKind, type Requirement, type Terms } from '@statex/core';
import { questionsMessages, resolveLocale, translator, type QuestionsKey } from '@statex/i18n';
import type { GeneratorInput } from '../generator.ts';
import { buildTerms, type BriefAnalysis } from './build-terms.ts';
import { kindsNamed } from './classify-requirement.ts';
import { countLanguages } from './count-languages.ts';
import { detectBusinessName } from './detect-site-identity.ts';
import { LIST_CONJUNCTIONS, PERSON_TITLE } from './facts/fact-lexicon.ts';
import { APP_ITSELF, APP_PRODUCT, BOOKED_PERSON, DENIAL, HOURS_WORDS, MARKETING_SITE, PRICE_WORDS } from './interview-lexicon.ts';
import { lexiconFor } from './language/index.ts';
import { collapseWhitespace, truncate } from './normalize-text.ts';
import { isOnline, siteProfile, type SiteProfile } from './site-profile.ts';

/**
 * A gap: something the terms need that the brief and its files do not say. `key` and `values` word
 * the question; `requirement` is the R-id of the need it concerns (null for the whole brief).
 */
export interface Gap {
  kind: GapKind;
  key: QuestionsKey;
  values: Record<string, string>;
  requirement: string | null;
  suggestion: string | null;
}

/** Kinds of need that are the product itself when the business is an app: its screens, not a page about it. */
const APP_KINDS: ReadonlySet<NeedKind> = new Set(['dashboard', 'account', 'portal', 'tracking', 'upload', 'notifications']);
/** Kinds of need a marketing site has: an actor doing one of these is a visitor, not a user of the app. */
const SITE_KINDS: ReadonlySet<NeedKind> = new Set(['pricing', 'signup', 'about', 'reviews', 'faq', 'articles', 'newsletter', 'contact', 'quote', 'team', 'gallery', 'languages', 'resources']);
/** Kinds whose words name them unambiguously inside a need about something else (prices: by `PRICE_WORDS`). */
const SECONDARY_KINDS: ReadonlySet<NeedKind> = new Set(['map', 'timetable', 'events']);
/** Kinds of business whose bookings are with a person: a dentist, a doctor, a stylist. */
const STAFF_TYPES: ReadonlySet<string> = new Set(['dentist', 'clinic', 'salon']);
/** Profiles whose shop sells goods; the others sell what they do (passes, courses, treatments), which is a price list. */
const PRODUCT_PROFILES: ReadonlySet<SiteProfile> = new Set(['shop', 'food', 'creative', 'trades', 'property', 'nonprofit', 'other']);
const PRICED_SHOP_EXCLUDED: ReadonlySet<SiteProfile> = new Set(['health', 'professional']);
/** Needs whose text may itself list what is offered ("a page for each treatment (massage, rehab)"). */
const OFFER_NEED_KINDS: ReadonlySet<NeedKind> = new Set(['services', 'booking', 'pricing', 'catalogue', 'menu', 'shop']);
// A shop need that only sells vouchers or gift cards needs no product list.
const VOUCHERS = /gift ?card|voucher|gutschein|bon cadeau|carte cadeau|chèque cadeau|buon\p{L}* regalo|tarjeta\p{L}* regalo|bono\p{L}* regalo|cadeaubon|cadeaukaart|dárkov\p{L}* (?:poukaz|certifik)|poukaz|bon\p{L}* podarunkow|kart\p{L}* podarunkow|подарочн|сертификат|بطاق\p{L}* هدي|قسيم/iu;
const TITLED_PERSON = new RegExp(`(?:^|[\\s(„"«“])${PERSON_TITLE}\\s*\\p{Lu}`, 'u');

// "Brot, Brötchen und Kuchen", "coffee, tea and cakes": short items, a comma, a conjunction before the last one.
const CONJUNCTION = [...new Set(Object.values(LIST_CONJUNCTIONS).flat())].filter((c) => c !== '&').join('|');
const SHORT_LIST = new RegExp(`(?:^|\\s)\\p{L}+(?:\\s\\p{L}+)?,\\s+\\p{L}+(?:\\s\\p{L}+)?\\s+(?:${CONJUNCTION})\\s+\\p{L}+(?:\\s\\p{L}+)?(?=\\s*(?:[.,;:!?)]|$|\\s(?:inkl|incl|including|with|mit|avec|con|met|s|z|с|مع)(?![\\p{L}])))`, 'iu');

/** Whether a text lists items itself: "(Prophylaxe, Implantate, Kinderzahnheilkunde)", "Services: bookkeeping, VAT returns, payroll". */
export function listsItems(text: string): boolean {
  if (/\([^)]*[,،;][^)]*\)/u.test(text)) return true;
  const colon = text.search(/[:：]/u);
  if (colon >= 0 && /[,،;]/u.test(text.slice(colon + 1))) return true;
  return (text.match(/[,،;]\s/gu) ?? []).length >= 2 || SHORT_LIST.test(text);
}

/** The site profile as the questions' `select` knows it. */
function askedProfile(profile: SiteProfile, known: readonly string[]): string {
  return known.includes(profile) ? profile : 'other';
}

/**
 * What a brief leaves open, most consequential first: the scope of an app's brief, the business's
 * name, what is offered (services to book, rooms, products, dishes), prices, the people booked
 * with, hours, dates, the address, languages and a contact channel. Read from the same analysis the
 * terms are written from, so each gap cites the requirement the terms will carry; a gap is only a
 * gap when neither the needs' own words nor the facts supplied close it.
 */
export function findGaps(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale' | 'customerName'>, analysis: BriefAnalysis = buildTerms(input)): Gap[] {
  const { terms, named: nameStated } = analysis;
  const facts = terms.facts ?? [];
  const requirements = terms.requirements;
  const profile = siteProfile(terms);
  const type = terms.business?.type ?? 'other';
  const text = [input.brief, ...input.documents.map((d) => d.text ?? '')].join('\n');
  const have = (...kinds: FactKind[]): boolean => facts.some((f) => kinds.includes(f.kind));
  // A requirement that only carries a supplied price ("Team €29 a month") is that price, whatever its words.
  const prices = facts.filter((f) => f.kind === 'price' && f.value).map((f) => f.value as string);
  const carriesPrice = (r: Requirement): boolean => prices.some((value) => r.text.includes(value));
  const named = new Map(requirements.map((r) => [r.id, kindsNamed(r.text)]));
  // A need of the kind, else (for kinds whose words are unambiguous) one that names it among others ("booking and a map").
  const firstOf = (...kinds: NeedKind[]): Requirement | undefined =>
    requirements.find((r) => r.kind !== undefined && kinds.includes(r.kind) && (r.kind === 'pricing' || !carriesPrice(r))) ??
    requirements.find((r) => kinds.some((k) => (k === 'pricing' ? PRICE_WORDS.test(r.text) : SECONDARY_KINDS.has(k) && named.get(r.id)?.has(k))) && !carriesPrice(r));
  const gaps: Gap[] = [];
  const add = (kind: GapKind, key: QuestionsKey, requirement: Requirement | null, values: Record<string, string> = {}, suggestion: string | null = null): void => {
    gaps.push({ kind, key, values, requirement: requirement?.id ?? null, suggestion });
  };
  const offerFacts = facts.filter((f) => f.kind === 'service' || f.kind === 'product' || f.kind === 'price');
  const offerNamed = offerFacts.length > 0 || requirements.some((r) => r.kind !== undefined && OFFER_NEED_KINDS.has(r.kind) && listsItems(r.text));

  // Scope: an app's brief describing what users do, without saying whether the app or its website is wanted.
  const opening = collapseWhitespace(input.brief).split(/(?<=[.!?؟])\s/u)[0] ?? '';
  const isApp = profile === 'app' || type === 'saas' || type === 'app' || APP_PRODUCT.test(opening);
  const appNeeds = requirements.filter(
    (r) => (r.kind !== undefined && APP_KINDS.has(r.kind)) || [...(named.get(r.id) ?? [])].some((k) => APP_KINDS.has(k)) || (r.actor !== undefined && r.kind !== undefined && !SITE_KINDS.has(r.kind)),
  );
  if (isApp && appNeeds.length > 0 && !APP_ITSELF.test(text) && !MARKETING_SITE.test(text)) add('scope', nameStated ? 'question.scope' : 'question.scopeUnnamed', null, nameStated ? { name: terms.business?.name ?? '' } : {});

  const conflict = contradiction(terms, input.locale, named);
  if (conflict) add('contradiction', 'question.contradiction', conflict.requirement, { said: conflict.said, asked: conflict.asked });

  if (!nameStated) add('business-name', 'question.business-name', null, {}, guessedName(input.brief, input.customerName));

  const booking = firstOf('booking', 'availability');
  if (booking && !offerNamed && !isOnline(profile)) {
    if (profile === 'stay') add('products', 'question.rooms', booking);
    else if (profile !== 'food' && profile !== 'property') add('services', 'question.services', booking, { profile: askedProfile(profile, ['health', 'beauty', 'fitness', 'education']) });
  }
  const services = firstOf('services');
  if (services && !offerNamed && !gaps.some((g) => g.kind === 'services')) add('services', 'question.servicesList', services);
  // A shop of a business that sells what it does (passes, courses, treatments, vouchers) needs its prices,
  // not a product range; so does a shop whose need already names what is sold ("tickets (day, weekend)").
  const shop = requirements.find((r) => r.kind === 'shop' && !VOUCHERS.test(r.text) && PRODUCT_PROFILES.has(profile) && !/\([^)]{3,}\)/u.test(r.text));
  const catalogue = firstOf('catalogue');
  const listing = shop ?? catalogue;
  // A listing that names its items ("Sortiment mit Brot, Brötchen und Kuchen") or a food business's shop beside its menu needs no product question.
  if (listing && !have('product', 'price') && !listsItems(listing.text) && !(profile === 'food' && firstOf('menu')) && !gaps.some((g) => g.kind === 'products')) {
    const variant = profile === 'property' ? 'property' : listing.kind === 'shop' || profile === 'shop' || profile === 'food' ? 'shop' : 'listing';
    add('products', 'question.products', listing, { profile: variant });
  }
  const menu = firstOf('menu');
  const priced = facts.some((f) => f.kind === 'price' || ((f.kind === 'service' || f.kind === 'product') && f.value !== undefined));
  // A menu that names its dishes ("Speisekarte (Kaffee, Tee, Kuchen)") lacks only their prices.
  if (menu && !have('product', 'price') && !listsItems(menu.text)) add('menu', 'question.menu', menu);
  else if (menu && !priced) add('prices', 'question.prices', menu, {}, priceTemplate(offerFacts));
  // A shop selling what the business does (passes, tickets) shows prices; a practice's "shop" (prescriptions to reorder) does not.
  const pricing = firstOf('pricing') ?? (PRICED_SHOP_EXCLUDED.has(profile) ? undefined : requirements.find((r) => r.kind === 'shop' && !gaps.some((g) => g.requirement === r.id)));
  // A products or menu question already asks for the prices of its items.
  if (pricing && !priced && !gaps.some((g) => g.kind === 'menu' || g.kind === 'prices' || (g.kind === 'products' && g.requirement === pricing.id))) add('prices', 'question.prices', pricing, {}, priceTemplate(offerFacts));

  const team = firstOf('team');
  const staffNamed = have('person') || TITLED_PERSON.test(text) || (team !== undefined && listsItems(team.text));
  if (!staffNamed && booking && (STAFF_TYPES.has(type) || BOOKED_PERSON.test(booking.text))) add('staff', 'question.staff', booking, { profile: askedProfile(profile, ['health', 'beauty', 'fitness']) });
  else if (!staffNamed && team) add('staff', 'question.team', team);

  // Appointments are booked within opening hours; a date checked for availability (a wedding, a stay) needs none.
  const appointment = firstOf('booking');
  const hoursNeed = requirements.find((r) => HOURS_WORDS.test(r.text)) ?? (appointment && profile !== 'stay' && !isOnline(profile) ? appointment : undefined);
  if (hoursNeed && !have('hours', 'timetable')) add('hours', 'question.hours', hoursNeed);

  const events = firstOf('events');
  const timetable = firstOf('timetable');
  // An app's timetable (a rota, a schedule) is a screen of the app, not classes to list.
  if (timetable && !have('timetable') && !isOnline(profile)) add('events', 'question.timetable', timetable);
  else if (events && !have('date', 'timetable')) add('events', 'question.events', events);

  const visit = firstOf('map') ?? (isOnline(profile) ? undefined : firstOf('contact'));
  if (visit && !have('address') && !isOnline(profile)) add('address', 'question.address', visit, {}, townOf(terms));

  const languages = requirements.filter((r) => r.kind === 'languages');
  if (languages.length > 0 && countLanguages(languages.map((r) => r.text), terms.locale ?? input.locale).extra.includes(null)) add('languages', 'question.languages', languages[0] ?? null);

  const contact = firstOf('contact');
  if (contact && !have('phone', 'email')) add('contact', 'question.contact', contact);
  return gaps;
}

/** Kinds a customer may both ask for and deny; a denial of one beside a need of it is worth asking about. */
const CONTESTED: ReadonlySet<NeedKind> = new Set(['pricing', 'shop', 'booking', 'payment', 'account', 'newsletter', 'articles', 'reviews', 'gallery', 'map', 'menu', 'events', 'signup', 'team']);

/**
 * Two statements of the brief that cannot both hold: one denies a kind of need ("We do not want
 * prices online", "Preise sollen nicht online stehen") that another requirement asks for ("a
 * pricing page"). The denial is context (the lexicon's "we don't want") or a requirement that
 * negates; the question cites the requirement asking for it.
 */
function contradiction(terms: Terms, locale: string, named: ReadonlyMap<string, ReadonlySet<NeedKind>>): { requirement: Requirement; said: string; asked: string } | null {
  const lexicon = lexiconFor(locale);
  const denials = [
    ...terms.assumptions.filter((a) => lexicon.negation.test(a)).map((text) => ({ text, id: null as string | null, kinds: kindsNamed(text) })),
    ...terms.requirements.filter((r) => DENIAL.test(r.text)).map((r) => ({ text: r.text, id: r.id, kinds: named.get(r.id) ?? new Set<NeedKind>() })),
  ];
  for (const denial of denials) {
    const wanted = terms.requirements.find((r) => r.id !== denial.id && r.kind !== undefined && CONTESTED.has(r.kind) && denial.kinds.has(r.kind) && !DENIAL.test(r.text));
    if (wanted) return { requirement: wanted, said: quoted(denial.text), asked: quoted(wanted.text) };
  }
  return null;
}

function quoted(text: string): string {
  return truncate(collapseWhitespace(text).replace(/[.!。]+$/u, ''), 140);
}

/** At most MAX_QUESTIONS questions in the request's language, ids q1…, most consequential first. */
export function askQuestions(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale' | 'customerName'>, analysis?: BriefAnalysis): InterviewQuestion[] {
  const t = translator(questionsMessages, resolveLocale(input.locale));
  return findGaps(input, analysis)
    .slice(0, MAX_QUESTIONS)
    .map((gap, i) => ({ id: `q${i + 1}`, kind: gap.kind, text: t(gap.key, gap.values), requirement: gap.requirement, suggestion: gap.suggestion }));
}

/**
 * A name the brief may give later on ("… call us at Studio Nova"), read sentence by sentence where
 * the opening did not give one: a guess, so it is offered as a suggestion, never used as the name.
 */
function guessedName(brief: string, customerName?: string): string | null {
  const sentences = collapseWhitespace(brief).split(/(?<=[.!?؟])\s+/u).slice(1, 12);
  for (const sentence of sentences) {
    const name = detectBusinessName(sentence, customerName ?? '');
    if (name && name.length <= 60) return name;
  }
  return null;
}

/**
 * The town the brief names, when it reads as one: a single word (hyphens allowed) that is not part of
 * the business's name ("Leeds", "Hamburg-Altona"); a longer or doubtful match is no suggestion.
 */
export function townOf(terms: Terms): string | null {
  const city = terms.business?.city?.trim() ?? '';
  if (city === '' || /\s/u.test(city) || (terms.business?.name ?? '').includes(city)) return null;
  return city;
}

/** "Bookkeeping – …; VAT returns – …": the items the brief names without prices, to be completed. */
function priceTemplate(items: readonly Fact[]): string | null {
  const unpriced = items.filter((f) => f.value === undefined).map((f) => f.label).slice(0, 8);
  return unpriced.length >= 2 ? unpriced.map((label) => `${label} – …`).join('; ') : null;
}

/** Terms with the gaps found for them (exported for tests and the bench). */
export function termsWithGaps(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale' | 'customerName'>): { terms: Terms; gaps: Gap[] } {
  const analysis = buildTerms(input);
  return { terms: analysis.terms, gaps: findGaps(input, analysis) };
}
