/**
 * The words fact extraction recognises, in all ten locales at once: a document may be in another
 * language than the request (an English price list in a Czech order), and a day name or currency
 * is unambiguous enough to match whatever the locale. Inflected forms (Czech, Polish, Russian
 * genitives and accusatives) are matched by stems.
 */

/**
 * Compiles a pattern whose `(?i:…)` groups are rewritten as letter classes (`[tT][oO]`): V8's
 * regexp modifiers return a shorter match under the `g` flag than without it ("7–18" for
 * "7–18 Uhr"), so the lexicon states case-insensitive parts with the modifier syntax and this
 * spells them out. The rest of a pattern stays case-sensitive ("Mo" the day, not "mo" the word).
 */
export function lexiconRegExp(source: string, flags: string): RegExp {
  return new RegExp(expandCaseless(source), flags);
}

function expandCaseless(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('(?i:', i)) {
      const end = closingParen(source, i);
      out += `(?:${caseless(expandCaseless(source.slice(i + 4, end)))})`;
      i = end + 1;
      continue;
    }
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    out += source[i];
    i += 1;
  }
  return out;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced (?i: group in ${source}`);
}

/** Each cased letter outside escapes and classes becomes a class of its two cases. */
function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      // An escape, with its {…} argument (\p{L}) when it has one.
      const brace = source[i + 2] === '{' ? source.indexOf('}', i) : -1;
      const end = brace > 0 ? brace : i + 1;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '[') {
      let j = i;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      // Group syntax ((?:, (?!, (?<!, (?<name>) is copied as it is.
      const m = /^\(\?(?:<[A-Za-z]\w*>|<[=!]|[:=!])/.exec(source.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : ch;
  }
  return out;
}

/** A decimal digit in Latin or Arabic-Indic script. */
export const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const D = DIGIT;

/** Not inside a word or number. */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

/** An amount as customers write it: 6,50 · 1.250,00 · 1,450 · 1 500 · 45,- · 19.99. */
export const AMOUNT = `${D}{1,3}(?:[\\u00a0\\u202f .,'’]${D}{3})+(?:[.,]${D}{1,2})?(?:[.,][-–])?|${D}+(?:[.,]${D}{1,2})?(?:[.,][-–])?`;

/** Currency written after the amount. Letter currencies must end a word. */
export const CURRENCY_AFTER =
  '(?:€|£|\\$|₽|₴|₹|¥|(?:EUR|eur|euros?|Euros?|GBP|USD|dollars?|pounds?|zł|zl|PLN|złotych|Kč|Kc|CZK|korun|,-\\s?Kč|RUB|руб\\.?|рублей|рубля|р\\.|AED|SAR|CHF|Fr\\.|درهم|دراهم|د\\.إ|ريال|ر\\.س|Dhs?|Ft|HUF|kr)(?![\\p{L}]))';
/** Currency written before the amount. */
export const CURRENCY_BEFORE = '(?:€|£|US\\$|\\$|₽|(?:EUR|GBP|USD|AED|SAR|CHF|CZK|PLN|RUB|Dhs?|درهم)(?![\\p{L}]))';

/** "per month" and the like, written straight after the amount; kept in the value. */
export const PER_UNIT =
  '(?:\\s?/\\s?(?:mo|mon|month|mth|yr|year|y|h|hr|hour|day|night|person|pers\\.?|pp|Monat|Mon\\.?|Std\\.?|Stunde|Tag|Nacht|Jahr|Person|měs(?:íc)?\\.?|hod(?:ina)?\\.?|den|noc|rok|os(?:oba)?\\.?|mies(?:iąc)?\\.?|godz\\.?|dzień|mois|heure|jour|nuit|an|pers|mese|ora|giorno|notte|anno|mes|hora|día|noche|año|maand|uur|dag|nacht|jaar|мес\\.?|месяц|час|день|ночь|год|شهر|ساعة|يوم|ليلة|سنة)(?![\\p{L}]))';

/** "from 49 €": kept in the value, since it changes its meaning. */
export const PRICE_PREFIX = '(?:ab|from|od|dès|à partir de|a partire da|da|desde|vanaf|от|من|only|nur|jen|jedynie|seulement|solo|sólo|slechts|всего|فقط)';

/**
 * A price capped in a sentence about the website or project ("Il sito deve … costare meno di
 * 2.000 €") is its budget; "on the website the monthly pass costs 149 zł" is a price to show.
 */
export const SITE_WORD = /(?<![\p{L}])(?:site|website|web|sito|sitio|webseite|webový|stránk\p{L}*|stron\p{L}*|сайт\p{L}*|موقع|project|projekt\p{L}*|progett\p{L}*|proyecto|projet)(?![\p{L}])/iu;
export const LIMIT_BEFORE = /(?<![\p{L}])(?:under|less than|at most|max\.?|maximum|up to|no more than|unter|höchstens|maximal|bis zu|moins de|au plus|maximum|meno di|al massimo|fino a|menos de|como máximo|hasta|minder dan|maximaal|tot|méně než|maximálně|nanejvýš|poniżej|maksymalnie|менее|не более|максимум|до|أقل من|بحد أقصى)\s*$/iu;

/** Clauses about what the project may cost, not prices of the business. */
export const BUDGET_WORDS = /(?<![\p{L}])(?:budget\p{L}*|budżet\p{L}*|rozpočt?\p{L}*|presupuest\p{L}*|bilancio|begroting\p{L}*|бюджет\p{L}*|ميزاني\p{L}*|we (?:can|could|would) (?:pay|spend)|investment|invest\p{L}*|honorar\p{L}*|offerte van de bouw|cost of the (?:site|website)|price of the (?:site|website))(?![\p{L}])/iu;

// Day names, full and abbreviated. Two-letter abbreviations are matched only capitalised (see days()).
const DAY_WORDS = [
  // en
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // de
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags', 'samstags', 'sonntags',
  // fr
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim',
  // it
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica', 'gio', 'sab', 'dom',
  // es
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'mié', 'mie', 'jue', 'vie', 'sáb',
  // nl
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  // cs
  'pondělí', 'pondělky', 'úterý', 'úterky', 'středa', 'středy', 'středu', 'čtvrtek', 'čtvrtka', 'čtvrtky', 'pátek', 'pátku', 'pátky', 'sobota', 'soboty', 'sobotu', 'neděle', 'neděli',
  // pl
  'poniedziałek', 'poniedziałku', 'wtorek', 'wtorku', 'środa', 'środy', 'środę', 'czwartek', 'czwartku', 'piątek', 'piątku', 'sobotę', 'niedziela', 'niedzieli', 'niedzielę', 'pon', 'wt', 'czw', 'sob', 'ndz', 'niedz',
  // ru
  'понедельник', 'понедельника', 'вторник', 'вторника', 'среда', 'среды', 'среду', 'четверг', 'четверга', 'пятница', 'пятницы', 'пятницу', 'суббота', 'субботы', 'субботу', 'воскресенье', 'воскресенья',
  'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс',
  // ar
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
];
// Capitalised two-letter day abbreviations (de Mo Di Mi Do Fr Sa So, nl Ma Wo Vr Za Zo, cs Po Út St Čt Pá Ne, pl Pt Śr Nd, fr/it/es Ma Me Lu…).
const DAY_SHORT = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Ma', 'Wo', 'Vr', 'Za', 'Zo', 'Po', 'Út', 'St', 'Čt', 'Pá', 'Ne', 'Pt', 'Śr', 'Nd', 'Lu', 'Me', 'Je', 'Ve', 'Di', 'Gi', 'Mié', 'Ju', 'Vi', 'Sá', 'L', 'M', 'X', 'J', 'V', 'S', 'D'].filter((d) => d.length >= 2);

/** A literal for a `u`-mode pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLength = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

/** One day name; abbreviations may carry a full stop. Case: full words any case, short ones capitalised. */
export const DAY = `(?:(?i:${byLength(DAY_WORDS).map(escapeRegExp).join('|')})\\.?|(?:${byLength(DAY_SHORT).map(escapeRegExp).join('|')})\\.?)(?![\\p{L}])`;

// Lower-case two-letter days ("ma–za", "pn–pt") are read only as a range: alone they are common words.
const DAY_SHORT_LOWER = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'ma', 'wo', 'vr', 'za', 'zo', 'po', 'út', 'st', 'čt', 'pá', 'ne', 'pn', 'wt', 'śr', 'cz', 'pt', 'sb', 'nd', 'lu', 'me', 'je', 've'];
const SHORT_LOWER = `(?:${DAY_SHORT_LOWER.join('|')})\\.?`;
export const DAY_SHORT_RANGE = `${SHORT_LOWER}\\s?[-–—]\\s?${SHORT_LOWER}(?![\\p{L}])`;

/** Between two days of a range. */
export const DAY_RANGE_JOIN = '\\s*(?:[-–—]|(?i:to|till|until|thru|through|bis|à|au|a|al|alle|tot|t/m|t\\.m\\.|až|do|по|до|إلى|الى|حتى))\\s*';
/** Between days of a list. */
export const DAY_LIST_JOIN = '\\s*(?:[,&/+]|(?i:and|und|et|e|y|en|a|i|и|و))\\s*';
/** "from" before a day range. */
export const DAY_FROM = '(?:(?i:from|von|de|du|da|dal|desde|van|od|с|من)\\s+)?';
/** Every day: a day set on its own. */
export const DAILY =
  '(?i:daily|every day|weekdays|weekends|täglich|werktags|wochentags|tous les jours|en semaine|tutti i giorni|giornalmente|feriali|todos los días|diario|a diario|dagelijks|elke dag|werkdagen|denně|každý den|ve všední dny|o víkendech|codziennie|w dni robocze|ежедневно|каждый день|по будням|يومياً|يوميا|كل يوم)';

/** A time of day: 8 · 8:00 · 8.30 · 9h · 9h30 · 7 am. */
export const TIME = `${D}{1,2}(?:(?:[:.]|h)${D}{2}|h)?(?:\\s?(?i:am|pm|a\\.m\\.|p\\.m\\.))?`;
export const TIME_WITH_MINUTES = `${D}{1,2}(?:[:.]|h)${D}{2}(?:\\s?(?i:am|pm|a\\.m\\.|p\\.m\\.))?|${D}{1,2}\\s?(?i:am|pm|a\\.m\\.|p\\.m\\.)`;
const TIME_JOIN = '\\s*(?:[-–—]|(?i:to|till|until|bis|à|a|alle|tot|až|do|до|إلى|الى|حتى))\\s*';
const TIME_UNIT = '(?:\\s?(?i:uhr|h|hod\\.?|godz\\.?|ч\\.?|ure|hrs?|heures)(?![\\p{L}]))?';
/** 8–18 Uhr · 9:00–17:30 · 9h-18h · 9–12 and 14–18. */
export const TIME_RANGE = `${TIME}${TIME_JOIN}${TIME}${TIME_UNIT}(?:\\s*(?:,|/|&|(?i:and|und|et|e|y|en|a|i|и|و))\\s*${TIME}${TIME_JOIN}${TIME}${TIME_UNIT})*`;
/** Closed on that day. */
export const CLOSED =
  '(?i:closed|geschlossen|ruhetag|fermé|fermée|chiuso|cerrado|gesloten|zavřeno|nieczynne|zamknięte|выходной|закрыто|مغلق)';
/** "Open" before hours without days ("Open 9–18", "Otevřeno denně 11–23"). */
export const OPEN_WORDS =
  '(?i:open(?:ing hours)?|opened|hours|geöffnet|öffnungszeiten|sprechzeiten|ouvert|horaires|aperto|aperti|orari|abierto|horario|geopend|openingstijden|otevřeno|otevírací doba|ordinační hodiny|otwarte|czynne|godziny otwarcia|открыто|часы работы|режим работы|مفتوح|ساعات العمل)';

const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'dicembre',
  'enero', 'febrero', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'leden', 'ledna', 'únor', 'února', 'březen', 'března', 'duben', 'dubna', 'květen', 'května', 'červen', 'června', 'červenec', 'července', 'srpen', 'srpna', 'září', 'říjen', 'října', 'listopad', 'listopadu', 'prosinec', 'prosince',
  'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maj', 'maja', 'czerwiec', 'czerwca', 'lipiec', 'lipca', 'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października', 'listopada', 'grudzień', 'grudnia',
  'январь', 'января', 'февраль', 'февраля', 'март', 'марта', 'апрель', 'апреля', 'май', 'мая', 'июнь', 'июня', 'июль', 'июля', 'август', 'августа', 'сентябрь', 'сентября', 'октябрь', 'октября', 'ноябрь', 'ноября', 'декабрь', 'декабря',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
];
export const MONTH = `(?i:${byLength(MONTH_WORDS).map(escapeRegExp).join('|')})\\.?(?![\\p{L}])`;

/** Clauses about the project's own timeline: a date there is a deadline, not an event to show. */
export const DEADLINE_WORDS =
  /(?<![\p{L}])(?:by|until|before|deadline|launch\p{L}*|go live|live|ready|prêt\p{L}*|pronto|pront\p{L}|list[oa]s?|klaar|hotov\p{L}*|gotow\p{L}*|готов\p{L}*|جاهز|bis|spätestens|fertig|avant|d'ici|entro|prima|antes|para el|vóór|uiterlijk|do|nejpozději|spuštění|spustit|termín|przed|najpóźniej|uruchom\p{L}*|до|к|запуск\p{L}*|قبل|بحلول|إطلاق)(?![\p{L}])/iu;

/** Heading words, by what the lines under them list. Matched as words of a short heading line. */
export type HeadingRole = 'menu' | 'products' | 'services' | 'prices' | 'team' | 'hours' | 'timetable' | 'events' | 'contact';

export const HEADING_WORDS: Record<HeadingRole, readonly string[]> = {
  menu: [
    'menu', 'menus', 'our menu', 'food', 'drinks', 'dishes', 'wines', 'wine list', 'starters', 'mains', 'desserts', 'breakfast', 'lunch', 'dinner', 'tapas',
    'speisekarte', 'getränkekarte', 'getränke', 'speisen', 'gerichte', 'weinkarte', 'vorspeisen', 'hauptgerichte', 'nachspeisen', 'mittagsmenü', 'frühstück',
    'carte', 'la carte', 'menú', 'boissons', 'plats', 'vins', 'entrées', 'desserts', 'formules',
    'menù', 'il menù', 'carta dei vini', 'bevande', 'piatti', 'vini', 'antipasti', 'primi', 'secondi', 'dolci',
    'carta', 'la carta', 'nuestra carta', 'bebidas', 'platos', 'vinos', 'raciones', 'entrantes', 'postres', 'menú del día',
    'menukaart', 'dranken', 'gerechten', 'wijnen', 'voorgerechten', 'hoofdgerechten', 'nagerechten',
    'jídelní lístek', 'nápojový lístek', 'jídla', 'nápoje', 'vína', 'piva', 'naše piva', 'polední menu', 'předkrmy', 'hlavní jídla', 'dezerty',
    'karta dań', 'dania', 'napoje', 'wina', 'piwa', 'przystawki', 'desery',
    'меню', 'блюда', 'напитки', 'вина', 'пиво', 'закуски', 'десерты',
    'القائمة', 'قائمة الطعام', 'المشروبات', 'الأطباق', 'قائمة',
  ],
  products: [
    'products', 'our products', 'shop', 'range', 'catalogue', 'catalog', 'collection', 'produkte', 'unsere produkte', 'sortiment', 'produits', 'nos produits', 'boutique', 'gamme',
    'prodotti', 'i nostri prodotti', 'catalogo', 'productos', 'nuestros productos', 'catálogo', 'producten', 'assortiment', 'onze producten',
    'produkty', 'naše produkty', 'sortiment', 'nabídka', 'naše nabídka', 'zboží', 'nasze produkty', 'asortyment', 'oferta', 'товары', 'продукция', 'каталог', 'ассортимент', 'منتجات', 'منتجاتنا', 'المنتجات',
  ],
  services: [
    'services', 'our services', 'what we do', 'what we offer', 'treatments', 'leistungen', 'unsere leistungen', 'dienstleistungen', 'leistungsspektrum', 'leistungsübersicht', 'behandlungen', 'angebot', 'unser angebot',
    'prestations', 'nos services', 'nos prestations', 'soins', 'servizi', 'i nostri servizi', 'trattamenti', 'servicios', 'nuestros servicios', 'tratamientos',
    'diensten', 'onze diensten', 'behandelingen', 'služby', 'naše služby', 'ošetření', 'výkony', 'usługi', 'nasze usługi', 'zabiegi', 'услуги', 'наши услуги', 'процедуры',
    'خدمات', 'خدماتنا', 'الخدمات',
  ],
  prices: [
    'prices', 'price list', 'pricing', 'packages', 'plans', 'rates', 'fees', 'tariffs', 'memberships', 'membership', 'tickets',
    'preise', 'preisliste', 'pakete', 'tarife', 'mitgliedschaft', 'prix', 'tarifs', 'forfaits', 'abonnements', 'prezzi', 'listino', 'listino prezzi', 'pacchetti', 'tariffe', 'abbonamenti',
    'precios', 'tarifas', 'paquetes', 'planes', 'cuotas', 'prijzen', 'tarieven', 'pakketten', 'abonnementen', 'ceník', 'ceny', 'balíčky', 'tarify', 'permanentky',
    'cennik', 'pakiety', 'karnety', 'цены', 'прайс', 'прайс-лист', 'тарифы', 'пакеты', 'абонементы', 'الأسعار', 'أسعار', 'الباقات', 'باقات',
  ],
  team: [
    'team', 'our team', 'staff', 'people', 'meet the team', 'unser team', 'das team', 'mitarbeiter', 'équipe', "l'équipe", 'notre équipe', 'il nostro team', 'staff', 'equipo', 'nuestro equipo',
    'ons team', 'het team', 'tým', 'náš tým', 'zespół', 'nasz zespół', 'kadra', 'trenerzy', 'команда', 'наша команда', 'сотрудники', 'الفريق', 'فريقنا', 'فريق العمل',
  ],
  hours: [
    'opening hours', 'opening times', 'hours', 'öffnungszeiten', 'sprechzeiten', 'horaires', "heures d'ouverture", 'orari', 'orario', "orari d'apertura", 'horario', 'horarios',
    'openingstijden', 'otevírací doba', 'ordinační hodiny', 'godziny otwarcia', 'часы работы', 'режим работы', 'ساعات العمل', 'أوقات العمل',
  ],
  timetable: [
    'timetable', 'schedule', 'class schedule', 'classes', 'stundenplan', 'kursplan', 'kurse', 'planning', 'planning des cours', 'cours', 'orario dei corsi', 'corsi',
    'horario de clases', 'clases', 'rooster', 'lesrooster', 'rozvrh', 'rozvrh lekcí', 'lekce', 'grafik', 'grafik zajęć', 'plan zajęć', 'zajęcia', 'расписание', 'занятия', 'الجدول', 'جدول الحصص', 'الحصص',
  ],
  events: [
    'events', 'upcoming events', 'calendar', 'veranstaltungen', 'termine', 'événements', 'agenda', 'eventi', 'calendario', 'eventos', 'evenementen', 'akce', 'kalendář akcí', 'program',
    'wydarzenia', 'kalendarz', 'события', 'мероприятия', 'афиша', 'الفعاليات', 'الأحداث',
  ],
  contact: [
    'contact', 'contacts', 'contact us', 'find us', 'kontakt', 'anfahrt', 'nous contacter', 'contatti', 'contacto', 'contacten', 'kontakty', 'kontakt', 'контакты', 'اتصل بنا', 'التواصل',
  ],
};

/** Words that, before a colon or a bracket, introduce a list of services ("Services: …", "Leistungsübersicht (…)"). */
export const SERVICE_STEMS = ['service', 'treatment', 'therap', 'leistung', 'behandlung', 'prestation', 'soins', 'servizi', 'trattament', 'servicio', 'tratamient', 'dienst', 'behandeling', 'služb', 'ošetřen', 'usług', 'zabieg', 'услуг', 'процедур', 'خدم', 'what we do', 'we offer', 'wir bieten', 'nabízíme', 'oferujemy', 'offriamo', 'ofrecemos', 'nous proposons', 'wij bieden', 'мы предлагаем', 'نقدم'];
export const PRODUCT_STEMS = ['product', 'produkt', 'produit', 'prodott', 'producto', 'sortiment', 'assortiment', 'asortyment', 'товар', 'منتج'];
export const MENU_STEMS = ['menu', 'menù', 'menú', 'carta', 'speisekarte', 'carte', 'menukaart', 'lístek', 'меню', 'قائمة'];

/** Labels of contact lines. */
export const ADDRESS_LABEL =
  '(?i:address|adresse|anschrift|adresa|adres|indirizzo|dirección|direccion|domicilio|sídlo|siedziba|адрес|location|where to find us|find us|visit us|najdete nás|znajdziesz nas|dove siamo|dónde estamos|où nous trouver)|العنوان|الموقع';
export const PHONE_LABEL =
  '(?i:tel\\.?|tel\\.? ?č\\.?|tél\\.?|telephone|phone|call us|call|mobile|mob\\.?|cell|telefon|handy|mobil|téléphone|portable|telefono|cellulare|cell\\.|teléfono|móvil|movil|telefoon|mobiel|bel ons|bel|telefon komórkowy|tel\\.? kom\\.?|zadzwoń|volejte|appelez|chiamate|llámanos|телефон|тел\\.?|моб\\.?|позвоните|whatsapp)|هاتف|الهاتف|جوال|الجوال|واتساب|رقم الهاتف';

/** Honorifics and academic titles before a name (MUDr., Dr., Ing., Frau, Mme…). */
export const PERSON_TITLE =
  '(?:MUDr\\.|MDDr\\.|MVDr\\.|PharmDr\\.|PhDr\\.|JUDr\\.|RNDr\\.|Mgr\\.|Ing\\.|Bc\\.|Doc\\.|doc\\.|Prof\\.|prof\\.|Dr\\.|Dr|Dipl\\.-\\p{Lu}\\p{L}*\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Herr|Frau|M\\.|Mme|Mlle|Me|Sig\\.(?:ra)?|Dott\\.(?:ssa)?|Avv\\.|Sr\\.|Sra\\.|Dña\\.|Dra\\.|dhr\\.|mevr\\.|mr\\.|pan|pani|lek\\.(?: dent\\.| med\\.)?|dr n\\. med\\.|д-р|проф\\.|د\\.|الدكتور|الدكتورة|المهندس|الأستاذ)(?:\\s+(?:med\\.|dent\\.|rer\\. nat\\.|med\\. dent\\.|Ph\\.D\\.|MBA))*';

/** Role words that make "Name – role" or "Role: Name" a team member (stems, lower case). */
export const ROLE_STEMS = [
  'owner', 'founder', 'co-founder', 'manager', 'director', 'chef', 'head chef', 'cook', 'baker', 'barista', 'sommelier', 'dentist', 'doctor', 'physician', 'nurse', 'hygienist', 'therapist', 'physio', 'trainer', 'coach', 'instructor', 'teacher', 'tutor', 'photographer', 'designer', 'architect', 'lawyer', 'solicitor', 'attorney', 'accountant', 'advisor', 'adviser', 'consultant', 'stylist', 'hairdresser', 'barber', 'beautician', 'receptionist', 'assistant', 'partner', 'ceo', 'cto', 'vet', 'surgeon', 'midwife', 'psycholog', 'electrician', 'plumber', 'mechanic', 'guide', 'host',
  'inhaber', 'gründer', 'geschäftsführ', 'leiter', 'küchenchef', 'koch', 'köchin', 'zahnärzt', 'zahnarzt', 'ärztin', 'arzt', 'fachärzt', 'helferin', 'assistentin', 'assistent', 'prophylax', 'therapeut', 'trainer', 'lehrer', 'fotograf', 'anwält', 'anwalt', 'steuerberater', 'friseur', 'kosmetiker', 'meister', 'empfang',
  'propriétaire', 'fondat', 'gérant', 'directeur', 'directrice', 'cuisinier', 'cuisinière', 'pâtissier', 'dentiste', 'médecin', 'infirmi', 'kiné', 'entraîneu', 'professeur', 'photographe', 'avocat', 'comptable', 'coiffeu', 'esthéticienne',
  'titolare', 'fondat', 'direttore', 'direttrice', 'cuoco', 'cuoca', 'dentista', 'medico', 'infermier', 'fisioterap', 'allenat', 'istrutt', 'insegnante', 'fotografo', 'avvocato', 'commercialista', 'parrucchier', 'estetista', 'receptionist',
  'propietari', 'fundador', 'gerente', 'director', 'cociner', 'dentista', 'médico', 'enfermer', 'fisioterapeuta', 'entrenador', 'monitor', 'profesor', 'fotógraf', 'abogad', 'asesor', 'peluquer', 'esteticista', 'camarer', 'recepcionista',
  'eigenaar', 'oprichter', 'bedrijfsleider', 'kok', 'tandarts', 'arts', 'huisarts', 'verpleegkundige', 'mondhygiënist', 'fysiotherapeut', 'trainer', 'docent', 'leraar', 'fotograaf', 'advocaat', 'boekhouder', 'kapper', 'monteur',
  'majitel', 'zakladatel', 'jednatel', 'vedoucí', 'ředitel', 'šéfkuchař', 'kuchař', 'sládek', 'zubní', 'lékař', 'lékařka', 'sestra', 'hygienist', 'fyzioterapeut', 'trenér', 'trenérka', 'lektor', 'lektorka', 'učitel', 'fotograf', 'advokát', 'účetní', 'kadeřn', 'kosmetič', 'recepční', 'asistent',
  'właściciel', 'założyciel', 'kierownik', 'dyrektor', 'szef kuchni', 'kucharz', 'dentyst', 'stomatolog', 'lekarz', 'pielęgniar', 'higienistk', 'fizjoterapeut', 'trener', 'trenerka', 'instruktor', 'nauczyciel', 'fotograf', 'adwokat', 'radca', 'księgow', 'fryzjer', 'kosmetycz', 'recepcjonist',
  'владел', 'основател', 'директор', 'управляющ', 'шеф-повар', 'повар', 'стоматолог', 'врач', 'медсестр', 'гигиенист', 'тренер', 'инструктор', 'преподавател', 'учитель', 'фотограф', 'юрист', 'адвокат', 'бухгалтер', 'парикмахер', 'косметолог', 'администратор',
  'مالك', 'مؤسس', 'مدير', 'طاه', 'شيف', 'طبيب', 'طبيبة', 'ممرض', 'مدرب', 'مدربة', 'معلم', 'معلمة', 'مصور', 'محام', 'محاسب', 'مستشار', 'مصفف', 'أخصائي', 'أخصائية',
];

/** Conjunctions that join the last item of a list, per locale (English always, since documents mix). */
export const LIST_CONJUNCTIONS: Record<string, readonly string[]> = {
  en: ['and', 'or', '&'],
  de: ['und', 'oder', 'sowie'],
  fr: ['et', 'ou'],
  it: ['e', 'ed', 'o'],
  es: ['y', 'e', 'o'],
  nl: ['en', 'of'],
  cs: ['a', 'i', 'nebo'],
  pl: ['i', 'oraz', 'lub', 'albo'],
  ru: ['и', 'или', 'а также'],
  ar: ['و', 'أو'],
};

/** "over 300", "more than 15": kept in a figure's label. */
export const FIGURE_QUANTIFIER =
  '(?i:over|more than|almost|nearly|about|around|up to|über|mehr als|fast|rund|etwa|bis zu|plus de|près de|environ|jusqu\'à|oltre|più di|quasi|circa|fino a|más de|casi|unos|hasta|meer dan|bijna|ruim|tot|přes|více než|téměř|zhruba|až|ponad|prawie|około|do|более|почти|около|свыше|до|أكثر من|حوالي|نحو)';

/** Words a figure's noun may not be: a number before them is not a figure worth showing. */
export const FIGURE_STOP_WORDS = new Set([
  'uhr', 'hod', 'hodin', 'godz', 'heures', 'ore', 'horas', 'uur', "o'clock", 'час', 'часов', 'am', 'pm',
  'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'who', 'which', 'that', 'we', 'you', 'they', 'our', 'your', 'with', 'from', 'into', 'each', 'every', 'per', 'as', 'so', 'but', 'than', 'then', 'also', 'only', 'here', 'there',
  'die', 'mit', 'für', 'pro', 'je', 'wir', 'qui', 'que', 'avec', 'pour', 'par', 'che', 'con', 'per', 'que', 'con', 'para', 'por', 'die', 'met', 'voor', 'per', 'které', 'který', 'kteří', 'se', 'pro', 'za', 'po', 'które', 'który', 'dla', 'się', 'по', 'для', 'которые', 'который', 'за', 'مع', 'التي', 'الذي', 'لكل',
  'of', 'to', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'for', 'per', 'by', 'is', 'are', 'was', 'x', 'times', 'mal', 'und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'zu', 'et', 'ou', 'de', 'du', 'des', 'la', 'le', 'les', 'à', 'e', 'o', 'di', 'il', 'y', 'en', 'el', 'los', 'las', 'del', 'van', 'het', 'een', 'op', 'a', 'i', 'z', 'ze', 'na', 'do', 'v', 've', 'w', 'we', 'и', 'в', 'на', 'с', 'по', 'و', 'في', 'من',
]);

/** Nouns of a duration or order: "in 2 weeks", "phase 2 months" are the project's timeline, not the business's figures. */
export const DURATION_STEMS = /^(?:second|sekund|seconde|secondi|segundo|секунд|ثوان|week|month|day|year|hour|minute|tydzień|tygodn|woche|monat|tag|jahr|stunde|minute|semaine|mois|jour|an|heure|settiman|mes|giorn|ann|or|semana|día|dia|año|hora|minut|maand|dag|jaar|uur|týd|měsí|dn|den|let|rok|hodin|tydz|tygod|miesi|dni|lat|godzin|недел|месяц|дн|день|год|лет|час|минут|أسبوع|شهر|يوم|سنة|ساعة|دقيقة)/iu;
export const TIMELINE_BEFORE = /(?<![\p{L}])(?:under|less than|at most|max\.?|maximum|up to|unter|höchstens|maximal|moins de|au plus|meno di|al massimo|menos de|como máximo|minder dan|maximaal|méně než|maximálně|poniżej|maksymalnie|менее|не более|максимум|أقل من|in|within|after|innerhalb|binnen|nach|in|dans|sous|entro|tra|fra|en|dentro de|binnen|na|během|do|za|po|w ciągu|za|po|через|за|в течение|خلال|بعد)\s*$/iu;
