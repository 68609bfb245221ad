import type { NeedKind, RequirementCategory, RequirementPriority } from '@statex/core';
import { phrasePattern } from './normalize-text.ts';

// Hedges win over everything: "we need maybe a blog" is a could.
const COULD = phrasePattern([
  'could', 'is it possible', 'would it be possible', 'nice to have', 'nice-to-have', 'maybe', 'perhaps', 'possibly', 'optional', 'optionally', 'ideally',
  'if possible', 'would be nice', 'would be great', 'would be good', 'would be cool', "it'd be nice", 'might',
  'later', 'in the future', 'bonus', 'wishlist', 'wish list', 'not essential', 'low priority',
  'vielleicht', 'wäre schön', 'wäre toll', 'könnte', 'eventuell', 'wünschenswert',
  'peut-être', 'optionnel', 'serait bien', 'quizás', 'quizá', 'opcional', 'sería bueno', 'forse', 'opzionale',
  'misschien', 'optioneel', 'może', 'możliwie', 'možná', 'volitelné', 'возможно', 'желательно', 'ربما', 'اختياري',
]);
const MUST = phrasePattern([
  'must', 'need', 'needs', 'needed', 'required', 'require', 'requires', 'has to', 'have to', 'essential',
  'mandatory', 'critical', 'crucial', 'important', 'necessary', 'shall', 'vital', 'top priority',
  'muss', 'müssen', 'brauchen', 'brauche', 'benötigen', 'benötige', 'notwendig', 'erforderlich', 'unbedingt', 'wichtig', 'pflicht',
  'doit', 'doivent', 'besoin', 'obligatoire', 'indispensable', 'nécessaire', 'debe', 'deben', 'necesitamos', 'necesito',
  'necesita', 'obligatorio', 'imprescindible', 'deve', 'devono', 'bisogno', 'obbligatorio', 'necessario', 'moet', 'moeten',
  'nodig', 'verplicht', 'musi', 'muszą', 'potrzebujemy', 'wymagane', 'musí', 'potřebujeme', 'povinné', 'должен', 'должна',
  'должно', 'должны', 'нужно', 'нужен', 'нужна', 'необходимо', 'обязательно', 'يجب', 'نحتاج', 'ضروري', 'لازم', 'مطلوب',
  'il faut', 'il nous faut', 'hace falta', 'hacen falta', 'tienen que', 'tiene que', 'serve', 'servono', 'ci serve', 'occorre', 'benodigd',
  'mají', 'nutné', 'nutně', 'potřeba', 'musimy', 'potrzebne', 'potrzebna', 'требуется', 'نحن بحاجة', 'بحاجة',
]);
const SHOULD = phrasePattern([
  'should', 'want', 'wants', 'would like', "we'd like", "i'd like", 'wish', 'prefer', 'like to', 'expect', 'hope',
  'would love', 'soll', 'sollte', 'sollten', 'sollen', 'möchten', 'möchte', 'wollen', 'will', 'wünschen', 'gerne', 'gern',
  'devrait', 'voulons', 'souhaitons', 'aimerions', 'voudrions', 'debería', 'queremos', 'quisiéramos', 'nos gustaría',
  'dovrebbe', 'vogliamo', 'vorremmo', 'zou', 'willen', 'graag', 'powinien', 'powinna', 'chcemy', 'chcielibyśmy',
  'chceme', 'chtěli', 'хотим', 'хотели', 'следует', 'نريد', 'نود', 'أريد', 'نرغب',
  'by měli', 'by měly', 'by měl', 'rádi bychom', 'chcielibyśmy', 'powinni', 'powinny', 'хотелось бы', 'souhaiterions', 'aimerions',
  'nous voulons', 'quisiéramos', 'nos gustaría', 'ci piacerebbe', 'desideriamo', 'zouden graag', 'wensen', 'wünschen uns', 'hätten gerne',
]);

