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
export function extractStatement(statement: Statement, language: string, source: string): StatementResult {
  const detection = detectNeed(statement);
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
  for (const statement of splitStatements(text, locale)) {
    const outcome = extractStatement(statement, language, source);
    if (outcome.kind === 'need') result.needs.push(outcome.need);
    else if (outcome.kind === 'context') result.context.push(outcome.text);
    else if (outcome.kind === 'goal') result.goals.push(outcome.text);
  }
  return result;
}
