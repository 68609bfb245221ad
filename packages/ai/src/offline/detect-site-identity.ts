import type { BusinessProfile } from '@statex/core';
import { detectBusinessType, isBusinessNoun, type BusinessType } from './business-types.ts';
import nlp from 'compromise';
import { lexiconFor } from './language/index.ts';
import { collapseWhitespace, phrasePattern, truncate } from './normalize-text.ts';

export interface SiteIdentity {
  /** The site's title: the business name when stated, otherwise a descriptive title from the kind of business. */
  title: string;
  /** One line under the title, in the customer's own words where the brief describes the business. */
  tagline: string;
}

const QUOTE = String.raw`["“„«‘'‚]([^"“”„«»‘’'\n]{2,60}?)["”“»’'‘]`;
// "called", "namens", "appelé", "llamado", "chiamato", "genaamd", "jménem", "o nazwie", "под названием", "باسم".
const CALLED = String.raw`(?:called|named|name is|brand name is|namens|genannt|heißt|heisst|heißen|appelée?|nommée?|s['’]appelle|llamad[oa]|se llama|chiamat[oa]|si chiama|genaamd|heet|jménem|s názvem|se jmenuje|o nazwie|nazywa się|pod nazwą|под названием|называется|باسم|اسمه|اسمها)`;
const TITLES = new Set(['dr', 'dr.', 'mudr.', 'mvdr.', 'prof.', 'ing.', 'mgr.', 'dott.', 'dott.ssa', 'avv.', 'st.', 'mr.', 'mrs.', 'ms.']);
const JOINERS = new Set(['&', 'and', 'und', 'et', 'y', 'e', 'of', 'the', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'los', 'las', 'van', 'von', 'der', 'den', 'zu', 'am', 'im', 'au', 'aux', 'u']);
// A run starts a sentence with one of these: no name follows ("We", "Hello", "Unsere", "Nous").
const NOT_NAMES = new Set(
  ('i we our my me us you hi hello hey dear please thanks this that these here there it its the a an what how why when who which ' +
    'ich wir unser unsere unseren mein meine hallo liebe lieber bitte danke das der die den dem ein eine es sie ' +
    'je nous notre nos mon ma mes bonjour merci le la les un une il ' +
    'yo nosotros nuestro nuestra hola gracias el los las una ' +
    'io noi nostro nostra ciao buongiorno grazie lo gli ' +
    'ik wij we onze ons mijn hallo dag bedankt het een ' +
    'já my náš naše naši dobrý den ahoj děkuji ' +
    'ja my nasz nasza nasze dzień dobry cześć dziękuję ' +
    'я мы наш наша наше здравствуйте привет спасибо').split(' '),
);
// A leading article of a language we read ("Il B&B …", "The Old Mill …"): not part of the name unless the name goes on.
const ARTICLES = new Set(['the', 'il', 'lo', 'la', 'le', 'les', 'l', 'el', 'los', 'las', 'der', 'die', 'das', 'de', 'het', 'een', 'a', 'an']);
const COMPANY_SUFFIX = /((?:(?:[\p{Lu}][\p{L}\d&'’-]*|&|and|und|of)\s+){0,4})(Ltd|GmbH|Inc|LLC|AG|SA|S\.A\.|SRL|s\.r\.o\.|spol\. s r\.o\.|Sp\. z o\.o\.|BV|B\.V\.|Corp|KG|OHG|UG|e\.K\.|e\.V\.|Limited|PLC|Pty|SARL|SAS|S\.L\.|a\.s\.|ООО|ОАО|ЗАО)(?![\p{L}])\.?/u;
const WE_ARE = /(?:^|[.!?,]\s+|\s)(?:we are|we're|i run|we run|i own|we own|here at|manager at|owner of|founder of|work at|wir sind|nous sommes|somos|siamo|wij zijn|we zijn|jesteśmy|jsme|мы\s*[—–-]|мы\s+это|нас зовут)\s+/giu;
// "Wir sind das Gasthaus …": a lower-case article before the name is not part of it.
const LOWER_ARTICLE = /^(?:das|die|der|den|le|la|les|l['’]|el|los|las|il|lo|het|de)\s+(?=\p{Lu})/u;
const ROLE_AT = /(?:^|\s)(?:lead|manager|owner|founder|co-founder|director|ceo|cto|head|secretary|receptionist|assistant|partner|segretari[ao]|titolare|responsabile|inhaber(?:in)?|leiter(?:in)?|geschäftsführer(?:in)?|gérante?|directeur|directrice|jsem\s+\p{Lu}\p{L}+|jestem\s+\p{Lu}\p{L}+|i['’]m\s+\p{Lu}\p{L}+|i am\s+\p{Lu}\p{L}+|ich bin\s+\p{Lu}\p{L}+|soy\s+\p{Lu}\p{L}+|sono\s+\p{Lu}\p{L}+|je suis\s+\p{Lu}\p{L}+|ik ben\s+\p{Lu}\p{L}+|меня зовут\s+\p{Lu}\p{L}+)[,]?\s+(?:at|of|from|with|bei|von|vom|der|des|chez|de|du|la|del|dello|della|di|z|ze|w|из|в)\s+(?:the\s+|la\s+|le\s+|il\s+|lo\s+|el\s+|die\s+|der\s+|das\s+)?(?=[\p{Lu}\d])/gu;

// The opening words match in either case ("Siamo", "siamo"); the name after them must be capitalised.
const KIND_OPENERS = [
  'we are', "we're", 'our', 'my', 'wir sind', 'unsere', 'unserem', 'unseren', 'unserer', 'unser', 'nous sommes', 'notre', 'somos', 'nuestro',
  'nuestra', 'siamo', 'il nostro', 'la nostra', 'wij zijn', 'we zijn', 'onze', 'ons', 'jsme', 'naše', 'náš', 'naši', 'jesteśmy', 'nasza',
  'nasz', 'nasze', 'мы', 'наш', 'наша', 'наше',
];
const KIND_THEN_NAME = new RegExp(
  `(?:^|\\s)(?:${KIND_OPENERS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|')})\\s+((?:(?:the|a|an|il|lo|la|le|l['’]|el|un|una|une|der|die|das|ein|eine|de|het|een)\\s+)?(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3})(?=\\p{Lu})`,
  'gu',
);

// "Riverside Physio, a physiotherapy clinic": a name followed by what it is.
const APPOSITION = /(?:^|[\s,.(])((?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|de|del|la|di|da|van|von|of|the|&))*)\s*,\s+(?:a|an|un|une|una|uno|ein|eine|een|jedna|один|одна)\s+((?:\S+\s+){0,3}?\S+)(?=[\s,.;:]|$)/gu;
const ARABIC_TYPE = /(?:^|\s|[.،])(?:شركة|مطعم|مقهى|عيادة|متجر|محل|فندق|مخبز|صالون|مكتب|مركز|أكاديمية|مدرسة|جمعية|مؤسسة|وكالة|نادي|استوديو|مجموعة)\s+(?!(?:في|ب|من|على|مع|ل|إلى|الذي|التي)\s)((?:[\p{Script=Arabic}]+\s*){1,3}?)(?=\s+(?:في|ب|من|على|مع|منذ|التي|الذي|هي|هو)\s|[.،,:!؟]|$)/u;

// Legal forms that end with a full stop of their own ("s.r.o.", "e.V."): the stop stays.
const DOTTED_SUFFIX = /(?:s\.r\.o|a\.s|e\.V|e\.K|S\.A|S\.L|B\.V|o\.o)\.$/u;

function cleanName(name: string): string {
  const trimmed = name.replace(/^[\s,;:—–-]+/u, '').trim();
  const kept = DOTTED_SUFFIX.test(trimmed) ? trimmed : trimmed.replace(/[\s,;:.—–-]+$/u, '');
  return truncate(kept.trim(), 200);
}

/** A capitalised run of words from the start of `text`: "La Taberna de Lola", "Dr. Weber", "B&B Casa Lucia". */
function capitalisedRun(text: string): string[] {
  const tokens = text.split(/\s+/);
  const run: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] as string;
    const token = raw.replace(/[,;:!?)]+$/u, '');
    const ended = token !== raw || (/\.$/u.test(token) && !TITLES.has(token.toLowerCase()) && !/^\p{Lu}\.$/u.test(token));
    const word = token.replace(/\.$/u, '');
    const capital = /^[\p{Lu}\d]/u.test(word) || /^\p{Lu}/u.test(word.replace(/^[„“"'«]/u, '')) || TITLES.has(token.toLowerCase()) || word === '&';
    const joiner = JOINERS.has(word.toLowerCase()) && run.length > 0 && /^[\p{Lu}\d&]/u.test(tokens[i + 1] ?? '');
    if (!(capital || joiner) || word === '') break;
    run.push(TITLES.has(token.toLowerCase()) ? token : word);
    if (ended) break;
  }
  while (run.length > 0 && JOINERS.has((run.at(-1) as string).toLowerCase())) run.pop();
  return run;
}

/**
 * The name within a run: a leading kind-of-business word goes when a name follows it ("Fietsenmaker
 * De Snelle Spaak", "Il B&B Casa Lucia"), with the article before it; it stays before a title
 * ("Zahnarztpraxis Dr. Weber") or a lower-case continuation ("La Taberna de Lola").
 */
function nameFromRun(run: readonly string[]): string | null {
  const words = [...run];
  let start = ARTICLES.has((words[0] ?? '').toLowerCase()) && words.length > 2 ? 1 : 0;
  let stripped = start;
  for (;;) {
    const pair = `${words[stripped] ?? ''} ${words[stripped + 1] ?? ''}`;
    const step = stripped < words.length - 2 && isBusinessNoun(pair) ? 2 : stripped < words.length - 1 && isBusinessNoun(words[stripped] as string) ? 1 : 0;
    const next = words[stripped + step] ?? '';
    if (step === 0 || !/^[\p{Lu}\d]/u.test(next)) break;
    // "Studio Dentistico Dott. Rossi", "Zahnarztpraxis Dr. Weber": before a titled person the kind stays.
    if (TITLES.has(next.toLowerCase())) {
      stripped = start;
      break;
    }
    stripped += step;
  }
  // "Hotel Adlon", "Studio Nova": a kind before a single plain word is part of the name.
  const rest = words.slice(stripped);
  const shaped = rest.length > 1 || /\p{Ll}\p{Lu}|\d|&/u.test(rest[0] ?? '');
  start = stripped > start && shaped ? stripped : 0;
  const name = words.slice(start);
  if (name.length === 0) return null;
  if (name.length === 1 && (isBusinessNoun(name[0] as string) || NOT_NAMES.has((name[0] as string).toLowerCase()))) return null;
  if (NOT_NAMES.has((name[0] as string).toLowerCase()) && !ARTICLES.has((name[0] as string).toLowerCase())) return null;
  return cleanName(name.join(' ')) || null;
}

/** Sentences, never ended by a title or an initial ("Dr. Weber", "U. Kocour"). */
function sentencesOf(text: string): string[] {
  const parts = collapseWhitespace(text).split(/(?<=[.!?؟])\s+(?=[\p{Lu}\p{Script=Arabic}\p{Script=Cyrillic}])/u);
  const sentences: string[] = [];
  for (const part of parts) {
    const previous = sentences.at(-1);
    const lastWord = previous?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (previous !== undefined && (TITLES.has(lastWord) || /^\p{L}\.$/u.test(lastWord))) sentences[sentences.length - 1] = `${previous} ${part}`;
    else sentences.push(part);
  }
  return sentences.filter(Boolean);
}

function isPersonName(candidate: string, person: string): boolean {
  if (person === '') return false;
  const parts = person.toLowerCase().split(/\s+/).filter((p) => p.length >= 3);
  const name = candidate.toLowerCase();
  return name === person.toLowerCase() || parts.some((p) => name === p || name.split(/\s+/).every((w) => parts.includes(w)));
}

/** The business name as stated in a text, if it is: quoted or "called …", "We are …", a company suffix, or the name that opens it. */
export function detectBusinessName(text: string, customerName = ''): string | null {
  // Markdown headings ("## About us") and bullets are structure, not the opening of a sentence.
  const flat = collapseWhitespace(text.replace(/^\s*#{1,6}\s+.*$/gmu, '').replace(/^\s*[-*•]\s+/gmu, ''));
  const person = collapseWhitespace(customerName);
  const accept = (candidate: string | null | undefined): string | null => {
    const name = candidate ? cleanName(candidate) : '';
    if (name === '' || isPersonName(name, person)) return null;
    if (name.split(/\s+/).every((w) => isBusinessNoun(w) || NOT_NAMES.has(w.toLowerCase()))) return null;
    return name;
  };

  const called = new RegExp(`${CALLED}\\s*:?\\s*(?:${QUOTE}|([\\p{Lu}\\p{Script=Arabic}][^\\s,.;:!?]*(?:\\s+[^\\s,.;:!?]+){0,4}))`, 'iu').exec(flat);
  if (called) {
    const quoted = accept(called[1]);
    if (quoted) return quoted;
    const run = called[2] ? (/\p{Script=Arabic}/u.test(called[2]) ? called[2].split(/\s+/).slice(0, 2).join(' ') : nameFromRun(capitalisedRun(called[2]))) : null;
    const name = accept(run);
    if (name) return name;
  }
  const firstSentences = sentencesOf(flat).slice(0, 3).join(' ');
  const quoted = new RegExp(QUOTE, 'u').exec(firstSentences);
  const inQuotes = quoted?.[1]?.trim() ?? '';
  if (/^[\p{Lu}\d\p{Script=Arabic}]/u.test(inQuotes) && inQuotes.split(/\s+/).length <= 5) {
    const name = accept(inQuotes);
    if (name) return name;
  }
  const company = COMPANY_SUFFIX.exec(flat);
  if (company && (company[1] ?? '').trim() !== '') {
    // "Firma NetServis s.r.o.": a generic word before the name goes.
    const words = (company[1] ?? '').trim().split(/\s+/);
    while (words.length > 1 && isBusinessNoun(words[0] as string)) words.shift();
    const name = accept(`${words.join(' ')} ${company[2] ?? ''}${/\.$/u.test(company[0]) && !(company[2] ?? '').endsWith('.') ? '.' : ''}`);
    if (name) return name;
  }
  for (const we of flat.matchAll(WE_ARE)) {
    const rest = flat.slice((we.index ?? 0) + we[0].length).replace(LOWER_ARTICLE, '');
    const run = capitalisedRun(rest);
    const name = accept(nameFromRun(run));
    if (name && (name.split(/\s+/).length > 1 || /\p{Ll}\p{Lu}|\d|&|^\p{Lu}{2,}$/u.test(name) || /^[^\s]+\s*[,.;:!?—–-]|^[^\s]+$/u.test(rest))) return name;
  }
  for (const apposition of flat.matchAll(APPOSITION)) {
    if (detectBusinessType(apposition[2] ?? '') === 'other') continue;
    const name = accept(nameFromRun(capitalisedRun(apposition[1] ?? '')));
    if (name && !NOT_NAMES.has(name.toLowerCase())) return name;
  }
  // "Siamo il centro benessere Acqua Viva", "für unsere Galerie Kunstraum Süd", "we are the bakery Sunrise".
  for (const kind of flat.matchAll(KIND_THEN_NAME)) {
    const lead = (kind[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const run = capitalisedRun(flat.slice((kind.index ?? 0) + kind[0].length));
    const named = nameFromRun(run);
    const runKind = run.length > 1 && isBusinessNoun(run[0] as string);
    if (!named || !(lead.some((w) => isBusinessNoun(w)) || runKind)) continue;
    const name = accept(named);
    if (name) return name;
  }
  // "ops lead at FleetNest", "sono la segretaria dello Studio …", "jsem Jakub z Pekárny Kvásek".
  for (const role of flat.matchAll(ROLE_AT)) {
    const run = capitalisedRun(flat.slice((role.index ?? 0) + role[0].length));
    const name = accept(nameFromRun(run));
    if (name && (run.length > 1 || /\p{Ll}\p{Lu}|\d|&/u.test(name) || !lexiconActor(name))) return name;
  }
  const arabic = ARABIC_TYPE.exec(flat);
  if (arabic) {
    const name = accept(arabic[1]?.trim());
    if (name) return name;
  }
  // The name that opens a sentence: "BrewBox delivers …", "Zahnarztpraxis Dr. Weber in Leipzig.", "Il B&B Casa Lucia a Lucca …".
  for (const sentence of sentencesOf(flat).slice(0, 2)) {
    const opening = sentence.replace(/^[^\p{L}\d"“„«]+/u, '');
    // "Zubní ordinace MUDr. Nováková", "Salon fryzjerski Anna": a kind in lower case, then the name.
    const described = /^((?:[\p{L}'’]+\s+){1,3}?)((?:[\p{Lu}]|MUDr\.|MVDr\.|Dr\.|Ing\.|Mgr\.)\S*(?:\s+\S+)*)$/u.exec(opening);
    const lead = (described?.[1] ?? '').trim().split(/\s+/);
    if (described && lead.slice(0, 2).some((w) => detectBusinessType(w.replace(/^[ldLD]['’]/u, '')) !== 'other') && /^\p{Ll}/u.test(lead.at(-1) ?? '') && !PLACE_PREPOSITIONS.has((lead.at(-1) ?? '').toLowerCase())) {
      const run = capitalisedRun(described[2] as string);
      const titled = TITLES.has((run[0] ?? '').toLowerCase());
      const name = accept(titled ? `${(described[1] as string).trim()} ${run.join(' ')}` : nameFromRun(run));
      // A capitalised word after a lower-case kind of business ("L'école de musique Arpège") is its name.
      if (name && (titled || run.length > 1 || !lexiconActor(name))) return name;
    }
    const run = capitalisedRun(opening);
    const name = accept(nameFromRun(run));
    if (name && plausibleName(name, run, opening)) return name;
  }
  return null;
}

// "Bar in Prague": a place after the kind of business is not its name.
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'im', 'bei', 'am', 'à', 'au', 'en', 'a', 'di', 'da', 'del', 'w', 'we', 'v', 've', 'u', 'na', 'в', 'во', 'на', 'у', 'في', 'op', 'te', 'bij', 'aan', 'nad', 'pod', 'z', 'ze', 'from', 'von', 'aus', 'de']);

// "X is a …", "X ist ein …", "X est un …": a sentence defining what X is.
const DEFINES_BARE = /^\s*(?:is|ist|est|es|è|je|jest)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u;
const DEFINES = /^\s*(?:is|ist|est|es|è|is|je|jest|—|–|-|это|,)\s+(?:an?|the|ein|eine|un|une|uno|una|een|de|het|il|la|el|le)?(?![\p{L}])/iu;
const NEW_SITE = /^(?:new|neue|neuer|neues|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuwe|nový|nová|nowa|nowy|новый|новая)$/iu;
const SITE_WORDS = phrasePattern(['website', 'webseite', 'homepage', 'site', 'web', 'app', 'online-shop', 'onlineshop', 'e-shop', 'stránky', 'strona', 'сайт']);

/**
 * Whether the run opening a sentence is a name rather than an ordinary capitalised word: a run of
 * several words, a shaped word (BrewBox, B&B, 4U, ACME), a word the sentence defines ("Sunrise is a
 * bakery"), or in English a word followed by its verb that is no role or pronoun.
 */
function plausibleName(name: string, run: readonly string[], sentence: string): boolean {
  const words = name.split(/\s+/);
  if (SITE_WORDS.test(name) || NEW_SITE.test(words[0] ?? '')) return false;
  const afterRun = sentence.slice(run.join(' ').length);
  if (words.length > 1) return !lexiconActor(words.at(-1) as string);
  const word = words[0] as string;
  if (/\p{Ll}\p{Lu}|\d|&|^\p{Lu}{2,}$/u.test(word)) return true;
  if (lexiconActor(word)) return false;
  if (DEFINES.test(afterRun)) return true;
  // "Ledgerly is accounting software": defined, without an article, as a kind of business.
  const defined = DEFINES_BARE.exec(afterRun);
  if (defined && detectBusinessType(defined[1] ?? '') !== 'other') return true;
  const next = nlp(`${word}${afterRun}`).terms().json()[1] as { terms?: Array<{ tags?: string[] }> } | undefined;
  const tags = next?.terms?.[0]?.tags ?? [];
  return /^[\x00-\x7f\s\p{P}]*$/u.test(sentence) && tags.includes('Verb') && !tags.includes('Copula') && !tags.includes('Modal') && !tags.includes('Auxiliary');
}

const ACTOR_MATCHERS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'cs', 'pl', 'ru'].map((l) => phrasePattern(lexiconFor(l).actors));

function lexiconActor(word: string): boolean {
  return ACTOR_MATCHERS.some((m) => m.test(word));
}

const CITY = /(?:^|\s)(?:in|at|near|à|en|a|in de|nabij|bei|near|em|في)\s+(\p{Lu}[\p{L}'’-]+(?:[\s-](?:\p{Lu}[\p{L}'’-]+|de|del|am|an|sur|upon|on))*|ال\p{Script=Arabic}+)/u;

/** The town the brief names next to the business, in languages that do not inflect place names. */
function detectCity(text: string, language: string): string | undefined {
  if (!['en', 'de', 'fr', 'es', 'it', 'nl', 'ar'].includes(language)) return undefined;
  for (const sentence of sentencesOf(text).slice(0, 3)) {
    const match = CITY.exec(sentence);
    const city = match?.[1]?.replace(/[.,;:]+$/u, '');
    if (city && !isBusinessNoun(city) && !NOT_NAMES.has(city.toLowerCase())) return city;
  }
  return undefined;
}

// "our yoga studio", "unsere kleine Bäckerei", "notre cabinet dentaire": the customer's own name for the kind.
const OUR_KIND = /(?:^|\s)(?:our|my|unsere[mnrs]?|unser|meine[mnrs]?|mein|notre|mon|ma|nuestr[oa]|mi|il nostro|la nostra|il mio|la mia|nostro|nostra|onze|ons|mijn)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?=[\s,.;:!?]|$)/giu;

/**
 * A title in the customer's own words when the business has no name ("Our yoga studio …" → "Yoga
 * studio"), in languages that do not inflect the noun after a possessive; elsewhere the caller's
 * title for the kind is used.
 */
function ownWordsForKind(brief: string, language: string): string | null {
  if (!['en', 'de', 'fr', 'es', 'it', 'nl'].includes(language)) return null;
  for (const match of collapseWhitespace(brief).matchAll(OUR_KIND)) {
    const phrase = match[1] ?? '';
    const words = phrase.split(/\s+/);
    // The phrase ends at the last word naming the kind ("yoga studio has been" → "yoga studio").
    // One describing word may come first ("small bakery"); then the words naming the kind, in a row.
    const kindWord = (w: string): boolean => isBusinessNoun(w) && !SITE_WORDS.test(w) && !NOT_NAMES.has(w.toLowerCase());
    let end = -1;
    for (let i = 0; i < words.length; i++) {
      if (kindWord(words[i] as string)) end = i;
      else if (end >= 0 || i >= 1) break;
    }
    if (end < 0 || !words.slice(0, end + 1).some((w) => detectBusinessType(w) !== 'other')) continue;
    const kind = words.slice(0, end + 1).join(' ');
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }
  return null;
}

export interface IdentityInput {
  brief: string;
  /** Texts of the documents, read for a name when the brief gives none. */
  documents?: readonly string[];
  customerName?: string;
  /** Statements of the brief that describe rather than ask. */
  context: readonly string[];
  language?: string;
  /** A title for a business of a kind, in the request's language ("Zubní ordinace"), when no name is found. */
  titleForType?: (type: BusinessType) => string;
}

/**
 * The business behind a brief: its name (never the contact person's), its kind, its town and a
 * line about it in the customer's words.
 */
export function detectBusiness(input: IdentityInput): BusinessProfile & { named: boolean } {
  const person = input.customerName ?? '';
  const name = detectBusinessName(input.brief, person) ?? (input.documents ?? []).map((d) => detectBusinessName(d.slice(0, 2000), person)).find(Boolean) ?? null;
  const type = detectBusinessType(sentencesOf(input.brief).slice(0, 2).join(' ')) === 'other' ? detectBusinessType(input.brief) : detectBusinessType(sentencesOf(input.brief).slice(0, 2).join(' '));
  const title = name ?? ownWordsForKind(input.brief, input.language ?? 'en') ?? input.titleForType?.(type) ?? 'Website';
  const mentions = (statement: string) => (name !== null && statement.includes(name)) || detectBusinessType(statement) !== 'other';
  const tagline = input.context.find(mentions) ?? '';
  const city = detectCity(input.brief, input.language ?? 'en');
  return { name: truncate(title, 200), type, tagline: truncate(tagline, 300), ...(city ? { city } : {}), named: name !== null };
}

/** Title and tagline for the site, as before: the business's name, or a descriptive title. */
export function detectSiteIdentity(input: IdentityInput): SiteIdentity {
  const business = detectBusiness(input);
  return { title: business.name, tagline: business.tagline };
}
