/**
 * Kinds of business, each with the words customers use for it in the languages we read (lower case,
 * diacritics removed; a stem of five letters or more also matches inside a compound word, and
 * Arabic stems always do, since Arabic attaches articles and prefixes). Ordered so the more
 * specific kind wins a tie ("Zahnarztpraxis" is a dentist before it is a practice).
 */
export const BUSINESS_TYPES = [
  'dentist', 'clinic', 'brewery', 'bakery', 'cafe', 'bar', 'restaurant', 'bnb', 'hotel', 'coworking', 'photographer', 'realestate',
  'law', 'accounting', 'salon', 'gym', 'school', 'ngo', 'trades', 'agency', 'saas', 'app', 'shop', 'other',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

const STEMS: Record<Exclude<BusinessType, 'other'>, readonly string[]> = {
  dentist: ['dentist', 'dental', 'zahnarzt', 'zahnarztpraxis', 'zahnmedizin', 'dentaire', 'dentista', 'odontolog', 'tandarts', 'zubni', 'stomatolog', 'стоматолог', 'أسنان'],
  clinic: ['clinic', 'klinik', 'praxis', 'arztpraxis', 'physio', 'fysio', 'fisioterap', 'fyzioterap', 'fizjoterap', 'clinique', 'cabinet medical', 'clinica', 'consultorio', 'ambulatorio', 'poliambulatorio', 'kliniek', 'huisarts', 'ordinace', 'przychodni', 'gabinet', 'клиник', 'медцентр', 'عيادة', 'مستشفى', 'مركز طبي'],
  brewery: ['brewery', 'brewpub', 'brauerei', 'brasserie', 'cervecer', 'birrifici', 'brouwerij', 'pivovar', 'browar', 'пивовар'],
  bakery: ['bakery', 'backerei', 'boulangerie', 'patisserie', 'panader', 'pasteler', 'panifici', 'pasticceri', 'bakkerij', 'pekarn', 'cukrarn', 'piekarni', 'cukierni', 'пекарн', 'кондитерск', 'مخبز', 'حلويات'],
  cafe: ['cafe', 'coffee', 'kaffee', 'caffe', 'cafeteria', 'koffie', 'kavarn', 'kawiarn', 'кофейн', 'кафе', 'مقهى'],
  bar: ['=bar', 'pub', 'taberna', 'taverna', 'kneipe', 'hospoda', 'wine bar', 'cocktail', 'enoteca', '=бар', 'паб'],
  restaurant: ['restaurant', 'gasthaus', 'gasthof', 'wirtshaus', 'ristorante', 'restaurante', 'trattoria', 'osteria', 'pizzeria', 'bistro', 'restaurace', 'restauracj', 'ресторан', 'مطعم'],
  bnb: ['b b', 'bed and breakfast', 'guesthouse', 'guest house', 'ferienwohnung', 'gastehaus', 'chambre d hote', 'gite', 'agriturismo', 'casa vacanze', 'casa rural', 'pension', 'penzion', 'pensjonat', 'гостев', 'بيت ضيافة'],
  hotel: ['hotel', 'hostel', 'albergo', 'resort', 'гостиниц', 'отель', 'فندق', 'منتجع'],
  coworking: ['coworking', 'co working', 'cowork', 'shared office'],
  photographer: ['photograph', 'fotograf', 'photographe', 'fotograf', 'фотограф', 'مصور', 'تصوير'],
  realestate: ['real estate', 'estate agent', 'realtor', 'immobilien', 'makler', 'immobilier', 'inmobiliari', 'immobiliar', 'makelaar', 'realitni', 'reality', 'nemovitost', 'nieruchomo', 'недвижим', 'عقار'],
  law: ['law firm', 'lawyer', 'attorney', 'solicitor', 'kanzlei', 'anwalt', 'rechtsanwalt', 'avocat', 'abogado', 'avvocat', 'studio legale', 'advocaat', 'advokat', 'pravni', 'adwokat', 'kancelaria prawna', 'radca prawny', 'юрист', 'адвокат', 'юридическ', 'محام', 'قانون'],
  accounting: ['accountant', 'accounting', 'bookkeep', 'tax advis', 'steuerberat', 'buchhalt', 'comptab', 'contable', 'asesoria', 'gestoria', 'commercialist', 'contabil', 'boekhoud', 'ucetni', 'danov', 'ksiegow', 'biuro rachunkowe', 'бухгалтер', 'محاسب'],
  salon: ['salon', 'benessere', 'wellness', '=spa', 'hair', 'barber', 'friseur', 'coiffeur', 'coiffure', 'peluquer', 'parrucchier', 'barbier', 'kapper', 'kadern', 'holictv', 'fryzjer', 'kosmety', 'kosmetik', 'beauty', 'nail', 'парикмахер', 'барбершоп', 'салон', 'صالون', 'حلاق'],
  gym: ['gym', 'fitness', 'yoga', 'pilates', 'crossfit', 'fitnessstudio', 'salle de sport', 'gimnasio', 'palestra', 'sportschool', 'posilovn', 'silowni', 'фитнес', 'спортзал', 'نادي رياضي', 'لياقة'],
  school: ['school', 'academy', 'kindergarten', 'nursery', 'tutoring', 'schule', 'akademie', 'ecole', 'escuela', 'academia', 'scuola', 'asilo', 'skola', 'skolka', 'szkol', 'przedszkol', 'школ', 'детский сад', 'курсы', 'مدرسة', 'أكاديمية', 'روضة'],
  ngo: ['ngo', 'charity', 'nonprofit', 'non profit', 'foundation', 'verein', 'stiftung', 'association', 'asociacion', 'fundacion', 'associazion', 'onlus', 'fondazion', 'stichting', 'vereniging', 'spolek', 'nadace', 'neziskov', 'fundacj', 'stowarzysz', 'фонд', 'некоммерческ', 'جمعية', 'خيرية'],
  trades: ['plumb', 'electrician', 'carpent', 'roofer', 'repair', 'handyman', 'garage', 'handwerk', 'installateur', 'elektriker', 'tischler', 'schreiner', 'werkstatt', 'plombier', 'electricien', 'menuisier', 'fontaner', 'electricist', 'taller', 'idraulic', 'elettricist', 'officina', 'loodgieter', 'fietsenmaker', 'fietsenwinkel', 'instalater', 'elektrikar', 'truhlar', 'autoservis', 'servis', 'hydraulik', 'elektryk', 'warsztat', 'сантехник', 'электрик', 'ремонт', 'автосервис', 'سباك', 'كهربائي', 'صيانة'],
  agency: ['agency', 'agentur', 'agence', 'agencia', 'agenzia', 'bureau', 'agentura', 'agencj', 'агентств', 'وكالة'],
  saas: ['saas', 'software', 'subscription', 'startup', 'start up', 'b2b', 'platform', 'plattform', 'plateforme', 'plataforma', 'piattaforma', 'platforma', 'платформ', 'منصة'],
  app: ['=app', 'mobile app', 'aplikac', 'applicazion', 'приложени', 'تطبيق'],
  shop: ['shop', 'store', 'boutique', 'laden', 'geschaft', 'magasin', 'tienda', 'negozio', 'winkel', 'obchod', 'e shop', 'eshop', 'sklep', 'магазин', 'متجر', 'florist', 'bookshop'],
};

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Where in `text` a kind of business is first named, or -1. */
function position(type: Exclude<BusinessType, 'other'>, folded: string, tokens: readonly { word: string; at: number }[]): number {
  let best = -1;
  for (const stem of STEMS[type]) {
    let at = -1;
    if (stem.startsWith('=')) at = tokens.find((t) => t.word === stem.slice(1))?.at ?? -1;
    else if (stem.includes(' ')) {
      const hit = ` ${folded} `.indexOf(` ${stem}`);
      at = hit;
    } else if (/\p{Script=Arabic}/u.test(stem)) at = folded.indexOf(stem);
    else at = tokens.find((t) => t.word.startsWith(stem) || (stem.length >= 5 && t.word.includes(stem)))?.at ?? -1;
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** The kind of business a text describes: the kind named first; `other` when none is named. */
export function detectBusinessType(text: string): BusinessType {
  const folded = fold(text);
  const tokens: { word: string; at: number }[] = [];
  for (const match of folded.matchAll(/\S+/gu)) tokens.push({ word: match[0], at: match.index ?? 0 });
  let best: BusinessType = 'other';
  let bestAt = Number.POSITIVE_INFINITY;
  for (const type of BUSINESS_TYPES) {
    if (type === 'other') continue;
    const at = position(type, folded, tokens);
    if (at >= 0 && at < bestAt) {
      best = type;
      bestAt = at;
    }
  }
  return best;
}

const MULTIWORD = new Set(Object.values(STEMS).flat().map((s) => fold(s)).filter((s) => s.includes(' ')));

// Words that name no business however they are capitalised.
const GENERIC = new Set(
  ('office app studio website site web page company business firm team practice place shop store service services group gallery galerie galleria centro center centre zentrum centrum ' +
    'home online digital new our my the we i hello hi dear welcome firma unternehmen betrieb praxis büro buero entreprise société societe ' +
    'empresa negocio azienda impresa bedrijf zaak společnost spolecnost firma firmy фирма компания компании شركة مطعم مقهى متجر محل مكتب')
    .split(' '),
);

/** Whether a word only names a kind of business ("Bar", "Shop", "Zahnarztpraxis", "مطعم"), not a business. */
export function isBusinessNoun(word: string): boolean {
  const folded = fold(word.replace(/^[ldLD]['’]/u, ''));
  if (folded === '') return false;
  // Two words name a kind only when they are one of its phrases ("Studio Legale", "Real Estate").
  if (/\s/u.test(word.trim())) return MULTIWORD.has(folded);
  return GENERIC.has(folded) || GENERIC.has(word.toLowerCase()) || detectBusinessType(folded) !== 'other';
}
