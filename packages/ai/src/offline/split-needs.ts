import nlp from 'compromise';
import { classifyKind } from './classify-requirement.ts';
import type { Lexicon } from './language/lexicon.ts';
import { upperFirstWord } from './language/lexicon.ts';

/**
 * One statement of a brief read as the needs it states. "Office managers sign up their company,
 * choose a plan and schedule delivery days" is one actor and three actions; "Chceme ceník,
 * představení týmu a mapu" one want and three things; "Services: bookkeeping, VAT, payroll" one
 * need whose values are listed. Each part keeps the customer's words.
 */
export interface StatedPart {
  /** The customer's words for this one need, with its head ("Patients … book appointments"). */
  stated: string;
  /** The need phrased as a statement in the text's language; null when the caller phrases it. */
  phrased: string | null;
  actor?: string;
  /** The words that carry the priority: the want or modal phrase and the part itself. */
  cue: string;
  /** What is asked, without who asks: the action or the thing (what the kind is read from). */
  what: string;
  /** Stated as a wish on a condition ("it would be great if …"): a could-have. */
  hedged?: boolean;
  /** A thing wanted without a verb ("a team page"); English phrasing treats these as objects. */
  fragment: boolean;
}

export type Reading =
  | { kind: 'needs'; parts: StatedPart[] }
  | { kind: 'goal'; text: string }
  | { kind: 'none' };

const matchers = new WeakMap<Lexicon, Matchers>();

interface Matchers {
  conditional: RegExp;
  modalEnd: RegExp;
  actorStart: RegExp;
  arabicActor: RegExp | null;
  modalStart: RegExp;
  ableStart: RegExp;
  ableEnd: RegExp;
  want: RegExp;
  siteStart: RegExp;
  siteModal: RegExp;
  withStart: RegExp;
  relativeStart: RegExp;
  forStart: RegExp;
  conjunction: RegExp;
  conjunctionStart: RegExp;
  subordinatorStart: RegExp;
  determinerStart: RegExp | null;
  fillers: RegExp;
  stative: RegExp;
  language: RegExp;
}

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.toLowerCase().replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*$/, '[\\p{L}\\p{N}]*').replace(/ /g, '\\s+'))
    .join('|');
}

// Arabic attaches prefixes (و، ب، ل، ال) to words, so its phrases are not bounded by letters.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const FOR_WORDS: Record<string, string> = {
  en: 'for', de: 'für', fr: 'pour', es: 'para', it: 'per', nl: 'voor', cs: 'pro', pl: 'dla', ru: 'для', ar: 'ل',
};

