import { phrasePattern } from './normalize-text.ts';
import type { Statement } from './split-statements.ts';

/**
 * Whether a statement states a need. `text` is what to phrase and classify: the statement itself,
 * or a list item joined to the lead-in that introduced it ("We need:" + "online booking").
 * `fragment` marks a bare noun phrase ("Online booking"), which the site shall provide.
 */
export type Detection =
  | { kind: 'need'; text: string; fragment: boolean; context: string | null }
  | { kind: 'context' }
  | { kind: 'noise' };

const STRONG = phrasePattern([
  'want', 'wants', 'need', 'needs', 'must', 'should', 'shall', 'would like', "we'd like", "i'd like", 'require',
  'requires', 'required', 'wish', 'has to', 'have to', 'be able to', 'nice to have', 'nice-to-have', 'would be nice',
  'would be great', 'would be good', 'would be cool', 'would love', 'looking for', 'ideally', 'maybe', 'could', 'can you',
  'please', 'is it possible', 'would it be possible', 'important', 'essential', 'mandatory', 'optional', 'optionally',
  // Other languages: a statement carrying one of these is a need, kept in the customer's words.
  'muss', 'müssen', 'soll', 'sollte', 'sollten', 'sollen', 'möchten', 'möchte', 'wollen', 'brauchen', 'brauche',
  'benötigen', 'benötige', 'wünschen', 'wäre schön', 'wichtig', 'doit', 'doivent', 'devrait', 'voulons', 'souhaitons',
  'aimerions', 'voudrions', 'besoin', 'debe', 'deben', 'debería', 'queremos', 'necesitamos', 'necesito', 'nos gustaría',
  'deve', 'devono', 'dovrebbe', 'vogliamo', 'vorremmo', 'bisogno', 'moet', 'moeten', 'willen', 'nodig', 'zou',
  'musi', 'muszą', 'powinien', 'powinna', 'chcemy', 'potrzebujemy', 'musí', 'měl by', 'chceme', 'potřebujeme',
  'должен', 'должна', 'должно', 'должны', 'нужно', 'нужен', 'нужна', 'необходимо', 'хотим', 'хотели',
  'يجب', 'نحتاج', 'نريد', 'نود', 'أريد', 'نرغب', 'ضروري', 'مطلوب',
]);
// Verbs that describe what the site does; a need unless the business is describing itself.
const WEAK_VERBS = phrasePattern([
  'allow', 'allows', 'let', 'lets', 'include', 'includes', 'offer', 'offers', 'provide', 'provides', 'support',
  'supports', 'show', 'shows', 'list', 'lists', 'display', 'displays', 'enable', 'enables', 'feature', 'features',
  'contain', 'contains', 'present', 'presents',
]);
const IMPERATIVE = /^(?:please\s+|kindly\s+|also\s+|and\s+)?(?:add|include|create|build|make|provide|show|list|display|allow|let|enable|integrate|support|offer|put|set up|give|implement|send|use|highlight|present|showcase|connect|link|embed|collect|accept|publish|translate|ensure|insert|have|get)\s+(?!of\b|for\b|is\b|are\b|was\b|were\b|valid\b)/i;
const FEATURE_NOUNS = phrasePattern([
  'contact form', 'booking*', 'reservation*', 'online shop', 'web shop', 'webshop', 'e-commerce', 'ecommerce',
  'shopping cart', 'checkout', 'newsletter', 'blog', 'gallery', 'photo gallery', 'faq', 'faqs', 'testimonials',
  'customer reviews', 'login', 'user account*', 'customer account*', 'member area', 'members area', 'search function',
  'calendar', 'appointment*', 'portfolio', 'live chat', 'chat widget', 'sign-up', 'signup', 'registration form',
  'order form', 'quote form', 'price list', 'pricing page', 'about page', 'menu page', 'online ordering',
  'online payment*', 'language switcher', 'multilingual', 'dark mode', 'social media links', 'instagram feed',
  'events calendar', 'job listings', 'careers page', 'donation form', 'online donation*', 'forum', 'download area',
  'admin panel', 'dashboard', 'cms', 'contact page', 'cookie banner', 'privacy policy', 'imprint', 'impressum',
  'kontaktformular', 'buchung*', 'reservierung*', 'onlineshop', 'online-shop', 'speisekarte', 'galerie',
  'formulaire de contact', 'réservation*', 'boutique en ligne', 'formulario de contacto', 'reserva*', 'tienda online',
  'prenotazion*', 'modulo di contatto', 'reservering*', 'contactformulier', 'rezerwacj*', 'formularz kontaktowy',
  'rezervac*', 'kontaktní formulář', 'бронирован*', 'форма обратной связи', 'интернет-магазин', 'حجز', 'نموذج اتصال',
  'متجر إلكتروني', 'معرض صور', 'discount code*', 'coupon*', 'voucher*', 'gift card*', 'wishlist', 'product page*',
  'product variant*', 'shipping', 'order tracking', 'invoice*', 'music player', 'video player', 'tour dates',
  'event calendar', 'opening hours', 'team page', 'case stud*', 'testimonial*', 'review*', 'rating*',
]);
// "I'd also like …", "we would really love …": a want with words in between.
const FLEXIBLE_WANT = /(?:^|\s)(?:i|we)(?:'d|’d|\s+would)(?:\s+(?:also|really|definitely|still|then|so|very\s+much))*\s+(?:like|love|prefer|appreciate)(?![\p{L}])/iu;
const REQUIREMENT_LIST = phrasePattern([
  'requirement*', 'feature*', 'functionalit*', 'function*', 'must have', 'must-have', 'must haves', 'nice to have',
  'nice-to-have', 'should have', 'could have', 'wishlist', 'wish list', 'wishes', 'scope', 'deliverable*', 'needs',
  'pages', 'sections', 'to do', 'todo', 'to-do', 'what we want', 'what we need', 'wanted', 'ideas', 'sitemap', 'goal*',
  'objective*', 'aims', 'key points', 'priorities', 'ziele', 'objectifs', 'objetivos', 'obiettivi', 'doelen', 'cele',
  'cíle', 'цели', 'الأهداف',
  'site map', 'structure', 'anforderung*', 'funktion*', 'wünsche', 'seiten', 'exigence*', 'fonctionnalit*', 'besoins',
  'requisito*', 'funcionalidad*', 'requisiti', 'funzionalit*', 'eisen', 'wymagania', 'funkcje', 'požadavky', 'funkce',
  'требования', 'функции', 'المتطلبات', 'الميزات', 'الصفحات',
]);
const PAGES_LIST = /^(?:(?:the|our|site|website)\s+)*(?:pages|sitemap|site map|structure|navigation|menu items|seiten|pages du site|páginas|pagine|الصفحات)$/iu;
// The business describing itself ("We have been open since 1998", "Our menu changes weekly").
const SELF_DESCRIPTION = /^(?:we|i|our|my|us|the (?:company|business|restaurant|bakery|shop|store|team|owner|founder|salon|studio|firm|practice|clinic|hotel|caf[eé]|bar))(?![\p{L}\p{N}])/iu;
const CURRENT_STATE = phrasePattern(['currently', 'at the moment', 'right now', 'so far', 'until now', 'at present', 'these days', 'nowadays', 'in the past', 'used to']);
const EXCLUSION = /(?:^|\s)(?:we|i)\s+(?:do not|don't|does not|will not|won't|no longer|never)\s+(?:need|want|require)|(?:^|\s)(?:no need for|not necessary|not required|not needed|out of scope|is not a priority)(?![\p{L}])|^no\s+\p{L}+(?:\s+\p{L}+)?\s*(?:please|needed|required)?[.!]?$/iu;
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|thanks|thank you|many thanks|best|regards|kind regards|best regards|warm regards|cheers|sincerely|yours|looking forward|hallo|guten tag|liebe|lieber|danke|viele grüße|mit freundlichen grüßen|bonjour|merci|cordialement|hola|gracias|saludos|ciao|grazie|cordiali saluti|dag|bedankt|dzień dobry|dziękuję|dobrý den|děkuji|здравствуйте|спасибо|مرحبا|شكرا|السلام عليكم|مع التحية)(?![\p{L}])/iu;
const LEAD_IN_TAIL = /\s*(?:(?:the\s+)?following(?:\s+(?:things|features|pages|items|points|functions|sections))?|these(?:\s+(?:things|features|pages|items|points|functions|sections))?|as follows|things like|features like|for example|e\.g\.|i\.e\.|such as|among others)\s*$/i;

