import type { RequirementCategory, RequirementPriority } from '@statex/core';
import { classifyCategory, classifyPriority } from './classify-requirement.ts';
import { detectNeed } from './detect-needs.ts';
import { guessLanguage } from './guess-language.ts';
import { collapseWhitespace, endSentence, upperFirst } from './normalize-text.ts';
import { phraseRequirement } from './phrase-requirement.ts';
import { splitStatements, type Statement } from './split-statements.ts';

export interface ExtractedNeed {
  /** The requirement as it will read in the terms. */
  text: string;
  /** The customer's words it came from; what similarity is measured on. */
  stated: string;
  category: RequirementCategory;
  priority: RequirementPriority;
  source: string;
}

export interface Extraction {
  needs: ExtractedNeed[];
  /** Statements that are context rather than needs, in the customer's words. */
  context: string[];
  /** Statements of the overall goal ("We need a website for our bakery"). */
  goals: string[];
}

export type StatementResult = { kind: 'need'; need: ExtractedNeed } | { kind: 'context'; text: string } | { kind: 'goal'; text: string } | { kind: 'noise' };

/** What one statement contributes: a need (phrased and classified), context, the goal, or nothing. */
export function extractStatement(statement: Statement, language: string, source: string, options: { asNeed?: boolean } = {}): StatementResult {
  let detection = detectNeed(statement);
  // An item listed beside stated needs ("…: our menu with prices, a contact form") is a need too.
  if (options.asNeed && detection.kind === 'context') detection = { kind: 'need', text: statement.text, fragment: true, context: statement.context };
  if (detection.kind === 'noise') return detection;
  if (detection.kind === 'context') return { kind: 'context', text: collapseWhitespace(statement.sentence ?? statement.text) };
  const stated = collapseWhitespace(detection.text);
  const english = (language === 'en' || language === 'unknown') && guessLanguage(stated) === 'en';
  const phrased = english ? phraseRequirement(stated, { fragment: detection.fragment }) : endSentence(upperFirst(stated));
  if (phrased === null) return { kind: 'goal', text: stated };
  return {
    kind: 'need',
    need: {
      text: phrased,
      stated,
      category: classifyCategory(stated),
      priority: classifyPriority(stated, classifyPriority(detection.context ?? '', 'should')),
      source,
    },
  };
}

/** Splits one text (the brief, a document, a change) into needs, context and goal statements. */
export function extractNeeds(text: string, source: string, locale: string): Extraction {
  const language = guessLanguage(text);
  const result: Extraction = { needs: [], context: [], goals: [] };
  const statements = splitStatements(text, locale);
  const outcomes = statements.map((statement) => extractStatement(statement, language, source));
  // Sentences whose enumeration names at least one need: every item of it is a need.
  const needLists = new Set(statements.filter((s, i) => s.enumerated && outcomes[i]?.kind === 'need').map((s) => s.sentence));
  const seenContext = new Set<string>();
  statements.forEach((statement, i) => {
    let outcome = outcomes[i] as StatementResult;
    if (outcome.kind === 'context' && statement.enumerated && needLists.has(statement.sentence)) outcome = extractStatement(statement, language, source, { asNeed: true });
    if (outcome.kind === 'need') result.needs.push(outcome.need);
    else if (outcome.kind === 'context') {
      // The items of one enumeration report the same whole sentence once.
      if (!seenContext.has(outcome.text)) result.context.push(outcome.text);
      seenContext.add(outcome.text);
    } else if (outcome.kind === 'goal') result.goals.push(outcome.text);
  });
  return result;
}
