import type { RequirementCategory, RequirementPriority } from '@statex/core';
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
]);
const SHOULD = phrasePattern([
  'should', 'want', 'wants', 'would like', "we'd like", "i'd like", 'wish', 'prefer', 'like to', 'expect', 'hope',
  'would love', 'soll', 'sollte', 'sollten', 'sollen', 'möchten', 'möchte', 'wollen', 'will', 'wünschen', 'gerne', 'gern',
  'devrait', 'voulons', 'souhaitons', 'aimerions', 'voudrions', 'debería', 'queremos', 'quisiéramos', 'nos gustaría',
  'dovrebbe', 'vogliamo', 'vorremmo', 'zou', 'willen', 'graag', 'powinien', 'powinna', 'chcemy', 'chcielibyśmy',
  'chceme', 'chtěli', 'хотим', 'хотели', 'следует', 'نريد', 'نود', 'أريد', 'نرغب',
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
