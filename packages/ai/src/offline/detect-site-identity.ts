import { collapseWhitespace, phrasePattern, truncate, upperFirst } from './normalize-text.ts';

export interface SiteIdentity {
  /** The site's title: the business name when stated, otherwise what the brief says the site is for. */
  title: string;
  /** One line under the title, in the customer's own words where the brief describes the business. */
  tagline: string;
}

const BUSINESS_NOUNS = [
  'restaurant', 'bakery', 'café', 'cafe', 'coffee shop', 'bar', 'pub', 'bistro', 'pizzeria', 'trattoria', 'hotel',
  'guesthouse', 'guest house', 'hostel', 'b&b', 'salon', 'hair salon', 'barbershop', 'barber shop', 'spa', 'studio',
  'gym', 'fitness studio', 'yoga studio', 'shop', 'store', 'boutique', 'company', 'business', 'firm', 'agency',
  'startup', 'start-up', 'practice', 'clinic', 'office', 'school', 'academy', 'kindergarten', 'nursery', 'club',
  'association', 'charity', 'foundation', 'brand', 'band', 'farm', 'winery', 'brewery', 'workshop', 'garage',
  'florist', 'bookshop', 'bookstore', 'consultancy', 'label', 'project', 'venue', 'camp', 'kitchen', 'catering',
  'bäckerei', 'firma', 'praxis', 'laden', 'kanzlei', 'verein', 'boulangerie', 'entreprise', 'société', 'panadería',
  'restaurante', 'tienda', 'empresa', 'ristorante', 'panificio', 'azienda', 'negozio', 'bakkerij', 'winkel', 'bedrijf',
  'piekarnia', 'pekárna', 'ngo', 'nonprofit', 'non-profit', 'organisation', 'organization', 'initiative', 'network',
  'photographer', 'photography studio', 'designer', 'consultant', 'coach', 'therapist', 'architect', 'artist',
  'musician', 'dentist', 'dental practice', 'lawyer', 'law firm', 'accountant', 'trainer', 'tutor', 'freelancer',
  'cooperative', 'community', 'orchestra', 'choir', 'theatre', 'theater', 'museum', 'library', 'church', 'festival', 'ресторан', 'пекарня', 'компания', 'магазин', 'مطعم', 'مخبز', 'شركة', 'متجر', 'مقهى',
];
const BUSINESS = phrasePattern(BUSINESS_NOUNS);
const NOUN_ALTERNATION = BUSINESS_NOUNS.map((n) => n.replace(/[.+?^${}()[\]\\|]/g, '\\$&')).join('|');
const CAPITALISED_RUN = String.raw`((?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|the|de|la|le|di|da|del|von|van|&))*)`;

