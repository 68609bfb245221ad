/**
 * Words the brief interview reads in the ten languages we read: what says the scope of an app's
 * brief (the app itself, or only the website presenting it), what asks to show opening hours, and
 * how an answer that lists things is split. Matched case-insensitively on the customer's text.
 */

/** The brief explicitly wants the app built ("a web app where dispatchers…", "webová aplikace"). */
export const APP_ITSELF =
  /(?<![\p{L}])(?:web[ -]?app(?:lication)?s?|the app itself|mobile app|progressive web app|pwa|application web|application mobile|l['’]application elle-même|aplicación web|app web|applicazione web|web-?applicatie|webapplicatie|web-?anwendung|webanwendung|webová aplikace|webovou aplikaci|aplikacj\p{L}* webow\p{L}*|веб-приложени\p{L}*|تطبيق ويب|saas-?(?:plattform|platform|platforma))(?![\p{L}])/iu;

/**
 * The brief explicitly wants a marketing website for the product: a landing page, a site that wins
 * demo requests or sign-ups, a presentation site.
 */
export const MARKETING_SITE =
  /(?<![\p{L}])(?:landing ?page\p{L}*|marketing (?:site|website|page)|(?:book|request|ask for) a demo|demos?|demo-?termin\p{L}*|demo-?aanvraag|démo|demostración|dimostrazione|demoversi\p{L}*|product (?:site|website)|présentation du produit|site vitrine|página de aterrizaje|sito vetrina|web corporativa|presentatiewebsite|prezentační web\p{L}*|stron\p{L}* wizytówk\p{L}*|лендинг\p{L}*|посадочн\p{L}* страниц\p{L}*|صفحة هبوط|عرض توضيحي)(?![\p{L}])/iu;

/** An answer saying only the website is wanted ("just the marketing site", "nur die Website"). */
export const ANSWER_SITE_ONLY =
  /(?<![\p{L}])(?:marketing|landing|only the (?:web)?site|just the (?:web)?site|website only|site only|(?:nur|lediglich) (?:die )?(?:website|webseite|homepage|landingpage)|seulement le site|uniquement le site|le site seulement|site vitrine|solo (?:la web|el sitio|la página)|solo (?:il )?sito|sito vetrina|alleen (?:de )?website|alleen de site|jen web|pouze web|jen (?:ten )?web|pouze (?:ten )?web|prezentační web|tylko stron\p{L}*|wyłącznie stron\p{L}*|только сайт|лишь сайт|лендинг|الموقع فقط|فقط الموقع)(?![\p{L}])/iu;

/** An answer saying the app itself is wanted ("the app itself", "die App selbst", "l'application"). */
export const ANSWER_APP =
  /(?<![\p{L}])(?:the app|app itself|the application|web ?app|die app|app selbst|die anwendung|l['’]app|l['’]application|la aplicación|la app|l['’]applicazione|de app|de applicatie|aplikac\p{L}*|приложени\p{L}*|التطبيق)(?![\p{L}])/iu;

/** A need that asks the site to show opening hours. */
export const HOURS_WORDS =
  /(?<![\p{L}])(?:opening (?:hours|times)|business hours|öffnungszeit\p{L}*|sprechzeit\p{L}*|horaires?(?: d['’]ouverture)?|orari\p{L}*|horario\p{L}*|openingstijd\p{L}*|otevírací dob\p{L}*|ordinační hodin\p{L}*|godzin\p{L}* otwarcia|godzin\p{L}* pracy|час\p{L}* работы|режим\p{L}* работы|ساعات العمل|مواعيد العمل)(?![\p{L}])/iu;

/** The business is an app or online software ("BrewBox is a coffee subscription app"): read in the brief's opening sentence. */
export const APP_PRODUCT =
  /(?<![\p{L}])(?:app|apps|saas|software|platform|plattform|plateforme|plataforma|piattaforma|platforma|aplikace|aplikacja|applicazione|aplicación|application|приложени\p{L}*|платформ\p{L}*|تطبيق|منصة)(?![\p{L}])/iu;

/**
 * People a visitor books with ("with the therapist of your choice", "bij hun eigen fysiotherapeut",
 * "к мастеру"): a booking need naming one asks who they are. Word starts, lower case.
 */
export const BOOKED_PERSON = new RegExp(
  `(?<![\\p{L}])(?:${[
    'therapist', 'physio', 'doctor', 'dentist', 'hygienist', 'stylist', 'hairdresser', 'barber', 'trainer', 'coach', 'instructor', 'teacher', 'tutor', 'lawyer', 'solicitor', 'consultant', 'adviser', 'advisor',
    'therapeut', 'physiotherapeut', 'arzt', 'ärzt', 'zahnarzt', 'zahnärzt', 'friseur', 'lehrer', 'anwalt', 'anwält', 'berater',
    'thérapeute', 'kiné', 'médecin', 'dentiste', 'coiffeu', 'professeur', 'avocat', 'conseill',
    'terapist', 'fisioterapist', 'medic', 'dentist', 'parrucchier', 'istruttor', 'insegnant', 'avvocat', 'consulent',
    'terapeuta', 'fisioterapeuta', 'médic', 'peluquer', 'estilista', 'entrenador', 'profesor', 'abogad', 'asesor',
    'fysiotherapeut', 'huisarts', 'tandarts', 'kapper', 'docent', 'advocaat', 'adviseur',
    'terapeut', 'fyzioterapeut', 'lékař', 'zubař', 'kadeřn', 'trenér', 'lektor', 'advokát', 'poradce',
    'fizjoterapeut', 'lekarz', 'lekarza', 'dentyst', 'fryzjer', 'trener', 'nauczyciel', 'adwokat', 'doradc',
    'терапевт', 'врач', 'стоматолог', 'мастер', 'парикмахер', 'тренер', 'преподавател', 'юрист', 'адвокат', 'консультант',
    'أخصائي', 'طبيب', 'الطبيب', 'مدرب', 'المدرب', 'مصفف', 'محام', 'معالج', 'المعالج',
  ].join('|')})`,
  'iu',
);

/** Words for prices or a price list, read inside a need about something else ("objednají servis online, a ceník"). */
export const PRICE_WORDS =
  /(?<![\p{L}])(?:price\p{L}*|pricing|preis\p{L}*|prix|tarif\p{L}*|prezz\p{L}*|listino|precio\p{L}*|prijs\p{L}*|prijzen|ceník\p{L}*|cenník\p{L}*|cennik\p{L}*|cen[ayě]|цен\p{L}*|прайс\p{L}*|أسعار|سعر|الأسعار)(?![\p{L}])/iu;

/** A statement that denies something ("Preise sollen nicht online stehen", "sin reservas"): read in needs, where a want is already stated. */
export const DENIAL =
  /(?<![\p{L}])(?:not|no|never|nicht|kein\p{L}*|niemals|pas|jamais|non|mai|niet|geen|nooit|ne|nikdy|nechce\p{L}*|nepotřeb\p{L}*|nie|żadn\p{L}*|не|нет|никаких|لا|بدون|without|ohne|sans|sin|senza|zonder|bez)(?![\p{L}])/iu;
