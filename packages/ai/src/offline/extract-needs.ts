import type { NeedKind, RequirementCategory, RequirementPriority } from '@statex/core';
import { categoryForKind, classifyKind, classifyPriority } from './classify-requirement.ts';
import { detectNeed } from './detect-needs.ts';
import { guessLanguage, languageFit } from './guess-language.ts';
import { lexiconFor, type Lexicon } from './language/index.ts';
import { collapseWhitespace, endSentence, upperFirst } from './normalize-text.ts';
import { phraseRequirement } from './phrase-requirement.ts';
import { phraseThing, readStatement, splitItems, wantHead, type StatedPart } from './split-needs.ts';
import { splitStatements, type Statement } from './split-statements.ts';

export interface ExtractedNeed {
  /** The requirement as it will read in the terms. */
  text: string;
  /** The customer's words it came from; what similarity is measured on. */
  stated: string;
  category: RequirementCategory;
  priority: RequirementPriority;
  source: string;
  kind?: NeedKind;
  actor?: string;
  /** What is asked without the want or the actor ("recensioni", "book desks"): what duplicates are found on. */
  what?: string;
}

export interface Extraction {
  needs: ExtractedNeed[];
  /** Statements that are context rather than needs, in the customer's words. */
  context: string[];
  /** Statements of the overall goal ("We need a website for our bakery"). */
  goals: string[];
  /** The language the text was read in. */
  language: string;
}

export type StatementResult = { kind: 'need'; need: ExtractedNeed } | { kind: 'context'; text: string } | { kind: 'goal'; text: string } | { kind: 'noise' };

/** English negations the per-language lexicon does not cover ("No shop, please."). */
const ENGLISH_EXCLUSION = /(?:^|\s)(?:no\s+need\s+for|not\s+necessary|not\s+required|not\s+needed|out\s+of\s+scope)(?![\p{L}])/iu;

/**
 * The language a text is read in: the request's, unless the text is clearly in another language we
 * read (long enough to judge, and the request's language fits it markedly worse).
 */
export function readingLanguage(text: string, locale: string): string {
  const requested = lexiconFor(locale).locale;
  const guessed = guessLanguage(text);
  if (guessed === 'unknown' || guessed === requested) return requested;
  if (collapseWhitespace(text).length < 60 || languageFit(text, requested) > 0.9) return requested;
  return guessed;
}

function makeNeed(text: string, stated: string, cue: string, context: string | null, source: string, actor?: string, what?: string): ExtractedNeed {
  // The kind is read from what is asked ("get a push notification"), not from who asks ("staff").
  const kind = classifyKind(what ?? stated);
  return {
    text,
    stated,
    ...(what ? { what } : {}),
    category: categoryForKind(kind, stated),
    priority: classifyPriority(cue, classifyPriority(context ?? '', 'should')),
    source,
    kind,
    ...(actor ? { actor } : {}),
  };
}

/** A part read by `readStatement`, phrased: English through the English phraser, other languages as read. */
function partResult(part: StatedPart, language: string, source: string, context: string | null): StatementResult {
  let text = part.phrased;
  if (text === null) {
    if (language === 'en') {
      const phrased = phraseRequirement(part.stated, { fragment: part.fragment });
      if (phrased === null) return { kind: 'goal', text: part.stated };
      text = phrased;
    } else text = part.stated;
  }
  const need = makeNeed(endSentence(upperFirst(collapseWhitespace(text))), collapseWhitespace(part.stated), part.cue, context, source, part.actor, part.what);
  return { kind: 'need', need: part.hedged ? { ...need, priority: 'could' } : need };
}

function introStatesNeed(intro: string, lexicon: Lexicon): boolean {
  if (readStatement(`${intro} x`, lexicon).kind !== 'none') return true;
  return detectNeed({ text: intro, listItem: false, context: null, contextIsLeadIn: false }).kind === 'need' && intro.split(/\s+/).length > 1;
}

function isNegated(text: string, lexicon: Lexicon): boolean {
  return lexicon.negation.test(text) || ENGLISH_EXCLUSION.test(text);
}

/**
 * What one statement contributes: needs (each phrased and classified), context, the goal, or
 * nothing. One sentence may state several needs ("Patients book, fill in forms and reorder").
 */