const QUOTED_AFTER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${NOUN_ALTERNATION})\s+(?:(?:called|named)\s+)?(?:["“„«]([^"”“»\n]{2,60})["”“»]|['‘]([^'’\n]{2,60}?)['’](?![\p{L}]))`, 'iu');
const QUOTED_AFTER_CALLED = /(?:called|named|name is|brand name is)\s+(?:["“„«]([^"”“»\n]{2,60})["”“»]|['‘]([^'’\n]{2,60}?)['’](?![\p{L}]))/iu;
const CAPITALISED_AFTER_CALLED = new RegExp(String.raw`(?:called|named|name is)\s+${CAPITALISED_RUN}`, 'u');
const WE_ARE = new RegExp(String.raw`(?:^|[.!?]\s+|\s)(?:[Ww]e are|[Ww]e're|[Ii] run|[Ww]e run|[Ii] own|[Ww]e own|[Ww]e at|[Hh]ere at)\s+${CAPITALISED_RUN}(?=\s*(?:$|[.,;:!?)—–-]|\s(?:in|from|and|based|a|an|located|at|on)\s))`, 'u');
const COMPANY_SUFFIX = /((?:(?:[\p{Lu}][\p{L}\d&'’-]*|&|and|und|of)\s+){0,4})(Ltd|GmbH|Inc|LLC|AG|SA|S\.A\.|SRL|s\.r\.o\.|BV|B\.V\.|Corp|KG|OHG|UG|e\.K\.|Limited|PLC|Pty|SARL|SAS|S\.L\.|a\.s\.)(?![\p{L}])\.?/u;
const TRAILING_JOINERS = /(?:\s+(?:of|and|the|de|la|le|di|da|del|von|van|&))+$/u;
const FOR_WHAT = /\bfor\s+(?:our|my|a|an|the)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=\s+(?:in|at|with|that|which|called|named|where|to|so|and)\b|[.,;:!?]|$)/iu;
// "I'm a wedding photographer based in Lisbon" → "wedding photographer".
const DESCRIBED_KIND = /^(?:we are|we're|i am|i'm|we run|i run)\s+(?:an?|the)\s+((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+?)(?=\s+(?:in|from|based|with|that|who|which|for|since|located|at|and|near|on)\s|\s*[.,;:!?—–-]|$)/iu;
// "Online shop for handmade candles" → "handmade candles".
const SHOP_FOR = /\b(?:shop|store|web\s?site|site|platform|portal|boutique)\s+for\s+(?!(?:you|us|me|them|it|everyone|people|customers|clients|example|instance)\b)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+?)(?=\s+(?:in|at|with|that|which|where|and|to)\b|[.,;:!?]|$)/iu;
const DESCRIBES_BUSINESS = /^(?:we are|we're|i am|i'm|i run|we run|our \p{L}+ is|[\p{Lu}][\p{L}'’ -]{1,60} is an?|wir sind|ich bin|nous sommes|je suis|somos|soy|siamo|sono|wij zijn|we zijn|jesteśmy|jsme|мы|نحن)\s/iu;

function cleanName(name: string): string {
  return truncate(name.replace(TRAILING_JOINERS, '').replace(/[\s,;:.—–-]+$/u, '').trim(), 200);
}

/** The business name as stated in the brief, if it is. */
export function detectBusinessName(brief: string): string | null {
  const text = collapseWhitespace(brief);
  const quoted = QUOTED_AFTER_NOUN.exec(text) ?? QUOTED_AFTER_CALLED.exec(text);
  if (quoted) return cleanName(quoted[1] ?? quoted[2] ?? '') || null;
  const company = COMPANY_SUFFIX.exec(text);
  if (company && (company[1] ?? '').trim() !== '') return cleanName(`${company[1] ?? ''}${company[2] ?? ''}`);
  const called = CAPITALISED_AFTER_CALLED.exec(text) ?? WE_ARE.exec(text);
  if (called) return cleanName(called[1] ?? '') || null;
  return null;
}

/**
 * Title and tagline for the site. The title is the business name (from the brief, else the
 * customer's name), else what the site is for ("… for our climbing club" → "Climbing club"), else
 * the kind of business, else the brief's opening words.
 */
export function detectSiteIdentity(input: { brief: string; customerName?: string; context: readonly string[] }): SiteIdentity {
  const brief = collapseWhitespace(input.brief);
  const customer = input.customerName ? collapseWhitespace(input.customerName) : '';
  const purpose = FOR_WHAT.exec(brief)?.[1] ?? SHOP_FOR.exec(brief)?.[1];
  const described = input.context.map((statement) => DESCRIBED_KIND.exec(statement)?.[1]).find(Boolean);
  const kind = described ?? BUSINESS.find(brief);
  const opening = brief.split(/\s+/).slice(0, 6).join(' ');
  const title =
    detectBusinessName(brief) ??
    (customer !== '' ? truncate(customer, 200) : null) ??
    (purpose ? upperFirst(purpose) : null) ??
    (kind ? upperFirst(kind) : null) ??
    (truncate(opening, 60) || 'Website');
  const description = input.context.find((statement) => DESCRIBES_BUSINESS.test(statement));
  return { title: truncate(title, 200), tagline: truncate(description ?? '', 300) };
}