export function classifyPriority(text: string, fallback: RequirementPriority = 'should'): RequirementPriority {
  if (COULD.test(text)) return 'could';
  if (MUST.test(text)) return 'must';
  if (SHOULD.test(text)) return 'should';
  return fallback;
}

const INTEGRATION = phrasePattern([
  'integrat*', 'api', 'apis', 'sync*', 'synchroni*', 'import*', 'export*', 'third-party', 'third party', 'stripe',
  'paypal', 'mollie', 'klarna', 'payment*', 'pay online', 'online payment*', 'checkout', 'mailchimp', 'crm', 'erp', 'pos',
  'opentable', 'google calendar', 'google maps', 'outlook', 'calendly', 'zapier', 'hubspot', 'salesforce', 'shopify',
  'woocommerce', 'instagram feed', 'facebook', 'whatsapp', 'sso', 'single sign-on', 'webhook*', 'connect to',
  'connected to', 'schnittstelle*', 'zahlung*', 'anbindung', 'paiement*', 'pago*', 'pagamento*', 'الدفع',
]);
const FUNCTIONAL = phrasePattern([
  'form', 'forms', 'book*', 'reserv*', 'appointment*', 'ordering', 'orders', 'order online', 'online order*', 'order form', 'shop', 'shopping', 'cart', 'login', 'log in', 'sign in',
  'account*', 'register*', 'registration', 'enquir*', 'inquir*', 'discount*', 'coupon*', 'voucher*', 'search*', 'filter*', 'upload*', 'download*', 'subscribe*', 'sign up',
  'signup', 'newsletter', 'calculator', 'chat', 'notification*', 'notify', 'admin', 'dashboard', 'cms', 'edit', 'update',
  'manage', 'formular', 'buchung*', 'buchen', 'reservier*', 'termin*', 'bestell*', 'anmeld*', 'formulaire', 'réserv*',
  'formulario', 'reserva*', 'prenot*', 'حجز', 'نموذج', 'تسجيل',
]);
const NON_FUNCTIONAL = phrasePattern([
  'fast', 'faster', 'quick*', 'speed', 'performance', 'load', 'loads', 'loading', 'load time*', 'seconds', 'secure', 'security', 'gdpr', 'dsgvo', 'privacy',
  'data protection', 'cookie*', 'accessib*', 'wcag', 'barrierefrei*', 'mobile*', 'responsive', 'seo', 'search engine*',
  'google ranking', 'uptime', 'available in', 'backup*', 'scalab*', 'multilingual', 'language', 'languages',
  'translat*', 'bilingual', 'english', 'german', 'french', 'spanish', 'portuguese', 'italian', 'arabic', 'dutch',
  'polish', 'czech', 'russian', 'chinese', 'japanese', 'turkish', 'greek', 'hosting', 'domain', 'ssl', 'https', 'reliab*', 'maintainab*', 'browser*', 'datenschutz',
  'sprache*', 'mehrsprachig', 'schnell', 'langue*', 'idioma*', 'lingua*', 'اللغة', 'لغتين', 'الخصوصية',
]);
const DESIGN = phrasePattern([
  'design*', 'look', 'looks', 'look and feel', 'colour*', 'color*', 'logo*', 'brand*', 'font*', 'typography', 'style',
  'stylish', 'modern', 'elegant', 'minimal*', 'clean design', 'clean look', 'layout', 'theme', 'aesthetic*', 'visual*', 'warm', 'cosy', 'cozy',
  'dark mode', 'animation*', 'beautiful', 'farbe*', 'gestaltung', 'couleur*', 'diseño', 'تصميم', 'ألوان',
]);
const CONTENT = phrasePattern([
  'content', 'text', 'texts', 'copy', 'copywriting', 'photo*', 'picture*', 'image*', 'video*', 'menu', 'menus', 'about us',
  'story', 'history', 'team', 'blog', 'article*', 'news', 'testimonial*', 'review*', 'opening hours', 'address',
  'faq', 'information', 'info', 'description*', 'galler*', 'portfolio', 'price*', 'pricing', 'events', 'legal notice', 'impressum',
  'imprint', 'case stud*', 'references', 'projects', 'speisekarte', 'fotos', 'bilder', 'inhalt*', 'galerie', 'über uns', 'قائمة', 'صور', 'معرض', 'من نحن',
]);

