import type { NeedKind, Requirement, Terms } from '@statex/core';

/**
 * What the plan's extra tasks and risks hang on, read from the terms in any of the ten locales: a
 * few stems per signal, matched at word starts. These are cues in the customer's own words that no
 * need kind carries (SMS rather than email, reminders, health data, an old site to migrate).
 */
const SMS = /(?:^|[^\p{L}])(?:sms|смс|text messag|textnachricht|texto|whatsapp|رسائل نصية|رسالة نصية|رسائل قصيرة)/iu;
const REMINDERS = /(?:^|[^\p{L}])(?:remind|erinner|rappel|recordatori|recordar|promemoria|ricord|herinner|připom|pripom|przypom|напомин|تذكير|يذكّر|يذكر)/iu;
const HEALTH = /(?:^|[^\p{L}])(?:patient|patiënt|pacient|pazient|pacjent|пациент|مريض|مرضى|clinic|klinik|clínic|clinic|kliniek|klinik|клиник|عيادة|dentist|dental|dentair|zahnarzt|zahnärzt|zubn|zubař|stomatolog|стоматолог|odontolog|dentist|tandarts|therap|terap|терап|physio|fisio|fyzio|fizjo|физио|psycholog|psicolog|психолог|medic|médic|lékař|lekarz|врач|طبيب|ordinace|ordinac|praxis für|arztpraxis|health record|gesundheitsdaten|données de santé|datos de salud|dati sanitari|zdravotní|медицин)/iu;
const HEALTH_TYPES = /clinic|dent|medic|health|therap|physio|doctor|hospital|pharm|psych|osteo|chiro|optic|optometr/i;
const MIGRATION = /(?:^|[^\p{L}])(?:wordpress|wix|squarespace|joomla|drupal|shopify|jimdo|webflow|typo3|migrat|current (?:web)?site|existing (?:web)?site|old (?:web)?site|bestehende|alte[nrs]? (?:web)?seite|alte website|aktuelle[nr]? (?:web)?seite|site actuel|ancien site|site existant|sitio actual|web actual|sitio existente|sito attuale|vecchio sito|sito esistente|huidige (?:web)?site|oude (?:web)?site|bestaande (?:web)?site|současn|stávající|starý web|starého webu|obecn[aeąej]+ stron|stara stron|starej stron|текущ|существующ|старый сайт|старого сайта|الموقع الحالي|الموقع القديم)/iu;
const DEADLINE = /(?:^|[^\p{L}])(?:asap|as soon as possible|urgent|deadline|next week|next month|by the end of|before the opening|before we open|launch date|in time for|dringend|so schnell wie möglich|so bald wie möglich|bis ende|nächste woche|au plus vite|dès que possible|d'ici la fin|la semaine prochaine|lo antes posible|cuanto antes|la próxima semana|urgente|al più presto|il prima possibile|entro la fine|la prossima settimana|zo snel mogelijk|spoed|volgende week|co nejdříve|co nejdřív|urgentně|spěchá|příští týden|do konce|jak najszybciej|pilne|pilnie|w przyszłym tygodniu|do końca|срочно|как можно скорее|на следующей неделе|до конца|عاجل|في أقرب وقت|الأسبوع القادم)/iu;
/** Needs whose sections take personal data (names, emails, phone numbers). */
const PERSONAL_KINDS: ReadonlySet<NeedKind> = new Set<NeedKind>([
  'booking', 'availability', 'contact', 'quote', 'application', 'signup', 'account', 'portal', 'newsletter', 'shop',
  'payment', 'donation', 'upload', 'tracking', 'dashboard', 'reviews',
]);
const HEALTH_KINDS: ReadonlySet<NeedKind> = new Set<NeedKind>(['booking', 'availability', 'contact', 'quote', 'application', 'account', 'portal', 'upload']);

export interface PlanSignals {
  sms: boolean;
  reminders: boolean;
  smsIn(requirement: Requirement): boolean;
  remindersIn(requirement: Requirement): boolean;
  /** Requirements that take health data (empty when the business handles none). */
  health: Requirement[];
  /** Requirements that take personal data. */
  personal: Requirement[];
  migration: boolean;
  /** The statement that sets a tight deadline, if any. */
  deadline: string | null;
}

export function planSignals(terms: Terms): PlanSignals {
  const reqs = terms.requirements;
  const texts = [...reqs.map((r) => r.text), ...terms.assumptions, terms.business?.tagline ?? ''];
  const smsIn = (r: Requirement): boolean => SMS.test(r.text);
  const remindersIn = (r: Requirement): boolean => REMINDERS.test(r.text);
  const personal = reqs.filter((r) => r.kind !== undefined && PERSONAL_KINDS.has(r.kind));
  const healthBusiness = HEALTH_TYPES.test(terms.business?.type ?? '') || texts.some((text) => HEALTH.test(text));
  const health = healthBusiness ? reqs.filter((r) => (r.kind !== undefined && HEALTH_KINDS.has(r.kind)) || HEALTH.test(r.text)) : [];
  return {
    sms: reqs.some(smsIn),
    reminders: reqs.some(remindersIn),
    smsIn,
    remindersIn,
    // A health business that takes any personal data through the site handles health data.
    health: health.length > 0 ? health : healthBusiness ? personal : [],
    personal,
    migration: texts.some((text) => MIGRATION.test(text)),
    deadline: texts.find((text) => DEADLINE.test(text)) ?? null,
  };
}
