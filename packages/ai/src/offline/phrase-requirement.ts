import { endSentence, upperFirst } from './normalize-text.ts';

/**
 * Rephrases an English need ("I want a booking form for tables") as a requirement ("The site shall
 * provide a booking form for tables."). It only restructures what was said: when no pattern fits,
 * the customer's words are kept as they are. Returns null for the overall goal ("We need a website
 * for our bakery"), which belongs to the summary rather than to the requirements.
 */
export function phraseRequirement(statement: string, options: { fragment?: boolean } = {}): string | null {
  const text = prepare(statement);
  if (text === '') return endSentence(statement.trim());
  const phrased = phrase(text, options.fragment ?? false, 0);
  if (phrased === GOAL) return null;
  if (phrased === null) return endSentence(upperFirst(statement.trim()));
  return endSentence(phrased);
}

const GOAL = Symbol('goal');
type Result = string | typeof GOAL | null;

const MAX_DEPTH = 3;
const ADVERBS = String.raw`(?:\s+(?:also|really|definitely|absolutely|still|then|both|all|just|certainly|especially|mainly|primarily|mostly|urgently|desperately|therefore|now|further|additionally|probably|maybe|perhaps|ideally|actually|do|will|would|might|may|easily|quickly))*`;
const MODAL = String.raw`(?:should|must|shall|need to|needs to|have to|has to|will|would|could|can|may|might|ought to|are able to|is able to)`;
const PEOPLE = String.raw`(?:customers?|clients?|users?|visitors?|guests?|people|patients?|members?|students?|buyers?|shoppers?|readers?|diners?|parents?|staff|employees|admins?|administrators?|owners?|everyone|everybody|anyone|anybody|someone|they|travell?ers|tourists|subscribers|fans|kids|children|teachers|partners|suppliers|companies|businesses|candidates|applicants|donors|volunteers|viewers|attendees|participants|couples|families|guest|patrons|residents|tenants|landlords|agents|drivers|riders|passengers|athletes|players|artists|musicians|authors|sellers|vendors|retailers|distributors|investors|journalists|professionals|beginners|experts)`;
const PEOPLE_NP = String.raw`((?:(?:our|the|all|new|potential|existing|returning|registered|logged-in|future|local|international|interested|online|regular|other|both|any|every|each|prospective|possible)\s+)*${PEOPLE})`;
const SITE_NOUN = String.raw`(?:web\s?site|site|homepage|home page|landing page|web page|webpage|page|pages|app|application|system|platform|portal|online shop|web shop|shop|store|it)`;
const SITE_NP = String.raw`(?:(?:the|our|my|a|this|your|new|whole|entire)\s+)*${SITE_NOUN}`;
const GENERIC_SITE = /^(?:web\s?site|site|web page|webpage|page|pages|it)$/i;
const WEBSITE_GOAL = /^(?:(?:an?|the|our|my|some|one|new|modern|simple|small|nice|professional|fresh|basic|beautiful|clean|responsive|good|proper|own|first|little|stylish|elegant|great|mobile-friendly|single-page|one-page|complete|company|business|personal|static|informative|attractive|dedicated|updated|redesigned|better|functional|multilingual|cool|quick|cheap|affordable|real)\s+)*(?:web\s?site|site|homepage|home page|landing page|web page|webpage|web presence|online presence|one-pager|internet presence)(?![\p{L}\p{N}])(.*)$/iu;