export function classifyCategory(text: string): RequirementCategory {
  if (INTEGRATION.test(text)) return 'integration';
  if (FUNCTIONAL.test(text)) return 'functional';
  if (NON_FUNCTIONAL.test(text)) return 'non-functional';
  if (DESIGN.test(text)) return 'design';
  if (CONTENT.test(text)) return 'content';
  return 'functional';
}

/**
 * Word beginnings per need kind, in every language we read (diacritics removed, lower case). A
 * word matches a stem it starts with; stems of five letters or more also match inside a word, so
 * German and Dutch compounds ("Leistungsübersicht", "Terminbuchung") are read. The kind named
 * first in a need wins; when two are named by the same word, the one listed first here.
 */
const KIND_STEMS: ReadonlyArray<readonly [NeedKind, readonly string[]]> = [
  ['donation', ['donat', 'donor', 'spende', '=don', '=dons', 'donazion', 'donacion', '=dar', '=dary', 'darovat', 'daruj', 'wplat', 'wsparc', 'пожертв', 'تبرع']],
  ['quote', ['quote', 'quotation', 'estimate', 'estimation', 'valuation', 'taxatie', 'wycena', 'wyceny', 'angebot', 'kostenvoranschlag', 'devis', 'presupuest', 'cotizac', 'preventiv', 'offerte', 'nabidk cen', 'cenov', 'poptav', 'wycen', 'смет', 'расчет стоим', 'коммерческ', 'عرض سعر', 'تسعير', 'تقييم العقار']],
  ['application', ['apply', 'application form', 'job', 'career', 'vacanc', 'bewerb', 'stellenangebot', 'stellenanzeige', 'candidat', 'postul', 'solicitud', 'candidatur', 'sollicit', 'vacature', 'prihlask', 'zgloszen', 'rekrutac', 'вакан', 'заявк', 'резюме', 'توظيف', 'وظائف']],
  ['calculator', ['calculat', 'calculator', 'rechner', 'kalkulat', 'calcul', 'calcolat', 'calculad', 'rekenmodule', 'kalkulacka', 'kalkulator', 'калькулятор', 'حاسبة', 'احتساب']],
  ['tracking', ['track', 'status', 'sendungsverfolg', 'suivi', 'seguimiento', 'tracciab', '=stav', 'sledovat', 'sledov', 'sledz', 'postep', 'отслеж', 'статус', 'تتبع', 'حالة']],
  ['upload', ['upload', 'hochlad', 'telecharg', 'televers', 'subir', 'caricar', 'uploaden', 'nahr', 'przesl', 'wgr', 'загруз', 'رفع', 'تحميل']],
  ['portal', ['portal', 'portail', 'portale', 'portaal', 'klientsk', 'kundenbereich', 'espace client', 'area client', 'area riservat', 'кабинет', 'بوابة']],
  ['dashboard', ['dashboard', 'spending', 'labour cost', 'labor cost', 'statistic', 'report', 'analytics', 'auswertung', 'tableau de bord', 'panel', 'cruscott', 'отчет', 'отчёт', 'статистик', 'لوحة', 'تقارير']],
  ['signup', ['sign up', 'signup', 'sign-up', 'register', 'registr', 'registrier', 'anmeld', 'inscri', 'iscri', 'aanmeld', 'inschrijv', 'zapis', 'zapsat', 'prihlas', 'zarejestr', 'регистрац', 'зарегистр', 'записат', 'تسجيل']],
  ['account', ['=account', 'inlog', 'user account', 'customer account', 'my account', 'order history', 'vaccination', 'medical record', 'patient record', 'login', 'log in', 'sign in', 'password', 'private', 'konto', 'compte', 'cuenta', 'privat', 'wachtwoord', 'heslo', 'hasl', 'учетн', 'личн', 'пароль', 'حساب', 'كلمة المرور']],
  ['availability', ['availability', 'free slot', 'date is free', 'dates are free', 'free dates', 'verfugbarkeit', 'freie termine', 'disponibilit', 'disponibilidad', 'beschikbaarheid', 'dostupnost', 'volne termin', 'wolne termin', 'dostepnosc', 'наличи', 'свободн', 'توفر']],
  ['booking', ['=book', 'booking', 'boek', 'viewing', 'demande de visite', 'richiesta di visita', 'bookings', 'booked', '=books', 'reserv', 'appointment', 'schedul', 'termin', 'buch', 'rendez', 'prenot', 'cita', 'afspraak', 'inplann', 'objedn', 'rezerv', 'rezerw', 'umow', 'umaw', 'запис', 'бронир', 'брон', 'حجز', 'موعد', 'مواعيد', 'جدولة']],
  ['timetable', ['timetable', 'schedule of', 'class schedule', 'rota', 'stundenplan', 'kursplan', 'dienstplan', '=planning', 'horaire', 'horario', 'orari', 'rooster', 'rozvrh', 'grafik', 'harmonogram', 'расписан', '=جدول', '=الجدول', '=بجدول', '=وجدول', 'جدول الحصص', 'جدول المواعيد', 'جدول الدروس']],
  ['events', ['event', 'concert', 'exhibition', 'ausstellung', 'exposition', 'exposicion', 'tentoonstelling', 'vystav', 'wystaw', 'выставк', 'calendar', 'kalender', 'calendrier', 'calendario', 'kalendar', 'календар', 'line-up', 'lineup', 'festival', 'workshop', 'taller', 'talleres', 'feier', 'party', 'parties', 'celebrat', 'veranstalt', 'evenement', 'evento', 'evenement', 'akce', 'akci', 'udalost', 'wydarz', 'импрез', 'мероприят', 'событ', 'фестив', 'فعالي', 'حدث', 'أحداث']],
  ['pricing', ['pric', 'tariff', '=plan', '=plans', 'subscription plan', 'package', 'membership', 'special offer', 'عروض', 'prijz', '=fees', 'day pass', 'pase de dia', 'tagespass', 'arrangement', 'cuota', 'preis', 'tarif', 'prix', 'precio', 'prezz', 'listino', 'prijs', 'cenik', 'cennik', '=ceny', '=cena', '=cenou', '=cen', 'цен', 'тариф', 'прайс', 'أسعار', 'سعر', 'باقات']],
  ['menu', ['menu', 'carta', 'speisekarte', 'getrankekarte', '=karte', 'dish', 'gericht', '=plats', 'piatt', 'gerecht', 'jidel', 'jidlo', 'napoj', 'piv', 'karta', 'меню', 'блюд', 'قائمة الطعام', 'المنيو', 'أطباق']],
  ['shop', ['shop', 'store', '=cart', 'shopping cart', 'carrito', 'warenkorb', 'panier', 'checkout', 'buy', 'purchas', 'ordering', '=orders', 'online order', 'ticket', 'achet', 'compr', 'voucher', 'gift card', 'e-shop', 'eshop', 'kauf', 'bestell', 'gutschein', 'boutique', 'achat', 'commande', 'tienda', 'compra', 'pedido', 'negozio', 'acquist', 'ordin', 'winkel', 'bestel', 'koop', 'obchod', 'kosik', 'koupit', 'nakup', 'poukaz', 'sklep', 'kup', 'zamow', '=bon', '=bony', 'магазин', 'корзин', 'купит', 'заказ', 'сертификат', 'متجر', 'شراء', 'طلب']],
  ['payment', ['=pay', 'payment', 'paying', '=pays', '=paid', '=card', 'deposit', 'stripe', 'paypal', 'invoice', 'zahl', 'bezahl', 'anzahl', 'paiement', 'payer', 'acompte', 'pago', 'pagar', 'pague', 'sena', 'pagament', 'acconto', 'betal', 'aanbetal', 'platb', 'platit', 'zaplat', 'zaloh', 'oplat', 'оплат', 'платеж', 'предоплат', 'دفع', 'الدفع']],
  ['portfolio', ['portfolio', 'case stud', 'klantcase', 'customer stor', 'reference', 'projects', 'referenz', 'realisation', 'referenc', 'progett', 'realizac', 'portfoli', 'портфолио', 'проект', 'أعمالنا', 'مشاريع']],
  ['gallery', ['galler', 'photo', 'picture', 'image', 'galerie', 'foto', 'bild', 'galeria', 'galleria', 'fotk', 'zdjec', 'галере', 'фото', 'معرض', 'صور']],
  ['reviews', ['review', 'testimonial', 'rating', '=rate', 'feedback', 'bewert', 'rezension', 'avis', 'temoign', 'resena', 'opinion', 'valoracion', 'recension', 'valutazion', 'beoordel', 'recensie', 'hodnocen', 'recenz', 'opini', 'ocen', 'отзыв', 'оценк', 'تقييمات', 'آراء', 'مراجعات']],
  ['map', ['=map', '=maps', 'nous trouver', 'encontrarnos', 'trovarci', 'ons vinden', 'najdete nas', 'store locator', 'branch finder', 'filialfinder', 'standort', 'direction', 'parking', 'find us', 'how to get', 'anfahrt', 'plan d acces', 'itinerai', 'mapa', 'llegar', 'como llegar', 'mappa', 'come arrivare', 'kaart', 'route', 'parkov', 'dojazd', 'parking', 'карт', 'схем', 'проезд', 'خريطة', 'الوصول']],
  ['team', ['team', 'أطباء', 'staff', 'insegnant', 'profesores', 'docenti', 'trainer', 'coach', 'doctor', 'lawyer', 'therapist', 'teacher', 'instructor', 'professeur', 'enseignant', 'lehrer', 'docent', 'leraar', 'nauczyciel', 'ucitel', 'lektor', 'avvocat', 'anwalt', 'anwalte', 'avocat', 'abogad', 'advocat', 'advokat', 'adwokat', 'адвокат', 'преподават', 'محام', 'equipe', 'equipo', 'squadra', 'personale', 'tym', 'zespol', 'trener', 'lekar', 'команд', 'тренер', 'врач', 'فريق', 'الأطباء']],
  ['faq', ['faq', 'frequently', '=question', '=questions', 'haufig', '=fragen', 'haufige fragen', 'preguntas', 'domande', 'vragen', 'dotaz', 'pytan', 'вопрос', 'الأسئلة']],
  ['articles', ['blog', 'article', 'articol', 'articul', 'news', 'tips', 'guide', 'artikel', 'ratgeber', 'actualit', 'noticia', 'notizi', 'nieuws', 'clank', 'novink', 'aktualn', 'artykul', 'aktualnosc', 'стать', 'новост', 'блог', 'مقالات', 'أخبار', 'مدونة']],
  ['newsletter', ['newsletter', 'mailing list', 'subscribe', 'abonn', 'suscri', 'iscrizione newsletter', 'nieuwsbrief', 'odber', 'рассылк', 'النشرة']],
  ['search', ['search', 'filter', 'find a', 'suche', 'suchfunktion', 'recherch', 'busca', 'buscar', 'cerca', 'ricerca', 'zoek', 'vyhled', 'hledan', 'wyszuk', 'поиск', 'фильтр', 'البحث', 'بحث']],
  ['tour', ['tour', 'virtual', '360', 'rundgang', 'visite virtuelle', 'visita virtual', 'visita virtuale', 'rondleiding', 'prohlid', 'zwiedz', 'wycieczk', 'экскурс', 'тур', 'جولة']],
  ['languages', ['english', 'german', 'french', 'spanish', 'italian', 'dutch', 'czech', 'polish', 'russian', 'arabic', 'portugu', 'language', 'bilingual', 'multilingual', 'translat', 'sprach', 'englisch', 'deutsch', 'langue', 'anglais', 'idioma', 'ingles', 'lingu', 'inglese', 'tedesc', 'taal', 'engels', 'jazyk', 'anglick', 'nemeck', 'jezyk', 'angielsk', 'язык', 'английск', 'الإنجليزية', 'الانجليزية', 'بالعربية', 'لغ']],
  ['notifications', ['notif', 'remind', '=sms', 'push', 'alert', 'email confirm', 'benachrichtig', 'erinner', 'rappel', 'recordatorio', 'avvis', 'promemoria', 'herinner', 'melding', 'upozorn', 'pripomin', 'powiadom', 'przypomn', 'уведомл', 'напомин', 'إشعار', 'تذكير']],
  ['integration', ['integrat', 'sync', 'export', '=import', 'importing', '=api', '=apis', 'calendar sync', 'schnittstell', 'anbind', 'integrac', 'integraz', 'koppel', 'propojen', 'интеграц', 'выгруз', 'تكامل', 'ربط']],
  ['services', ['service', 'treatment', 'practice area', 'aree di attivit', 'rechtsgebiet', 'fachgebiet', 'domaines d', 'areas de practica', 'leistung', 'behandl', 'prestation', 'soin', 'servicio', 'tratamient', 'serviz', 'trattament', 'dienst', 'behandel', 'sluzb', 'sluzeb', 'uslug', 'zabieg', 'услуг', 'خدمات', 'خدمة']],
  ['catalogue', ['catalog', 'product', 'listing', 'browse', 'adoption', 'annonce', 'assortiment', 'sortiment', 'apartment', 'propert', 'second-hand', 'second hand', '=used', 'tweedehands', 'gebraucht', 'overview', 'produkt', 'sortiment', 'zimmer', 'wohnung', 'produit', 'chambre', 'producto', 'habitacion', 'prodott', 'camer', 'overzicht', 'kamer', 'nabidk', 'nabidka', 'pokoj', 'nemovit', 'oferta', 'ofert', 'pokoj', 'mieszkan', 'каталог', 'товар', 'номер', 'квартир', 'الشقق', 'الفلل', 'عقار', 'منتجات']],
  ['about', ['about', 'sobre nosotr', 'quienes somos', 'story', 'history', 'uber uns', 'geschicht', 'a propos', 'histoire', 'sobre nosotros', 'historia', 'chi siamo', 'storia', 'over ons', 'o nas', 'o nás', 'historie', 'о нас', 'истори', 'من نحن', 'قصتنا']],
  ['resources', ['resource', 'kennisbank', 'knowledge base', 'wissensdatenbank', 'handleiding', 'download', 'deadline', 'document', 'ressourc', 'unterlag', 'recurso', 'risors', 'dintorni', 'surround', 'tips for', 'informat', 'hulpbron', 'informace', 'zdroj', 'materialy', 'materialow', 'ресурс', 'материал', 'موارد', 'معلومات']],
  ['contact', ['contact', 'questionnaire', 'fragebogen', 'anamnese', 'dotaznik', 'ankiet', 'анкет', 'cuestionario', 'questionario', 'vragenlijst', 'استبيان', 'enquir', 'inquir', 'message', 'kontakt', 'anfrage', 'contatt', 'contacto', 'formulario', 'modulo', 'formulier', 'formular', 'formularz', 'связ', 'форма', 'обратн', 'اتصال', 'تواصل', 'نموذج']],
];

