import type { Terms } from '@statex/core';

/**
 * What kind of site a business gets: the name and contents of its offer page, its hero action and
 * its booking form follow from this. Derived from `terms.business.type` when the terms carry it,
 * otherwise from the words of the terms themselves (terms of AI tiers or older versions).
 */
export const SITE_PROFILES = [
  'food', 'shop', 'app', 'health', 'stay', 'beauty', 'fitness', 'education', 'nonprofit', 'professional',
  'trades', 'creative', 'property', 'workspace', 'other',
] as const;
export type SiteProfile = (typeof SITE_PROFILES)[number];

/** Where the business's own offer lives and what it is called. */
export type OfferPage = 'menu' | 'shop' | 'features' | 'rooms' | 'properties' | 'services';

// Ordered: the first profile whose words match wins ("coffee subscription app" is an app, "dental clinic" health).
const PROFILE_WORDS: Array<[SiteProfile, RegExp]> = [
  ['app', /\b(?:saas|app|apps|platform|software|startup|start-up|subscription service|web ?service)\b|aplikac|aplicaci|applicazion|приложени|платформ|plateforme|plataforma|piattaforma|تطبيق|منصة/iu],
  ['property', /real[ -]?estate|realtor|estate agen|immobili|inmobiliari|nemovitost|nieruchomo|недвижимост|makelaar|عقار/iu],
  ['workspace', /co-?working|coworking|shared office|bureau partagé|espacio de trabajo/iu],
  ['stay', /\b(?:hotel|hostel|b&b|bed and breakfast|guest ?house|inn|apartments?|holiday home|camping|resort)\b|pension|penzion|pensjonat|albergo|agriturismo|hostal|отель|гостиниц|فندق|شقق فندقية/iu],
  ['health', /clinic|dentist|dental|doctor|physio|therap|medical|practice|praxis|zahnarzt|arzt|klinik|cabinet médical|dentiste|médecin|clínica|dentista|médico|clinica|medico|ambulance|ordinace|zubař|lékař|mudr|gabinet|przychodni|stomatolog|lekarz|клиник|стоматолог|врач|tandarts|huisarts|عيادة|طبيب|أسنان/iu],
  ['food', /restaurant|bistro|brasserie|café|cafe|coffee|bakery|bar\b|pub\b|tapas|pizzeri|trattori|osteri|taverna|taberna|brewery|pivovar|browar|brauerei|brasserie|winery|catering|food truck|kitchen|bäckerei|boulangerie|panader|panific|bakkerij|piekarni|pekárn|ресторан|кафе|пекарн|пивовар|مطعم|مقهى|مخبز/iu],
  ['beauty', /salon|barber|hairdress|beauty|nail|spa\b|friseur|kosmetik|coiffeur|peluquer|parrucchier|kadeřn|fryzjer|парикмахер|салон|صالون/iu],
  ['fitness', /\bgym\b|fitness|yoga|pilates|crossfit|martial|dance studio|personal train|siłowni|posilovn|fitnes|palestra|gimnasio|sportschool|спортзал|фитнес|نادي رياضي|لياقة/iu],
  ['education', /school|academy|tutor|\bcourses\b|\blessons\b|kindergarten|nursery|university|schule|kita|école|escuela|academia|scuola|škol|szkoł|kurs|школ|курс|مدرسة|أكاديمية/iu],
  ['nonprofit', /\bngo\b|non-?profit|charity|foundation|association|volunteer|verein|stiftung|fondation|fundación|fondazione|stichting|nadace|spolek|fundacj|stowarzysz|фонд|благотвори|جمعية|خيرية/iu],
  ['professional', /law firm|lawyer|attorney|solicitor|notary|accountan|accounting|bookkeep|tax advis|consult|kanzlei|anwalt|steuerberat|avocat|comptab|abogad|contab|avvocat|commercialist|advocaat|boekhoud|advokát|účetní|kancelari|adwokat|księgow|юрист|адвокат|бухгалтер|محام|محاسب/iu],
  ['trades', /plumb|electric|carpent|roof|builder|construction|repair|mechanic|garage|workshop|bike shop|cleaning|removal|handwerk|werkstatt|installateur|plombier|fontaner|idraulic|fietsenmaker|loodgieter|opravn|instalat|serwis|warsztat|ремонт|сантехник|سباك|صيانة/iu],
  ['creative', /photograph|studio|design|architect|artist|musician|band\b|wedding|video|fotograf|photographe|fotógraf|фотограф|مصور/iu],
  ['shop', /shop|store|boutique|e-?commerce|webshop|florist|bookshop|laden|geschäft|magasin|boutique|tienda|negozio|winkel|obchod|e-?shop|sklep|магазин|متجر/iu],
];

export function siteProfile(terms: Terms): SiteProfile {
  const declared = terms.business?.type ?? '';
  for (const [profile, words] of PROFILE_WORDS) if (declared !== '' && words.test(declared)) return profile;
  if ((SITE_PROFILES as readonly string[]).includes(declared)) return declared as SiteProfile;
  const text = [terms.business?.tagline ?? '', terms.title, terms.summary, ...terms.assumptions.slice(0, 3), ...terms.requirements.slice(0, 3).map((r) => r.text)].join(' ');
  for (const [profile, words] of PROFILE_WORDS) if (words.test(text)) return profile;
  return 'other';
}

export function offerPageOf(profile: SiteProfile): OfferPage {
  switch (profile) {
    case 'food':
      return 'menu';
    case 'shop':
      return 'shop';
    case 'app':
      return 'features';
    case 'stay':
      return 'rooms';
    case 'property':
      return 'properties';
    default:
      return 'services';
  }
}

/** Businesses with no premises a visitor goes to: no address block, no map. */
export function isOnline(profile: SiteProfile): boolean {
  return profile === 'app';
}