function matchersFor(lex: Lexicon): Matchers {
  const cached = matchers.get(lex);
  if (cached) return cached;
  const ar = lex.locale === 'ar';
  const b = ar ? '' : B;
  const actors = alternation(lex.actors);
  const m: Matchers = {
    conditional: new RegExp(`^(?:[^\\s]+\\s+){0,3}?(?:${alternation(lex.conditionals)})${E}[,\\s]*`, 'iu'),
    // German and Dutch clauses end with their modal ("…, wenn Patienten Termine buchen könnten").
    modalEnd: new RegExp(`\\s+(?:${alternation([...lex.modals, 'könnten', 'konnten', 'zouden kunnen'])})$`, 'iu'),
    // Up to two words before the actor noun ("The company admin", "Gli ospiti", "Our regular customers").
    actorStart: new RegExp(`^((?:[\\p{L}'’&-]+\\s+){0,2}?${b}(?:${actors})${E})\\s+(.+)$`, 'iu'),
    arabicActor: ar ? new RegExp(`^(?:يجب أن يتمكن|يجب أن يستطيع|يمكن|يستطيع|يتمكن|ينبغي أن يتمكن)\\s+(?:ل)?(${actors})\\s+(?:من\\s+)?(.+)$`, 'u') : null,
    modalStart: new RegExp(`^(${alternation(lex.modals)})${E}\\s*`, 'iu'),
    ableStart: new RegExp(`^(?:${alternation(lex.ableTo)})${E}\\s*`, 'iu'),
    ableEnd: new RegExp(`\\s+(?:${alternation(lex.ableTo)})$`, 'iu'),
    want: new RegExp(`^((?:[^\\s]+\\s+){0,8}?${b}(?:${alternation(lex.wants)})${E})\\s*(.*)$`, 'iu'),
    siteStart: new RegExp(`^((?:[\\p{L}'’-]+\\s+){0,3}?)${b}(?:${alternation(lex.siteNouns)})${E}(?:\\s+(?:web|internet|online|internetow\\p{L}*|webov\\p{L}*|إلكتروني\\p{L}*))?\\s*,?\\s*(.*)$`, 'iu'),
    siteModal: new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,2}?${b}(?:${alternation(lex.siteNouns)})${E}\\s+(?:${alternation(lex.modals)})${E}`, 'iu'),
    withStart: new RegExp(`^(?:${alternation(lex.withWords)})${E}\\s*`, 'iu'),
    relativeStart: new RegExp(`^(?:${alternation(lex.relatives)})${E}\\s*`, 'iu'),
    forStart: new RegExp(`^${FOR_WORDS[lex.locale] ?? 'for'}${ar ? '' : E}`, 'iu'),
    conjunction: new RegExp(`\\s(?:${alternation(lex.conjunctions)})\\s`, 'giu'),
    conjunctionStart: new RegExp(`^(?:${alternation(lex.conjunctions)})${E}\\s*`, 'iu'),
    subordinatorStart: new RegExp(`^(?:${alternation(lex.subordinators)})${ar ? '(?=\\s)' : E}`, 'iu'),
    determinerStart: lex.determiners.length > 0 ? new RegExp(`^(?:${alternation(lex.determiners)})${E}`, 'iu') : null,
    fillers: new RegExp(`^(?:(?:${alternation(lex.fillers)})${E}[,\\s]*)+`, 'iu'),
    stative: new RegExp(`^(?:${alternation(lex.stativeVerbs)})${E}`, 'iu'),
    language: new RegExp(`${b}(?:${alternation(lex.languageNames)})`, 'iu'),
  };
  matchers.set(lex, m);
  return m;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function trimPart(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:.!?–—-]+$/gu, '').trim();
}

const QUOTE_CLOSERS: Record<string, string> = { '„': '“', '«': '»', '“': '”', '"': '"', '‚': '‘' };

/**
 * Splits a list at its top level: commas followed by a space (not "6,50"), Arabic commas and
 * semicolons, never inside brackets or quotes, so "services (cleaning, repairs)" stays one item.
 */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  // The quote mark that closes the open quotation: „…“ (German, Czech), «…», “…”, "…".
  let closer: string | null = null;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (closer !== null && (ch === closer || (closer === '“' && ch === '”'))) closer = null;
    else if (closer === null && ch in QUOTE_CLOSERS) closer = QUOTE_CLOSERS[ch] as string;
    const separator = depth === 0 && closer === null && ((ch === ',' && /\s/.test(text[i + 1] ?? ' ')) || ch === '،' || ch === '؛' || ch === ';');
    if (separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(trimPart).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Last top-level occurrence of a joining conjunction in `text`, as [left, right]. */
function splitLastConjunction(text: string, m: Matchers): [string, string] | null {
  let depth = 0;
  const inside = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) inside.add(i);
  }
  let found: RegExpExecArray | null = null;
  m.conjunction.lastIndex = 0;
  for (let hit = m.conjunction.exec(text); hit; hit = m.conjunction.exec(text)) {
    if (!inside.has(hit.index)) found = hit;
    m.conjunction.lastIndex = hit.index + 1;
  }
  if (!found) return null;
  const left = trimPart(text.slice(0, found.index));
  const right = trimPart(text.slice(found.index + found[0].length));
  return left && right ? [left, right] : null;
}

/** Arabic joins a list's items with a "و" written onto the next word ("، وجدولة زيارة"). */
function dropArabicAnd(item: string): string {
  return item.replace(/^و(?=\p{Script=Arabic}{3,})/u, '');
}

function isVerbPhrase(phrase: string, lex: Lexicon): boolean {
  if (lex.locale !== 'en') return lex.looksLikeAction(phrase);
  // Tagged after a subject so "book" and "ask" read as verbs, not nouns.
  const first = nlp(`they ${phrase}`).terms().json()[1] as { terms?: Array<{ tags?: string[] }> } | undefined;
  const tags = first?.terms?.[0]?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('Auxiliary');
}

interface ItemOptions {
  /** The items are actions of one actor: "X and Y" splits when Y is an action too. */
  actions: boolean;
}

/**
 * The items of a list of wanted things or actions. A list whose items are single words or names of
 * languages is the values of one need ("in Italian, English and German"), kept whole.
 */
export function splitItems(text: string, lex: Lexicon, options: ItemOptions): string[] {
  const m = matchersFor(lex);
  const raw = splitTopLevel(text);
  const items: string[] = [];
  raw.forEach((part, i) => {
    let item = part;
    if (i > 0) item = item.replace(m.conjunctionStart, '');
    if (lex.locale === 'ar' && i > 0) item = dropArabicAnd(item);
    // "…, so that customers …" belongs to the item before it.
    if (i > 0 && items.length > 0 && m.subordinatorStart.test(item) && !m.determinerStart?.test(item)) {
      items[items.length - 1] = `${items[items.length - 1]}, ${item}`;
      return;
    }
    items.push(item);
  });
  // The last item carries the final "and": split it when both sides are things or actions of their own.
  const last = items.at(-1);
  if (last !== undefined) {
    const pair = splitLastConjunction(last, m);
    if (pair) {
      const [left, right] = pair;
      // After a comma list the last "and" joins the last two items.
      const listed = items.length >= 2;
      // Two noun phrases, each with an article (or, in languages without articles, each of two words or more).
      const shaped =
        m.determinerStart !== null
          ? m.determinerStart.test(left) && m.determinerStart.test(right) && words(left) >= 2 && words(right) >= 2
          : !options.actions && words(left) >= 2 && words(right) >= 2;
      // "a gallery of our dishes and the dining room" is one thing: the right side must be a feature of its own.
      const rightKind = classifyKind(right);
      const bothThings = shaped && ((rightKind !== 'other' && rightKind !== classifyKind(left)) || PAGE_NOUN.test(right.replace(m.determinerStart ?? /^$/u, '').trim()));
      // "… assign parcels to drivers and drivers upload photos": a new actor starts a new action.
      const bothActions = options.actions && ((isVerbPhrase(right, lex) && (lex.locale === 'en' || lex.looksLikeAction(left) || items.length >= 2)) || m.actorStart.test(right));
      const actionsVerbFinal = options.actions && (lex.locale === 'de' || lex.locale === 'nl') && lex.looksLikeAction(left) && lex.looksLikeAction(right);
      if (listed || bothThings || bothActions || actionsVerbFinal) {
        items.splice(items.length - 1, 1, left, lex.locale === 'ar' ? dropArabicAnd(right) : right);
      }
    }
  }
  // "službami a ceníkem paušálů a referencemi": a list joined by conjunctions alone.
  if (items.length === 1 && !options.actions) {
    const joined = (items[0] as string).split(m.conjunction).map(trimPart).filter(Boolean);
    if (joined.length >= 3) items.splice(0, 1, ...joined);
  }
  if (items.length < 2) return items;
  const values = items.every((item) => words(item) <= 1) || items.every((item) => m.language.test(item) && words(item) <= 3);
  return values ? [trimPart(text)] : items.map(trimPart).filter(Boolean);
}

function stripFillers(text: string, m: Matchers): string {
  return text.replace(m.fillers, '').trim();
}

/** "Rezepte nachbestellen können" → "Rezepte nachbestellen"; "een reparatie kunnen inplannen" → "een reparatie inplannen". */
function dropAbleTo(action: string, lex: Lexicon, m: Matchers): string {
  let text = action.replace(m.ableStart, '').replace(m.ableEnd, '');
  if (lex.locale === 'nl') text = text.replace(/\s+kunnen(?=\s)/iu, '');
  return text.trim();
}

function englishInfinitive(action: string): string {
  const [first = '', ...rest] = action.split(/\s+/);
  if (!/s$/i.test(first) || /ss$/i.test(first)) return action;
  const base = nlp(first).verbs().toInfinitive().text();
  return base && base.toLowerCase() !== first.toLowerCase() ? [base, ...rest].join(' ') : action;
}

// "permettre aux bénévoles", "a page for users": a preposition before the people makes them no subject.
const NOT_A_SUBJECT = /(?:^|\s)(?:to|for|with|aux|à|au|a|de|des|du|di|da|per|für|zu|zum|zur|mit|pro|pro|dla|для|ل|voor|met|para|con|an|at)\s/iu;

// "Therapist profiles" is a thing; "The admin sees spending" and "Members book desks" are actions.
const ENGLISH_DETERMINED = /^(?:the|a|an|each|every|any|our|your|their|its)\s/iu;

function englishSubjectAgrees(actor: string, body: string): boolean {
  const head = actor.split(/\s+/).at(-1) ?? '';
  const verb = body.split(/\s+/)[0] ?? '';
  const plural = /s$/iu.test(head) || /^(?:people|staff|children|everyone|anyone|they)$/iu.test(head);
  if (plural) return !/[^s]s$/iu.test(verb) || /^(?:is|was|has|does)$/iu.test(verb) === false && !/[^s]s$/iu.test(verb);
  return ENGLISH_DETERMINED.test(actor) && /[^s]s$/iu.test(verb);
}

function actorLabel(actor: string): string {
  return actor.replace(/^(?:the|our|die|der|les|los|las|gli|le|i|de|het|nasi|naši|наши)\s+/iu, '');
}

function actorParts(actor: string, rest: string, lex: Lexicon, head: string, headModal = false): StatedPart[] | null {
  const m = matchersFor(lex);
  let body = stripFillers(rest, m);
  let modal: RegExpExecArray | null = m.modalStart.exec(body);
  if (modal) body = stripFillers(body.slice(modal[0].length), m).replace(m.ableStart, '');
  else if ((lex.locale === 'de' || lex.locale === 'nl') && m.modalEnd.test(body)) {
    modal = m.modalEnd.exec(body);
    body = body.replace(m.modalEnd, '');
  } else if (!headModal) {
    // "Area studenti con materiali": a noun phrase, not an actor doing something.
    if (m.subordinatorStart.test(body) || m.determinerStart?.test(body)) return null;
    // Without a modal the actor may be described rather than asked for ("Our guests love the view").
    if (m.stative.test(body)) return null;
    if (lex.locale === 'en' && (!isVerbPhrase(body, lex) || !englishSubjectAgrees(actor, body))) return null;
  }
  if (words(body) < 1) return null;
  const items = splitItems(body, lex, { actions: true });
  let current = actor;
  let currentModal = Boolean(modal) || headModal;
  return items.map((raw) => {
    let item = raw;
    // "…, and volunteers sign up for shifts": a new actor takes over for this and the following actions.
    const other = m.actorStart.exec(item);
    if (other && raw !== items[0]) {
      current = (other[1] as string).trim();
      item = stripFillers(other[2] as string, m);
      const ownModal = m.modalStart.exec(item);
      currentModal = Boolean(ownModal);
      if (ownModal) item = stripFillers(item.slice(ownModal[0].length), m).replace(m.ableStart, '');
    }
    const action = dropAbleTo(item, lex, m);
    const phrased =
      currentModal || lex.locale === 'en'
        ? lex.actorCan(current, lex.locale === 'en' ? englishInfinitive(action) : action)
        : `${upperFirstWord(current)} ${action}`;
    const stated = `${current === actor ? head : current} ${item}`.trim();
    return { stated, phrased, actor: actorLabel(current), cue: `${head} ${modal?.[0] ?? ''} ${raw}`, fragment: false, what: action };
  });
}

/** The needs one statement states, or `none` when it states none by these rules. */
export function readStatement(text: string, lex: Lexicon): Reading {
  const m = matchersFor(lex);
  // "So basically pet owners need …": discourse words before the subject say nothing.
  const sentence = stripFillers(text.replace(/[.!]+$/u, '').trim(), m);
  if (sentence === '') return { kind: 'none' };
  // "It would be great if owners could see …", "Es wäre schön, wenn Patienten … könnten": a could-have.
  const conditional = m.conditional.exec(sentence);
  if (conditional && conditional[0].length < sentence.length) {
    const inner = readStatement(sentence.slice(conditional[0].length), lex);
    if (inner.kind === 'needs') return { kind: 'needs', parts: inner.parts.map((part) => ({ ...part, hedged: true })) };
  }

  // "Can the admin also export a report as CSV?": a need asked as a question.
  const asked = lex.locale === 'en' ? /^(?:can|could|will)\s+(.+?)\?*$/iu.exec(sentence) : null;
  if (asked) {
    const question = m.actorStart.exec(`${asked[1]}`);
    if (question) {
      const parts = actorParts((question[1] as string).trim(), `can ${question[2] as string}`.replace(/\?$/u, ''), lex, (question[1] as string).trim());
      if (parts) return { kind: 'needs', parts };
    }
  }
  // 1. "Patients book appointments", "Klanten moeten … kunnen inplannen", "يمكن للعملاء …".
  const arabic = m.arabicActor?.exec(sentence);
  if (arabic) return wrap(actorParts(arabic[1] as string, arabic[2] as string, lex, '', true));
  const actor = m.actorStart.exec(sentence);
  if (actor && !m.siteStart.exec(actor[1] as string)?.[0] && !NOT_A_SUBJECT.test(actor[1] as string)) {
    const parts = actorParts((actor[1] as string).trim(), actor[2] as string, lex, (actor[1] as string).trim());
    if (parts) return { kind: 'needs', parts };
  }

  // 2. "We also want packages, reviews and a gallery", "Na webu chceme …", "Potrzebujemy strony, na której klienci …".
  const want = m.want.exec(sentence);
  if (want) {
    const head = (want[1] as string).trim();
    const rest = stripFillers(want[2] as string, m);
    if (rest === '') return { kind: 'none' };
    return wantParts(head, rest, lex, sentence);
  }

  // 3a. "Сайт должен позволять записаться, оплатить курс и пройти тест": each thing the site lets people do.
  const lets = m.siteModal.exec(sentence) ? SITE_LETS.exec(sentence.slice((m.siteModal.exec(sentence) as RegExpExecArray)[0].length).trim()) : null;
  if (lets) {
    const actions = splitItems(lets[1] as string, lex, { actions: true });
    if (actions.length > 1) {
      return { kind: 'needs', parts: actions.map((action) => ({ stated: `${sentence.slice(0, sentence.indexOf(lets[0]))}${action}`, phrased: lex.locale === 'en' ? null : lex.siteLets(action), cue: sentence, fragment: false, what: action })) };
    }
  }
  // 3. "Il sito deve essere in italiano, inglese e tedesco": a statement about the site, kept whole;
  // so is "الموقع بالعربية والإنجليزية", which names the site and its languages without a verb.
  if (m.siteModal.test(sentence) || (m.language.test(sentence) && new RegExp(m.siteStart.source.replace(/^\^/, ''), 'iu').test(sentence) && words(sentence) <= 12)) {
    return { kind: 'needs', parts: [{ stated: sentence, phrased: null, cue: sentence, fragment: false, what: sentence }] };
  }
  return { kind: 'none' };
}

function wrap(parts: StatedPart[] | null): Reading {
  return parts ? { kind: 'needs', parts } : { kind: 'none' };
}

// After "the site must", a verb of letting: what follows are things people can do ("allow users to", "позволять").
const SITE_LETS = /^(?:(?:let|allow|enable)\s+(?:\p{L}+\s+){0,2}?to\s+|ermöglichen,?\s+(?:dass\s+)?|permettre\s+(?:aux?\s+\p{L}+\s+)?(?:de|d['’])\s*|permitir\s+(?:a\s+\p{L}+\s+)?|permettere\s+(?:ai?\s+\p{L}+\s+)?di\s+|consentire\s+(?:ai?\s+\p{L}+\s+)?di\s+|mogelijk\s+maken\s+om\s+|umožňovat\s+|umožnit\s+|umożliwiać\s+|umożliwić\s+|pozwalać\s+|pozwolić\s+|позволять\s+|давать\s+возможность\s+|يتيح\s+|يسمح\s+)(.+)$/iu;

// "Necesitamos que las clientas puedan …", "Wir möchten, dass Kunden …": the clause after the want says who does what.
const COMPLEMENTIZER = /^,?\s*(?:that|dass|que|qu['’]|che|dat|aby|abychom|żeby|aby|чтобы|أن)\s+/iu;

function wantParts(head: string, rest: string, lex: Lexicon, sentence: string): Reading {
  const m = matchersFor(lex);
  const complement = COMPLEMENTIZER.exec(rest);
  if (complement) {
    const clause = rest.slice(complement[0].length);
    const actor = m.actorStart.exec(clause);
    if (actor) {
      const parts = actorParts((actor[1] as string).trim(), actor[2] as string, lex, (actor[1] as string).trim());
      if (parts) return { kind: 'needs', parts };
    }
    const arabic = m.arabicActor?.exec(clause);
    if (arabic) return wrap(actorParts(arabic[1] as string, arabic[2] as string, lex, '', true));
  }
  const site = m.siteStart.exec(rest);
  if (site && words(site[1] as string) <= 3) {
    const after = (site[2] as string).trim();
    // "A page about the surroundings" is a thing wanted; "a website for our bakery" is the goal.
    const page = PAGE_NOUN.test(rest);
    // "for booking tables" ("لحجز الطاولات") names a feature; "for our bakery" names the business.
    const forWhat = m.forStart.test(after) ? after.replace(m.forStart, '').trim() : null;
    if (forWhat !== null && !page && classifyKind(forWhat) !== 'other') return things(head, forWhat, lex);
    if (after === '' || (forWhat !== null && !page)) return { kind: 'goal', text: sentence };
    // "a site where guests book …", "strony, na której klienci kupią …": who does what on it.
    const relative = m.relativeStart.exec(after);
    // "kde si klienti mohou …": a reflexive or filler word may come before the people.
    const clause = stripFillers(relative ? after.slice(relative[0].length).trim() : after, m);
    const actor = m.actorStart.exec(clause);
    if (actor && (relative || !page)) {
      const parts = actorParts((actor[1] as string).trim(), actor[2] as string, lex, (actor[1] as string).trim());
      if (parts) return { kind: 'needs', parts };
    }
    const arabic = m.arabicActor?.exec(clause);
    if (arabic) return wrap(actorParts(arabic[1] as string, arabic[2] as string, lex, '', true));
    // "eine Seite mit unseren Kursen" is one thing (a page and what is on it), listed with the others.
    if (page) return things(head, rest, lex);
    const withList = m.withStart.exec(after);
    if (withList) {
      // German and Slavic nouns after "mit", "s", "z", "с" are in a case of their own: the customer's words are kept.
      const keep = lex.withCase && !lex.withTemplate ? `${head} ${rest.slice(0, rest.length - after.length)}${withList[0]}`.replace(/\s+/g, ' ') : null;
      return things(head, after.slice(withList[0].length), lex, false, keep, Boolean(lex.withCase && lex.withTemplate));
    }
    // "a website that shows …", "موقعاً يعرض …": what the site itself does.
    if (relative || lex.locale === 'ar' || m.subordinatorStart.test(clause)) return things(head, clause.replace(m.subordinatorStart, '').trim(), lex, lex.locale === 'ar' && !relative);
    return { kind: 'goal', text: sentence };
  }
  return things(head, rest, lex);
}

// Czech "stránky" and Polish "strona" usually mean the whole website, so they are not pages here.
const PAGE_NOUN = /^(?:\p{L}+\s+){0,2}?(?:page|pages|section|pagina|pagine|página|páginas|sección|sezione|rubrique|seite|seiten|bereich|rubriek|sectie|sekc\p{L}*|страниц\p{L}*|раздел\p{L}*|صفحة|قسم)(?![\p{L}])/iu;
// An Arabic verb of the site ("يعرض", "تعرض") opens the clause: "the site shows …".
const ARABIC_VERB = /^[يت]\p{Script=Arabic}{2,}/u;

/** The want phrase opening a statement ("No queremos blog" read positively → "queremos"), or ''. */
export function wantHead(text: string, lex: Lexicon): string {
  return matchersFor(lex).want.exec(text)?.[1]?.trim() ?? '';
}

/**
 * A wanted thing as a requirement in the lexicon's language: an action of the business ("vender
 * nuestras piezas") reads "La web permite vender …", a thing ("una galería") "La web ofrece …".
 */
const LETTING: Partial<Record<string, RegExp>> = {
  fr: /^permettre\s+(?=aux?\s)/iu,
  es: /^permitir\s+(?=a\s)/iu,
  it: /^permettere\s+(?=ai?\s|agli\s)/iu,
};
const LETTING_SUBJECT: Record<string, string> = { fr: 'Le site permet', es: 'La web permite', it: 'Il sito permette' };

// "tener una sección", "avoir une page", "mít sekci": to have a thing is to offer it.
const HAVE = /^(?:have|get|tener|contar con|avoir|disposer d['’]une?|avere|haben|hebben|mít|mieć|иметь|получить)\s+/iu;

export function phraseThing(item: string, head: string, lex: Lexicon): string {
  const m = matchersFor(lex);
  if (HAVE.test(item) && words(item) >= 3) return lex.siteOffers(item.replace(HAVE, ''), head);
  // "permettre aux bénévoles de s'inscrire" already says what the site lets whom do.
  const letting = LETTING[lex.locale]?.exec(item);
  if (letting) return `${LETTING_SUBJECT[lex.locale] ?? ''} ${item.slice(letting[0].length)}`;
  const verbFinal = lex.locale === 'de' || lex.locale === 'nl';
  const action = words(item) >= 2 && lex.locale !== 'ar' && lex.looksLikeAction(item) && !(verbFinal && m.determinerStart?.test(item));
  return action ? lex.siteLets(item) : lex.siteOffers(item, head);
}

function things(head: string, list: string, lex: Lexicon, siteDoes = false, keepPrefix: string | null = null, withCase = false): Reading {
  const items = splitItems(list, lex, { actions: false });
  if (items.length === 0) return { kind: 'none' };
  return {
    kind: 'needs',
    parts: items.map((item) => ({
      stated: `${head} ${item}`,
      phrased:
        lex.locale === 'en'
          ? null
          : withCase && lex.withTemplate ? lex.withTemplate(item) : keepPrefix !== null ? upperFirstWord(`${keepPrefix.trim()} ${item}`) : siteDoes && ARABIC_VERB.test(item) ? `الموقع ${item}` : phraseThing(item, head, lex),
      cue: `${head} ${item}`,
      fragment: true,
      what: item,
    })),
  };
}