function fold(text: string): string {
  return ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

// `=word` matches that whole word only ("=book" is not "bookkeeping", "=import" not "important").
const FOLDED_STEMS = KIND_STEMS.map(([kind, stems]) => [kind, stems.map((s) => (s.startsWith('=') ? `=${fold(s.slice(1)).trim()}` : fold(s).trim()))] as const);

/**
 * The kind of a need, from the customer's words in any language: the first kind (in the order
 * above) one of whose stems begins a word of the text, or sits inside a long compound word.
 */
// Kinds that ask the site to do something; one named anywhere in a need outranks a thing merely shown
// ("een kamer boeken" is a booking though the room comes first).
const ACTION_KINDS: ReadonlySet<NeedKind> = new Set([
  'booking', 'availability', 'shop', 'payment', 'donation', 'quote', 'application', 'signup', 'account', 'portal', 'upload',
  'tracking', 'calculator', 'search', 'contact', 'integration',
]);

function firstNamed(folded: string, tokens: readonly { word: string; at: number }[], actions: boolean): { kind: NeedKind; at: number } {
  let best: NeedKind = 'other';
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [kind, stems] of FOLDED_STEMS) {
    if (ACTION_KINDS.has(kind) !== actions) continue;
    for (const stem of stems) {
      let at = -1;
      if (stem.startsWith('=')) at = tokens.find((token) => token.word === stem.slice(1))?.at ?? -1;
      else if (stem.includes(' ')) at = folded.indexOf(` ${stem}`);
      else at = tokens.find((token) => token.word.startsWith(stem) || (stem.length >= 5 && token.word.includes(stem)))?.at ?? -1;
      if (at >= 0 && at < bestAt) {
        best = kind;
        bestAt = at;
      }
    }
  }
  return { kind: best, at: bestAt };
}

