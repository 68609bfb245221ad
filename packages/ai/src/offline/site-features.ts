import type { NeedKind, Requirement } from '@statex/core';
import { phrasePattern, type PhraseMatcher } from './normalize-text.ts';

/**
 * The kind of a need when the requirement does not say (terms from AI tiers or older versions):
 * read from its words in the ten locales. Ordered: the first kind that matches wins, so the more
 * specific needs ("check availability", "price calculator", "track the status") come before the
 * general ones they contain ("book", "price", "order").
 */
const KIND_WORDS: Array<[NeedKind, PhraseMatcher]> = [
  ['availability', phrasePattern(['availability', 'available dates', 'is free', 'date is free', 'free dates', 'verfügbarkeit', 'disponibilité*', 'disponibilidad', 'disponibilità', 'beschikbaarheid', 'dostępnoś*', 'dostupnost*', 'volné termíny', 'наличие свободных', 'доступност*', 'التوفر', 'توفر'])],
  ['calculator', phrasePattern(['calculator', 'calculate', 'estimate the price', 'rechner', 'kalkulator*', 'kalkulačk*', 'calculateur', 'calculadora', 'calcolatore', 'rekenhulp', 'калькулятор', 'حاسبة'])],
  ['tracking', phrasePattern(['track', 'tracking', 'status of', 'follow the status', 'sendungsverfolgung', 'status verfolgen', 'suivi', 'seguimiento', 'stato della', 'status van', 'volgen', 'śledzenie', 'śledzić', 'sledování', 'stav opravy', 'отслеж*', 'статус', 'تتبع', 'حالة'])],
  ['donation', phrasePattern(['donat*', 'donor*', 'fundrais*', 'spende*', 'spenden', 'don en ligne', 'faire un don', 'donación', 'donaciones', 'donazion*', 'doneren', 'donatie*', 'darowizn*', 'dar ', 'příspěv*', 'пожертвован*', 'تبرع*'])],
  ['calculator', phrasePattern(['mortgage', 'financing', 'hypothek', 'hypotéka', 'hipoteka', 'ипотек*', 'تمويل'])],
  ['upload', phrasePattern(['upload*', 'send documents', 'hochladen', 'téléverser', 'télécharger leurs', 'subir', 'caricare', 'uploaden', 'przesłać', 'nahrát', 'загруз*', 'رفع', 'تحميل'])],
  ['dashboard', phrasePattern(['dashboard', 'overview of their', 'sees monthly', 'see monthly', 'statistics', 'reports', 'spending', 'progress', 'übersicht über', 'tableau de bord', 'panel', 'cruscotto', 'přehled', 'prehled', 'postęp*', 'postęp', 'прогресс', 'панель', 'لوحة'])],
  ['portal', phrasePattern(['portal', 'client area', 'customer area', 'members area', 'member area', 'private gallery', 'private area', 'kundenbereich', 'espace client', 'área de clientes', 'area clienti', 'klantenportaal', 'klientská zóna', 'strefa klienta', 'личный кабинет', 'بوابة'])],
  ['signup', phrasePattern(['sign up', 'sign-up', 'signup', 'register', 'registration', 'create an account', 'registrier*', 'anmelden', "s'inscrire", 'inscription', 'registrarse', 'registro', 'registrazione', 'registreren', 'rejestracj*', 'registrace', 'регистрац*', 'تسجيل'])],
  ['account', phrasePattern(['account', 'log in', 'login', 'log-in', 'konto', 'compte', 'cuenta', 'profilo', 'účet', 'аккаунт', 'حساب'])],
  ['quote', phrasePattern(['quote', 'quotation', 'estimate', 'angebot anfordern', 'kostenvoranschlag', 'devis', 'presupuesto', 'preventivo', 'offerte', 'wycen*', 'nabídk*', 'poptávk*', 'смет*', 'расчёт стоимости', 'عرض سعر', 'تقييم'])],
  ['application', phrasePattern(['apply', 'application form', 'applications', 'job', 'jobs', 'careers', 'vacanc*', 'bewerb*', 'candidature', 'candidatura', 'solicitud de empleo', 'sollicit*', 'aplikacj*', 'přihlášk*', 'заявк*', 'وظائف', 'تقديم'])],
  ['booking', phrasePattern([
    'book', 'books', 'booking*', 'booked', 'reserv*', 'appointment*', 'schedule', 'scheduling', 'termin*', 'buchung*', 'buchen', 'réserv*', 'rendez-vous', 'reserva*', 'cita', 'citas',
    'prenot*', 'appuntament*', 'reservering*', 'afspraak', 'inplannen', 'inschrijven', 'rezerwac*', 'umówi*', 'umawia*', 'zapis*', 'rezervac*', 'objedn*', 'бронирован*', 'забронировать', 'запис*', 'حجز', 'موعد', 'جدولة',
  ])],
  ['timetable', phrasePattern(['timetable', 'schedule of classes', 'class schedule', 'classes', 'stundenplan', 'kursplan', 'emploi du temps', 'planning des cours', 'horario de clases', 'orario', 'rooster', 'grafik*', 'harmonogram', 'rozvrh', 'расписани*', 'جدول'])],
  ['events', phrasePattern(['event', 'events', 'calendar', 'concert*', 'live music', 'workshops', 'veranstaltung*', 'événement*', 'evento', 'eventos', 'eventi', 'evenement*', 'wydarze*', 'akce', 'akcí', 'kalendář*', 'мероприяти*', 'afisha', 'фестивал*', 'فعاليات', 'مناسبات'])],
  ['team', phrasePattern(['team', 'staff', 'our people', 'trainers', 'coaches', 'doctors', 'profiles', 'mitarbeiter*', 'équipe', 'equipo', 'squadra', 'profil*', 'tým', 'zespół', 'trener*', 'команд*', 'фотограф', 'فريق'])],
  ['pricing', phrasePattern(['price', 'prices', 'pricing', 'price list', 'packages', 'plans', 'plan', 'rates', 'fees', 'tariff*', 'membership*', 'pass', 'passes', 'preise', 'preisliste', 'tarif*', 'prix', 'precios', 'prezzi', 'listino', 'prijzen', 'cennik', 'karnet*', 'ceník', 'цены', 'прайс', 'الأسعار', 'أسعار'])],
  ['menu', phrasePattern(['menu', 'menus', 'dishes', 'food and drinks', 'drinks list', 'wine list', 'beer list', 'beers', 'speisekarte', 'getränkekarte', 'la carte', 'menú', 'carta', 'nabídka piv', 'nabídku piv', 'kaart', 'меню', 'قائمة الطعام'])],
  ['shop', phrasePattern(['shop', 'online shop', 'webshop', 'e-shop', 'e-commerce', 'ecommerce', 'shopping', 'cart', 'checkout', 'sell*', 'buy', 'buy online', 'order', 'orders', 'ordering', 'order online', 'takeaway', 'pick-up', 'pickup', 'delivery', 'gift voucher*', 'voucher*', 'onlineshop', 'bestell*', 'kaufen', 'commande*', 'pedido*', 'para recoger', 'ordin*', 'bestellen', 'kopen', 'kupi*', 'zamów*', 'koupit', 'dárkový poukaz', 'poukaz*', 'rozvoz', 'купить', 'заказ*', 'شراء', 'طلب'])],
  ['payment', phrasePattern(['pay', 'payment*', 'deposit', 'by card', 'bezahl*', 'zahlung*', 'anzahlung', 'paiement', 'acompte', 'pago', 'anticipo', 'pagamento', 'acconto', 'betal*', 'płatnoś*', 'platba', 'záloh*', 'оплат*', 'دفع'])],
  ['search', phrasePattern(['search', 'filter', 'suche', 'recherche', 'buscar', 'búsqueda', 'cerca', 'zoeken', 'wyszukiw*', 'vyhledáv*', 'поиск', 'البحث', 'بحث'])],
  ['catalogue', phrasePattern(['catalog*', 'products', 'listings', 'range', 'second-hand', 'used bikes', 'tweedehands', 'apartments', 'properties', 'rooms', 'camere', 'habitaciones', 'zimmer', 'chambres', 'pokoje', 'produkte', 'produits', 'productos', 'prodotti', 'producten', 'produkty', 'товары', 'الشقق', 'الفلل', 'العقارات'])],
  ['gallery', phrasePattern(['galler*', 'photo*', 'picture*', 'images', 'portfolio', 'showcase', 'galerie', 'fotos', 'bilder', 'galería', 'foto', 'fotografie', 'zdjęcia', 'галерея', 'фото', 'معرض', 'صور'])],
  ['tour', phrasePattern(['virtual tour', '360', 'rundgang', 'visite virtuelle', 'recorrido virtual', 'tour virtuale', 'virtuele tour', 'wirtualny spacer', 'virtuální prohlídka', 'виртуальный тур', 'جولة افتراضية'])],
  ['reviews', phrasePattern(['testimonial*', 'review', 'reviews', 'rate', 'rating', 'ratings', 'what customers say', 'customer feedback', 'feedback', 'bewertung*', 'bewerten', 'rezension*', 'avis', 'noter', 'reseñas', 'opiniones', 'valorar', 'recensioni', 'recensies', 'beoordel*', 'opinie', 'recenze', 'hodnocení', 'отзыв*', 'оцен*', 'آراء', 'تقييمات', 'تقييم'])],
  ['map', phrasePattern(['map', 'directions', 'how to get', 'find us', 'address', 'location', 'parking', 'anfahrt', 'karte', 'plan d’accès', "plan d'accès", 'mapa', 'mappa', 'kaart', 'route', 'dojazd', 'mapu', 'parkování', 'карта', 'خريطة', 'الموقع'])],
  ['faq', phrasePattern(['faq', 'faqs', 'frequently asked', 'common questions', 'questions and answers', 'q&a', 'häufige fragen', 'questions fréquentes', 'preguntas frecuentes', 'domande frequenti', 'veelgestelde vragen', 'częste pytania', 'časté dotazy', 'вопросы и ответы', 'الأسئلة الشائعة'])],
  ['articles', phrasePattern(['blog', 'news', 'articles', 'posts', 'tips', 'guide', 'guides', 'advice', 'information about', 'informationen zur', 'informationen', 'aktuelles', 'neuigkeiten', 'actualités', 'conseils', 'noticias', 'consejos', 'notizie', 'consigli', 'nieuws', 'pagina over', 'pagina sui', 'page about', 'aktualności', 'porady', 'novinky', 'rady', 'новости', 'статьи', 'أخبار', 'مدونة', 'مقالات'])],
  ['resources', phrasePattern(['resources', 'downloads', 'documents', 'forms to download', 'formulare', 'formulaires', 'documentos', 'documenti', 'dokumenty', 'материалы', 'موارد'])],
  ['newsletter', phrasePattern(['newsletter*', 'mailing list', 'subscribe*', 'abonnieren', "s'abonner", 'suscrib*', 'iscriv*', 'рассылк*', 'النشرة'])],
  ['languages', phrasePattern(['language', 'languages', 'multilingual', 'bilingual', 'english version', 'translation*', 'sprache*', 'mehrsprachig', 'langue*', 'multilingue', 'idioma*', 'bilingüe', 'lingua', 'lingue', 'taal', 'talen', 'język*', 'jazyk*', 'язык*', 'باللغة', 'بالعربية', 'الإنجليزية'])],
  ['notifications', phrasePattern(['notif*', 'reminder*', 'sms', 'text message', 'alerts', 'erinnerung*', 'rappel*', 'recordatorio*', 'promemoria', 'herinnering*', 'przypomnien*', 'připomín*', 'напоминани*', 'تذكير', 'إشعار*'])],
  ['integration', phrasePattern(['integrat*', 'api', 'sync*', 'export', 'import', 'calendar sync', 'connect to', 'schnittstelle', 'intégration', 'integración', 'integrazione', 'koppeling', 'integracj*', 'propojení', 'интеграц*', 'تكامل'])],
  ['about', phrasePattern(['about us', 'about page', 'our story', 'our history', 'who we are', 'accessibility', 'barrierefrei*', 'über uns', 'qui sommes', 'à propos', 'sobre nosotros', 'chi siamo', 'over ons', 'o nas', 'o nás', 'о нас', 'من نحن'])],
  ['services', phrasePattern(['service', 'services', 'treatment*', 'what we do', 'leistung*', 'dienstleistung*', 'leistungsübersicht', 'prestations', 'servicios', 'servizi', 'diensten', 'usługi', 'služby', 'услуги', 'خدمات', 'الخدمات'])],
  ['contact', phrasePattern(['contact', 'contact form', 'get in touch', 'enquir*', 'inquir*', 'message us', 'write to us', 'callback', 'kontakt*', 'anfrage*', 'contacto', 'contatt*', 'contactformulier', 'formularz', 'formulář', 'обратной связи', 'اتصال', 'تواصل'])],
];

// An email address is not a location, a navigation menu not a food menu, "in order to" not an order.
const LOOKALIKES = /\b(?:e-?mail|ip|web) address(?:es)?\b|\b(?:navigation|main|nav|dropdown|drop-down|hamburger|burger) menus?\b|\bmenu (?:bar|items?)\b|\bin order to\b/gi;

/** The kind of a requirement: its own `kind` when it has one, else read from its text. */
const NEWSLETTER = KIND_WORDS.find(([kind]) => kind === 'newsletter')?.[1];

export function needKindOf(requirement: Pick<Requirement, 'text' | 'kind'>): NeedKind {
  // "A newsletter signup" is a subscription form, not an account.
  if (requirement.kind === 'signup' && NEWSLETTER?.test(requirement.text)) return 'newsletter';
  if (requirement.kind) return requirement.kind;
  const text = requirement.text.replace(LOOKALIKES, ' ');
  for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  return 'other';
}