export function extractStatementAll(given: Statement, language: string, source: string, options: { asNeed?: boolean } = {}): StatementResult[] {
  const lexicon = lexiconFor(language);
  // "Services: bookkeeping, VAT returns, payroll" labels the values of one need; only an intro that
  // states a need ("What we need: …") makes what follows a list of needs.
  const statement: Statement =
    given.sentence !== undefined && given.context !== null && !introStatesNeed(given.context, lexicon)
      ? { text: given.sentence, listItem: false, context: null, contextIsLeadIn: false }
      : given;
  const text = collapseWhitespace(statement.text);
  const whole = collapseWhitespace(statement.sentence ?? statement.text);
  if (statement.context !== null && statement.contextIsLeadIn && isNegated(statement.context, lexicon)) return [{ kind: 'context', text: whole }];
  if (isNegated(text, lexicon)) {
    // "No blog, but a form for custom orders": the denied part is context, what follows the contrast is read on its own.
    const contrast = new RegExp(`[,;]?\\s+(?:${lexicon.contrasts.join('|')})\\s+`, 'iu').exec(text);
    if (!contrast) return [{ kind: 'context', text: whole }];
    const denied = text.slice(0, contrast.index);
    const wanted = text.slice(contrast.index + contrast[0].length);
    if (isNegated(wanted, lexicon) || !isNegated(denied, lexicon)) return [{ kind: 'context', text: whole }];
    const want = readStatement(`${wantHead(denied.replace(/^(?:no|not|nicht|kein\p{L}*|pas|non|niet|geen|ne|nie|не|لا)\s+/iu, ''), lexicon)} ${wanted}`.trim(), lexicon);
    const rest = want.kind === 'needs' ? want.parts.map((part) => partResult(part, language, source, statement.context)) : [];
    return [{ kind: 'context', text: collapseWhitespace(denied) }, ...rest];
  }
  const reading = readStatement(text, lexicon);
  if (reading.kind === 'needs') return reading.parts.map((part) => partResult(part, language, source, statement.context));
  if (reading.kind === 'goal') return [{ kind: 'goal', text: reading.text }];
  if (lexicon.selfDescription.test(text) && !options.asNeed) return [{ kind: 'context', text: whole }];

  let detection = detectNeed(statement);
  // An item under a lead-in that states a need in any language we read ("Cosa ci serve:", "Potrzebne są:") is a need.
  const underNeed = statement.listItem && statement.context !== null && statement.contextIsLeadIn && introStatesNeed(statement.context, lexicon);
  if ((options.asNeed || underNeed) && detection.kind === 'context') detection = { kind: 'need', text: statement.text, fragment: true, context: statement.context };
  if (detection.kind === 'noise') return [detection];
  if (detection.kind === 'context') return [{ kind: 'context', text: whole }];

  // A list item under a need ("We need:" + "a menu, a shop and a blog") may list several things.
  // A list item is split only into things of two words or more: "Brot, Brötchen und Kuchen" are the values of one.
  const split = statement.listItem && !/[:：]/u.test(text) ? splitItems(text, lexicon, { actions: false }) : [text];
  const items = statement.sentence === undefined && split.some((item) => item.split(/\s+/).length < 2) ? [text] : split;
  const results: StatementResult[] = [];
  for (const item of items) {
    const stated = items.length === 1 ? collapseWhitespace(detection.text) : `${statement.context ?? ''} ${item}`.trim();
    let phrased: string | null;
    if (language === 'en' && guessLanguage(stated) !== 'de') phrased = phraseRequirement(stated, { fragment: detection.fragment });
    else if (statement.listItem && statement.context !== null && item.split(/\s+/).length <= 6) phrased = phraseThing(item, statement.context, lexicon);
    else phrased = endSentence(upperFirst(items.length === 1 ? text : item));
    if (phrased === null) {
      results.push({ kind: 'goal', text: stated });
      continue;
    }
    const cue = `${detection.context ?? ''} ${item}`;
    results.push({ kind: 'need', need: makeNeed(endSentence(upperFirst(collapseWhitespace(phrased))), stated, cue, statement.context, source, undefined, items.length > 1 ? item : undefined) });
  }
  return results;
}

/** The first thing one statement contributes (kept for callers that read one statement at a time). */
export function extractStatement(statement: Statement, language: string, source: string, options: { asNeed?: boolean } = {}): StatementResult {
  return extractStatementAll(statement, language, source, options)[0] ?? { kind: 'noise' };
}

/** Splits one text (the brief, a document, a change) into needs, context and goal statements. */
export function extractNeeds(text: string, source: string, locale: string): Extraction {
  const language = readingLanguage(text, locale);
  const result: Extraction = { needs: [], context: [], goals: [], language };
  const seenContext = new Set<string>();
  for (const statement of splitStatements(text, language)) {
    for (const outcome of extractStatementAll(statement, language, source)) {
      if (outcome.kind === 'need') result.needs.push(outcome.need);
      else if (outcome.kind === 'context') {
        if (!seenContext.has(outcome.text)) result.context.push(outcome.text);
        seenContext.add(outcome.text);
      } else if (outcome.kind === 'goal') result.goals.push(outcome.text);
    }
  }
  return result;
}