/** Every kind of need a text names, action or thing, in no particular order ("booking with a map" → booking, map). */
export function kindsNamed(text: string): Set<NeedKind> {
  const folded = fold(text);
  const tokens: { word: string; at: number }[] = [];
  for (const match of folded.matchAll(/\S+/gu)) tokens.push({ word: match[0], at: match.index ?? 0 });
  const named = new Set<NeedKind>();
  for (const [kind, stems] of FOLDED_STEMS) {
    const hit = stems.some((stem) => {
      if (stem.startsWith('=')) return tokens.some((token) => token.word === stem.slice(1));
      if (stem.includes(' ')) return folded.includes(` ${stem}`);
      return tokens.some((token) => token.word.startsWith(stem) || (stem.length >= 5 && token.word.includes(stem)));
    });
    if (hit) named.add(kind);
  }
  return named;
}

/**
 * The kind of a need, from the customer's words in any language: the first action named (booking,
 * shop, upload…), else the first thing named (menu, gallery, team…), else `other`.
 */
export function classifyKind(text: string): NeedKind {
  const folded = fold(text);
  const tokens: { word: string; at: number }[] = [];
  for (const match of folded.matchAll(/\S+/gu)) tokens.push({ word: match[0], at: match.index ?? 0 });
  const action = firstNamed(folded, tokens, true);
  return action.kind !== 'other' ? action.kind : firstNamed(folded, tokens, false).kind;
}

const KIND_CATEGORY: Partial<Record<NeedKind, RequirementCategory>> = {
  integration: 'integration', payment: 'integration', languages: 'non-functional', gallery: 'content', portfolio: 'content',
  team: 'content', about: 'content', faq: 'content', articles: 'content', menu: 'content', services: 'content',
  resources: 'content', catalogue: 'content', pricing: 'content', map: 'content', events: 'content', reviews: 'content', timetable: 'content',
};

/** The category a kind of need belongs to; a need of no specific kind is classified by its words. */
export function categoryForKind(kind: NeedKind, text: string): RequirementCategory {
  if (kind === 'other') return classifyCategory(text);
  return KIND_CATEGORY[kind] ?? 'functional';
}