const PEOPLE_WITH_MODAL = new RegExp(String.raw`^${PEOPLE_NP}\s+(?:(${MODAL})\s+)?(?:(?:also|easily|quickly|still|then)\s+)*(be able to\s+)?(.+)$`, 'i');
const SITE_WITH_MODAL = new RegExp(String.raw`^(?:(?:the|our|my|a|this|your|new|whole|entire)\s+)*(${SITE_NOUN})\s+(?:${MODAL})${ADVERBS}\s+(?:be able to\s+)?(.+)$`, 'i');
const BARE_MODAL = /^(?:must|should|shall|needs? to|has to|have to|will|could|can)(?:\s+(?:also|really|definitely))*\s+(?:be able to\s+)?(.+)$/i;
const DETERMINER = /^(?:a|an|the|some|any|our|my|your|their|its|this|that|these|those|each|every|all|no|one|two|three|four|five|several|many|more|multiple|various|both|either|another|other|extra|additional|\d+)\s/i;
const SITE_NEEDS = new RegExp(String.raw`^${SITE_NP}\s+(?:needs|requires|wants)\s+(.+)$`, 'i');
const THERE = /^there\s+(?:should|must|shall|needs to|has to|will|would|could|can)(?:\s+(?:also|definitely|really))*\s+be\s+(.+)$/i;
const FIRST_PERSON_WANT = new RegExp(String.raw`^(?:i|we)${ADVERBS}\s+(want|wants|need|needs|would like|like|require|wish for|wish|expect|are looking for|am looking for|look for|would love|love|hope|prefer|ask for|are asking for|am asking for|plan|are planning|am planning|intend|are hoping for|am hoping for)\s+(.+)$`, 'i');
const FIRST_PERSON_MODAL = new RegExp(String.raw`^(?:i|we)${ADVERBS.replace('|will|would|might|may', '')}\s+(should|must|shall|have to|need to|needs to|has to|would|will|could|can|ought to|may|might)${ADVERBS}\s+(be able to\s+)?(.+)$`, 'i');
const HEDGE_CLAUSE = /^(?:it\s+(?:would|will|could|might)\s+be|it\s+is|would\s+be)\s+(?:(?:really|very|also|quite|extremely|super)\s+)*(?:nice|great|good|cool|helpful|ideal|useful|lovely|awesome|important|essential|crucial|necessary|vital|a plus|a bonus|amazing|perfect)\s+(to have|to get|to add|to include|to see|to offer|having|if|that|to)\s+(.+)$/i;
const HEDGE_PREFIX = /^(?:also\s+)?(?:nice to have|nice-to-have|maybe|perhaps|possibly|ideally|optionally|optional|if possible|bonus|must have|must-have|should have|could have|wishlist|wish list|important|essential|optional extra)(?:\s*[:,–—-]\s*|\s+)(?:(?:also|even)\s+)?(.+)$/i;
// "Instagram feed would be cool", "Customer accounts optional", "A blog is a must".
const JUDGED = /^(.+?)\s+(?:(?:would|will|could|might)\s+(?:also\s+)?be|is|are|=)?\s*(?:(?:really|very|also|quite|absolutely|definitely|super)\s+)*(?:nice|great|cool|good|helpful|ideal|useful|lovely|awesome|a plus|a bonus|welcome|appreciated|a must|a must-have|must-have|important|essential|necessary|required|needed|optional|\(optional\)|a nice-to-have|nice to have|\(nice to have\)|wanted|a priority|top priority|if possible)$/i;
const IMPERATIVE = /^(add|include|create|build|make|provide|show|list|display|allow|let|enable|integrate|support|offer|put|set up|give|implement|send|use|feature|highlight|present|showcase|connect|link|embed|collect|accept|publish|host|have|get|mention|explain|describe|place|insert|introduce|incorporate|ensure|prepare|translate)\s+(.+)$/i;
const INCLUDE_VERBS = new Set(['add', 'create', 'build', 'put', 'have', 'get', 'feature', 'insert', 'incorporate', 'introduce', 'place', 'set up', 'prepare']);
const CONNECTOR = /^(.*?)(?<![\p{L}\p{N}])(with|where|that|which|showing|including|featuring|allowing|letting|offering|displaying|in which|on which|through which)\s+(.+)$/iu;
const SECTION_NOUN = /(?<![\p{L}\p{N}])(?:page|section|gallery|blog|faq|map|menu|form|list|area|feed|link|button|banner|slider|video|calendar|footer|header|logo|widget|tab|table|image|photo|picture|carousel|counter|testimonial|review|case stud(?:y|ie))s?(?![\p{L}\p{N}])/iu;
// Work done behind the pages: "The system shall send …" rather than "The site shall send …".
const SYSTEM_WORK = /^(?:send|email|e-mail|notify|sync|synchroni[sz]e|store|save|back up|log|integrate|export|import|process|forward|generate|calculate|charge|invoice|connect)(?![\p{L}\p{N}])/iu;
// Words whose capital letter must survive when they start a predicate.
const PROPER_START = /^(?:[\p{Lu}\d]{2,}|\p{Lu}\p{Ll}*\p{Lu}|English|German|French|Spanish|Italian|Arabic|Dutch|Polish|Czech|Russian|Chinese|Japanese|Turkish|Portuguese|Greek|Google|Instagram|Facebook|Stripe|PayPal|WhatsApp|Mailchimp|OpenTable|Shopify|WordPress|LinkedIn|YouTube|TikTok|Apple|Microsoft|Outlook|Calendly|Klarna|Mollie|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Europe|EU|GDPR)(?![\p{L}\p{N}])/u;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(we|i|you|they|it)'d\b/gi, '$1 would'],
  [/\b(we|you|they)'re\b/gi, '$1 are'],
  [/\bi'm\b/gi, 'I am'],
  [/\b(we|i|you|they)'ve\b/gi, '$1 have'],
  [/\b(we|i|you|they)'ll\b/gi, '$1 will'],
  [/\b(it|there|that|what)'s\b/gi, '$1 is'],
  [/\bcan't\b/gi, 'cannot'],
  [/\bwon't\b/gi, 'will not'],
  [/\b(do|does|did|should|must|would|could|is|are|need)n't\b/gi, '$1 not'],
  [/\blet's\b/gi, 'let us'],
];
const FILLER = /^(?:and|also|additionally|furthermore|moreover|plus|finally|lastly|then|so|besides|oh|ok|okay|btw|ps|p\.s\.|next|secondly|first|firstly|second|third|thirdly|in addition|on top of that|of course|obviously|most importantly|above all|apart from that|in general|basically|anyway|however|but|as well|what is more|last but not least|one more thing|another thing)(?:\s*[,:–—-]\s*|\s+)/i;
const POLITE = /^(?:please|kindly|(?:is|would) it (?:be )?possible to|(?:can|could|would|will) you(?:\s+please)?|(?:we|i) would (?:also |really )?(?:like|love) (?:you|for you) to|(?:we|i) (?:want|need) you to)\s+/i;

function prepare(statement: string): string {
  let text = statement
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(FILLER, '').replace(POLITE, '');
  }
  return text
    .replace(/[\s,]+(?:please|thanks|thank you|if possible|as well)$/i, '')
    .replace(/[\s.!?…;:,]+$/u, '')
    .trim();
}

function phrase(text: string, fragment: boolean, depth: number): Result {
  if (depth > MAX_DEPTH) return null;
  let m: RegExpExecArray | null;

  if ((m = HEDGE_CLAUSE.exec(text))) {
    const connector = (m[1] ?? '').toLowerCase();
    const rest = m[2] ?? '';
    if (connector === 'if' || connector === 'that') {
      const had = /^(?:we|i)\s+(?:had|could have|would have|have|got|could get|could offer)\s+(.+)$/i.exec(rest);
      if (had) return object(had[1] ?? '');
      return phrase(rest, false, depth + 1) ?? object(rest);
    }
    if (connector === 'to see') return site(`show ${rest}`);
    if (connector === 'to offer') return site(`offer ${rest}`);
    if (connector === 'to') return imperative(rest, depth) ?? site(rest);
    return object(rest);
  }
  if ((m = HEDGE_PREFIX.exec(text))) {
    const rest = m[1] ?? '';
    return phrase(rest, true, depth + 1) ?? object(rest);
  }
  if ((m = JUDGED.exec(text)) && !/^(?:it|this|that|there)$/i.test(m[1] ?? '')) {
    const subject = m[1] ?? '';
    return phrase(subject, true, depth + 1) ?? object(subject, undefined, depth);
  }
  if ((m = THERE.exec(text))) {
    const rest = m[1] ?? '';
    const no = /^no\s+(.+)$/i.exec(rest);
    return no ? site(`not include ${no[1] ?? ''}`) : object(rest, 'include');
  }
  if ((m = FIRST_PERSON_WANT.exec(text))) return wanted(m[2] ?? '', depth);
  if ((m = FIRST_PERSON_MODAL.exec(text))) {
    const modal = (m[1] ?? '').toLowerCase();
    const able = Boolean(m[2]);
    const rest = m[3] ?? '';
    if (/^not\s/i.test(rest)) return null;
    if (able) return site(`allow the business to ${rest}`);
    const obtain = /^(?:have|get|offer on the site)\s+(.+)$/i.exec(rest);
    if (obtain) return object(obtain[1] ?? '');
    const asImperative = imperative(rest, depth);
    if (asImperative !== null) return asImperative;
    if (modal === 'can' || modal === 'could' || modal === 'may') return site(`allow the business to ${rest}`);
    return site(rest);
  }
  if ((m = PEOPLE_WITH_MODAL.exec(text)) && (m[2] || m[3])) {
    const who = people(m[1] ?? '');
    const rest = m[4] ?? '';
    const not = /^not\s+(.+)$/i.exec(rest);
    if (not) return site(`not allow ${who} to ${not[1] ?? ''}`);
    // "The admin should get an email for each order": the system sends it.
    const receive = /^(?:get|receive)\s+(.+)$/i.exec(rest);
    const recipient = (m[1] ?? '').replace(/^our\s+/i, 'the ').toLowerCase();
    if (receive) return site(`send ${recipient} ${receive[1] ?? ''}`);
    const notified = /^be\s+(?:notified|informed|alerted)\s+(.+)$/i.exec(rest);
    if (notified) return site(`notify ${recipient} ${notified[1] ?? ''}`);
    return site(`allow ${who} to ${rest}`);
  }
  if ((m = SITE_WITH_MODAL.exec(text))) {
    const noun = (m[1] ?? '').toLowerCase();
    // "The homepage must load fast" stays about the homepage; "it" and "the site" are the site.
    if (GENERIC_SITE.test(noun)) return site(m[2] ?? '');
    const subject = noun === 'system' || noun === 'platform' ? 'The system' : `The ${noun}`;
    return `${subject} shall ${lowerFirstWord(depersonalize(m[2] ?? ''))}`;
  }
  if ((m = BARE_MODAL.exec(text))) return imperative(m[1] ?? '', depth) ?? site(m[1] ?? '');
  if ((m = SITE_NEEDS.exec(text))) return object(m[1] ?? '');

  const asImperative = imperative(text, depth);
  if (asImperative !== null) return asImperative;

  if ((m = /^(.{1,80}?)\s+(?:should|must|needs to|need to|has to|have to|ought to|shall|will need to)\s+(?:also\s+)?(.+)$/i.exec(text))) {
    const subject = m[1] ?? '';
    if (!/^(?:i|we|you)\b/i.test(subject)) return `${upperFirst(depersonalize(subject))} shall ${depersonalize(m[2] ?? '')}`;
  }
  if (fragment) {
    const goal = websiteGoal(text, depth);
    if (goal !== undefined) return goal;
    return object(text);
  }
  return null;
}

/** What follows "I want / we need …". */
function wanted(rest: string, depth: number): Result {
  let m: RegExpExecArray | null;
  if ((m = /^(?:for\s+)?you\s+to\s+(.+)$/i.exec(rest))) return imperative(m[1] ?? '', depth) ?? site(m[1] ?? '');
  if ((m = /^to be able to\s+(.+)$/i.exec(rest))) return site(`allow the business to ${m[1] ?? ''}`);
  if ((m = new RegExp(String.raw`^${SITE_NP}\s+to\s+(?:be able to\s+)?(.+)$`, 'i').exec(rest))) return site(m[1] ?? '');
  if ((m = new RegExp(String.raw`^${PEOPLE_NP}\s+to\s+(?:be able to\s+)?(.+)$`, 'i').exec(rest))) return site(`allow ${people(m[1] ?? '')} to ${m[2] ?? ''}`);
  if ((m = /^to\s+(?:have|get|include|add|create|build|set up|launch|own)\s+(.+)$/i.exec(rest))) return object(m[1] ?? '', undefined, depth);
  if ((m = /^to\s+(.+)$/i.exec(rest))) return imperative(m[1] ?? '', depth) ?? site(m[1] ?? '');
  return object(rest, undefined, depth);
}

/** "Add a gallery", "Show opening hours", "Make it mobile friendly". */
function imperative(text: string, depth: number): Result | null {
  const m = IMPERATIVE.exec(text);
  if (!m) return null;
  const verb = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  // "List of services", "Support for …", "Offer valid until …" are nouns, not commands.
  if (/^(?:of|for|is|are|was|were|valid|page|section)\b/i.test(rest)) return null;
  if (verb === 'make') {
    const sure = /^sure\s+(?:that\s+)?(.+)$/i.exec(rest);
    if (sure) return site(`ensure that ${sure[1] ?? ''}`);
    const be = new RegExp(String.raw`^(?:it|${SITE_NP}|everything)\s+(.+)$`, 'i').exec(rest);
    if (be) return site(`be ${be[1] ?? ''}`);
    return site(`make ${rest}`);
  }
  if (verb === 'translate') return site(`be available in translation: ${rest}`);
  if (INCLUDE_VERBS.has(verb)) return object(rest, undefined, depth);
  return site(`${verb} ${rest}`);
}

/** A noun phrase the site shall provide or include; the overall website itself is the goal. */
function object(nounPhrase: string, verb?: 'include' | 'provide', depth = 0): Result {
  const goal = websiteGoal(nounPhrase, depth);
  if (goal !== undefined) return goal;
  return site(`${verb ?? (SECTION_NOUN.test(nounPhrase) ? 'include' : 'provide')} ${withArticle(lowerFirstWord(nounPhrase))}`);
}

/**
 * "a website for our bakery" is the goal; "a website with a menu" or "a website where customers can
 * book" carries a need. Returns undefined when the phrase is not about the website itself.
 */
function websiteGoal(nounPhrase: string, depth: number): Result | undefined {
  const m = WEBSITE_GOAL.exec(nounPhrase);
  if (!m) return undefined;
  const tail = (m[1] ?? '').trim();
  const c = CONNECTOR.exec(tail);
  if (!c) return GOAL;
  const before = (c[1] ?? '').trim();
  const connector = (c[2] ?? '').toLowerCase();
  const rest = c[3] ?? '';
  if (connector === 'with' || connector === 'including' || connector === 'featuring') return object(rest, undefined, depth);
  if (connector === 'where' || connector.endsWith(' which')) {
    return phrase(rest, false, depth + 1) ?? site(`allow visitors to ${rest.replace(/^(?:people|visitors|users|customers|guests)\s+(?:can|could)\s+/i, '')}`);
  }
  // "a website for a company that sells shoes": the clause describes the company, not the site.
  if (before !== '' && (connector === 'that' || connector === 'which')) return GOAL;
  const [first = '', ...others] = rest.split(' ');
  return site([baseVerb(first), ...others].join(' '));
}

/** "contact form with phone number" → "a contact form with phone number"; plurals and mass nouns stay bare. */
function withArticle(nounPhrase: string): string {
  if (DETERMINER.test(nounPhrase)) return nounPhrase;
  const head = /^(?:[\p{L}\p{N}'-]+\s+){0,3}?((?:page|section|gallery|blog|faq|map|menu|form|list|area|feed|link|button|banner|slider|video|calendar|footer|header|logo|widget|tab|table|carousel|counter|shop|store|newsletter|search|chat|portal|dashboard|login|signup|sign-up|field|overview|timeline|checkout|cart|configurator|calculator|booking system|system|landing page|way|option|place|section))(?![\p{L}\p{N}])/iu.exec(nounPhrase);
  if (!head) return nounPhrase;
  return `${/^[aeio]/i.test(nounPhrase) ? 'an' : 'a'} ${nounPhrase}`;
}

function site(predicate: string): string {
  const clean = depersonalize(predicate.trim());
  const subject = SYSTEM_WORK.test(clean) ? 'The system' : 'The site';
  return `${subject} shall ${lowerFirstWord(clean)}`;
}

function people(phrase: string): string {
  const who = phrase.replace(/^(?:our|the)\s+/i, '').toLowerCase();
  return who === 'they' ? 'users' : who;
}

/** "shows" → "show", "allowing" → "allow", "has" → "have". */
function baseVerb(word: string): string {
  const w = word.toLowerCase();
  if (w === 'has') return 'have';
  if (w === 'does') return 'do';
  if (w === 'is' || w === 'are') return 'be';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3).replace(/([^aeiou])\1$/, '$1');
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const PRONOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b[Ww]e are\b/g, 'the business is'],
  [/\b[Ww]e were\b/g, 'the business was'],
  [/\b[Ww]e have\b/g, 'the business has'],
  [/\b[Ww]e do\b/g, 'the business does'],
  [/\b[Ww]e\b/g, 'the business'],
  [/\b[Oo]ur own\b/g, 'its own'],
  [/\b[Oo]urs\b/g, "the business's"],
  [/\b[Oo]ur\b/g, 'the'],
  [/\bus\b/g, 'the business'],
  [/\b(?:ourselves|myself)\b/g, 'itself'],
  [/\b[Mm]y\b/g, 'the'],
  [/\bme\b/g, 'the owner'],
  [/\bI am\b/g, 'the owner is'],
  [/\bI\b/g, 'the owner'],
];

/** First person becomes the business: requirements speak about the site, not as the customer. */
function depersonalize(text: string): string {
  // Quoted names ("Our Story") are the customer's words and stay untouched.
  return text
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : PRONOUNS.reduce((acc, [pattern, to]) => acc.replace(pattern, to), part)))
    .join('');
}

function lowerFirstWord(text: string): string {
  if (PROPER_START.test(text)) return text;
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLowerCase() + text.slice(ch.length);
}