// Timing and budget are context for the plan, not features of the site.
const PROJECT_TERMS = /^(?:(?:the|our|my)\s+)?(?:budget|deadline|timeline|time frame|timeframe|launch date|go-live|go live|cost of the project)(?![\p{L}])|^(?:we|i)\s+(?:would\s+)?(?:need|want|have|must have|should have|would like|'d like)\s+(?:it|this|the\s+(?:web\s?site|site|project|prototype)|everything)\s+(?:ready|done|live|online|finished|delivered|launched|by|before|until|within|in|as soon as|asap)(?![\p{L}])/iu;
const INTRO_WANT = /^(?:(?:so|ok|okay|well|basically)[,\s]+)?(?:(?:here(?:'s|’s| is| are)|this is|these are)\s+)?what\s+(we|i)\s*(would like|'d like|’d like|want|need|are looking for|am looking for|have in mind|expect)(?:\s+is)?$/iu;

/** "Hi team, here's what we'd like" → "we would like": a lead-in that can start a sentence. */
function normalizeIntro(intro: string): string {
  const text = intro.replace(/^(?:hi|hello|hey|dear)(?![\p{L}])[^,:]*,\s*/iu, '').trim();
  const want = INTRO_WANT.exec(text);
  if (!want) return text;
  const verb = (want[2] ?? '').replace(/^['’]d like$/, 'would like');
  return `${want[1] ?? 'we'} ${verb}`;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function statesNeed(text: string): boolean {
  if (STRONG.test(text) || IMPERATIVE.test(text) || FLEXIBLE_WANT.test(text)) return true;
  if (SELF_DESCRIPTION.test(text) || CURRENT_STATE.test(text)) return false;
  if (/\?$/.test(text)) return false;
  return WEAK_VERBS.test(text) || FEATURE_NOUNS.test(text);
}

export function detectNeed(statement: Statement): Detection {
  const text = statement.text;
  if (GREETING.test(text) && words(text) <= 8) return { kind: 'noise' };
  if (!/[\p{L}]/u.test(text)) return { kind: 'noise' };
  if (EXCLUSION.test(text) || PROJECT_TERMS.test(text)) return { kind: 'context' };

  const context = statement.context;
  if (statement.listItem && context !== null) {
    if (statement.contextIsLeadIn) {
      if (EXCLUSION.test(context)) return { kind: 'context' };
      // "We need the following:" + "online booking" reads as one sentence; "Features we need:" is a heading.
      const intro = normalizeIntro(context.replace(LEAD_IN_TAIL, ''));
      const heading = REQUIREMENT_LIST.find(intro);
      const headingFirst = heading !== undefined && intro.toLowerCase().startsWith(heading) && !/^(?:must|nice|should|could)/.test(heading);
      // "The site must have:" + "A fee calculator" reads "… have a fee calculator"; acronyms keep their case.
      const item = /^\p{Lu}(?:\p{Ll}|\s)/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
      // An item that is a command of its own ("Send an SMS reminder …") is not joined to the lead-in.
      if (statesNeed(intro) && !headingFirst && IMPERATIVE.test(text)) return { kind: 'need', text, fragment: false, context };
      if (statesNeed(intro) && !headingFirst) return { kind: 'need', text: `${intro} ${item}`, fragment: true, context };
    }
    if (PAGES_LIST.test(context.trim()) && words(text) <= 4 && !statesNeed(text)) {
      return { kind: 'need', text: `The site shall include a page “${text.replace(/[.!]+$/, '')}”.`, fragment: false, context };
    }
    if (REQUIREMENT_LIST.test(context) || statesNeed(context)) {
      return { kind: 'need', text, fragment: words(text) <= 8, context };
    }
  }
  if (statesNeed(text)) {
    return { kind: 'need', text, fragment: !STRONG.test(text) && !IMPERATIVE.test(text) && !WEAK_VERBS.test(text), context };
  }
  if (statement.listItem && FEATURE_NOUNS.test(text)) return { kind: 'need', text, fragment: true, context };
  if (words(text) <= 1) return { kind: 'noise' };
  return { kind: 'context' };
}
