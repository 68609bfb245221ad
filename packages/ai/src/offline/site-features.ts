import { phrasePattern, type PhraseMatcher } from './normalize-text.ts';

/** The parts of a site a requirement can ask for, each with its own place in the prototype. */
export const FEATURES = [
  'booking', 'contact', 'menu', 'services', 'shop', 'pricing', 'gallery', 'about', 'faq', 'testimonials',
  'newsletter', 'blog', 'location', 'privacy',
] as const;
export type Feature = (typeof FEATURES)[number];

const PATTERNS: Record<Feature, PhraseMatcher> = {
  booking: phrasePattern([
    'book', 'books', 'booking*', 'booked', 'reserv*', 'appointment*', 'schedule a', 'termin*', 'buchung*', 'buchen',
    'reservier*', 'réserv*', 'reserva*', 'prenot*', 'reservering*', 'rezerwac*', 'rezervac*', 'бронирован*', 'забронировать', 'حجز', 'موعد',
  ]),
  contact: phrasePattern([
    'contact', 'contact form', 'get in touch', 'enquir*', 'inquir*', 'reach us', 'message us', 'write to us',
    'request a quote', 'quote request', 'callback', 'call back', 'kontakt*', 'anfrage*', 'formulaire de contact',
    'contacto', 'contatt*', 'contactformulier', 'kontaktní', 'обратной связи', 'اتصال', 'تواصل',
  ]),
  menu: phrasePattern(['menu', 'menus', 'dishes', 'food and drinks', 'drinks list', 'wine list', 'speisekarte', 'getränkekarte', 'la carte', 'menú', 'carta', 'меню', 'قائمة الطعام']),
  services: phrasePattern(['service', 'services', 'treatment*', 'what we do', 'our work', 'leistung*', 'dienstleistung*', 'prestations', 'servicios', 'servizi', 'diensten', 'usługi', 'služby', 'услуги', 'خدمات', 'الخدمات']),
  shop: phrasePattern([
    'shop', 'online shop', 'webshop', 'web shop', 'e-commerce', 'ecommerce', 'shopping', 'cart', 'checkout', 'sell*',
    'buy online', 'order', 'orders', 'ordering', 'order online', 'online order*', 'pay by card', 'pay online', 'payment*', 'online store', 'products', 'product catalog*', 'product catalogue*',
    'onlineshop', 'online-shop', 'produkte', 'bestell*', 'boutique en ligne', 'tienda', 'negozio', 'winkel', 'sklep',
    'obchod', 'магазин', 'متجر', 'المنتجات',
  ]),
  pricing: phrasePattern(['price', 'prices', 'pricing', 'price list', 'packages', 'rates', 'fees', 'tariff*', 'preise', 'preisliste', 'tarifs', 'prix', 'precios', 'prezzi', 'prijzen', 'cennik', 'ceník', 'цены', 'الأسعار', 'أسعار']),
  gallery: phrasePattern(['galler*', 'photo*', 'picture*', 'images', 'portfolio', 'showcase', 'galerie', 'fotos', 'bilder', 'galería', 'fotografie', 'галерея', 'معرض', 'صور']),
  about: phrasePattern(['about us', 'about page', 'our story', 'the story', 'our history', 'who we are', 'our team', 'the team', 'team page', 'founder*', 'über uns', 'qui sommes', 'à propos', 'sobre nosotros', 'chi siamo', 'over ons', 'o nas', 'o nás', 'о нас', 'من نحن']),
  faq: phrasePattern(['faq', 'faqs', 'frequently asked', 'common questions', 'questions and answers', 'q&a', 'häufige fragen', 'questions fréquentes', 'preguntas frecuentes', 'domande frequenti', 'الأسئلة الشائعة']),
  testimonials: phrasePattern(['testimonial*', 'review', 'reviews', 'ratings', 'what customers say', 'what our customers say', 'customer feedback', 'bewertung*', 'rezension*', 'avis', 'reseñas', 'opiniones', 'recensioni', 'отзывы', 'آراء', 'تقييمات']),
  newsletter: phrasePattern(['newsletter*', 'mailing list', 'subscribe*', 'sign up for news', 'sign up for updates', 'email updates', 'abonnieren', "s'abonner", 'suscrib*', 'рассылк*', 'النشرة']),
  blog: phrasePattern(['blog', 'blogs', 'news', 'articles', 'posts', 'announcements', 'aktuelles', 'neuigkeiten', 'actualités', 'noticias', 'notizie', 'nieuws', 'aktualności', 'новости', 'أخبار', 'مدونة']),
  location: phrasePattern(['opening hours', 'opening times', 'hours of operation', 'address', 'location', 'directions', 'find us', 'map', 'how to get', 'öffnungszeiten', 'anfahrt', 'adresse', 'horaires', 'horario*', 'orari', 'openingstijden', 'ساعات العمل', 'العنوان', 'خريطة']),
  privacy: phrasePattern(['gdpr', 'dsgvo', 'rgpd', 'privacy', 'data protection', 'cookie*', 'datenschutz', 'confidentialité', 'privacidad', 'الخصوصية']),
};

/** The features a requirement asks for, in the order of `FEATURES`. */
export function detectFeatures(requirement: string): Feature[] {
  // Phrases that only look like features: an email address is not a location, a navigation menu not a food menu.
  const text = requirement.replace(/\b(?:e-?mail|ip|web) address(?:es)?\b|\b(?:navigation|main|nav|dropdown|drop-down|hamburger|burger) menus?\b|\bmenu (?:bar|items?)\b|\bin order to\b/gi, ' ');
  const found = FEATURES.filter((feature) => PATTERNS[feature].test(text));
  const has = (feature: Feature): boolean => found.includes(feature);
  return found.filter((feature) => {
    // "a menu with prices", "products with prices": the prices belong to that page.
    if (feature === 'pricing' && (has('menu') || has('shop'))) return false;
    // "a contact form for reservations" is the booking form.
    if (feature === 'contact' && has('booking')) return false;
    // "photos of our dishes" is a gallery, not the menu.
    if (feature === 'menu' && has('gallery') && !/menu|speisekarte|قائمة/iu.test(text)) return false;
    // A newsletter subscription is not a shop; "sell" in "newsletter" contexts is rare enough.
    if (feature === 'shop' && has('newsletter') && !/shop|cart|checkout|sell|products/i.test(text)) return false;
    return true;
  });
}
