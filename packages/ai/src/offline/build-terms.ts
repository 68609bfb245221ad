import type { Requirement, Terms } from '@statex/core';
import type { GeneratorInput } from '../generator.ts';
import { dedupeNeeds, needTokens } from './dedupe-needs.ts';
import { detectSiteIdentity, type SiteIdentity } from './detect-site-identity.ts';
import { extractNeeds, type ExtractedNeed } from './extract-needs.ts';
import { classifyCategory } from './classify-requirement.ts';
import { collapseWhitespace, endSentence, truncate } from './normalize-text.ts';

/** Beyond this the terms stop being readable and the prototype cannot cite every requirement. */
export const MAX_REQUIREMENTS = 300;
/** Context statements kept as assumptions; long documents would otherwise drown the needs. */
export const MAX_ASSUMPTIONS = 100;

export interface BriefAnalysis {
  terms: Terms;
  identity: SiteIdentity;
}

/** What the brief says the site is for, and who it is for: the opening of the summary. */
export interface BriefContext {
  goal: string | null;
  description: string;
  documentCount: number;
}

/**
 * Terms of reference from a brief and its documents: needs numbered R1…Rn in order of appearance
 * (brief first, then each document in order), duplicates merged into their first statement.
 */
export function buildTerms(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale' | 'customerName'>): BriefAnalysis {
  const brief = extractNeeds(input.brief, 'brief', input.locale);
  const needs: ExtractedNeed[] = [...brief.needs];
  const context: string[] = [...brief.context];
  const goals = [...brief.goals];
  const notes: string[] = [];
  let documentCount = 0;
  for (const document of input.documents) {
    if (document.text === null || collapseWhitespace(document.text) === '') {
      const image = document.kind === 'png' || document.kind === 'jpeg' || document.kind === 'webp';
      notes.push(image ? `Image ${document.name} supplied as reference.` : `Document ${document.name} supplied, but no text could be read from it.`);
      continue;
    }
    documentCount++;
    // An image's description (`Image "<name>" shows: …`) is read without its label: what it shows is context, what it asks for a need.
    const isImage = document.kind === 'png' || document.kind === 'jpeg' || document.kind === 'webp';
    const text = isImage ? document.text.replace(/^Image ".*?" shows:\s*/u, '') : document.text;
    const extracted = extractNeeds(text, `file:${document.name}`, input.locale);
    needs.push(...extracted.needs);
    context.push(...extracted.context);
    goals.push(...extracted.goals);
  }

  const identity = detectSiteIdentity({ brief: input.brief, ...(input.customerName ? { customerName: input.customerName } : {}), context: brief.context });
  let unique = dedupeNeeds(needs, (need) => needTokens(need.stated));
  if (unique.length === 0) {
    // Never zero requirements: with no recognisable need, the whole brief is the one requirement.
    const whole = collapseWhitespace(input.brief);
    if (whole === '') throw new Error('The brief is empty: there is nothing to derive requirements from.');
    unique = [{ text: endSentence(whole), stated: whole, category: classifyCategory(whole), priority: 'must', source: 'brief' }];
    context.splice(0, brief.context.length);
  }
  if (unique.length > MAX_REQUIREMENTS) {
    notes.push(`${unique.length - MAX_REQUIREMENTS} further needs beyond the first ${MAX_REQUIREMENTS} were not numbered; they need a separate review.`);
    unique = unique.slice(0, MAX_REQUIREMENTS);
  }
  const requirements: Requirement[] = unique.map((need, i) => ({
    id: `R${i + 1}`,
    text: need.text,
    category: need.category,
    priority: need.priority,
    source: need.source,
    ...(need.kind ? { kind: need.kind } : {}),
    ...(need.actor ? { actor: need.actor } : {}),
  }));
  const briefContext: BriefContext = { goal: goals[0] ?? null, description: identity.tagline, documentCount };
  const terms: Terms = {
    title: `Website for ${identity.title}`,
    summary: summarize(identity.title, requirements, briefContext, false),
    requirements,
    assumptions: [...limitContext(context), ...notes],
  };
  return { terms, identity };
}

export function briefContext(input: Pick<GeneratorInput, 'brief' | 'documents' | 'locale'>, identity: SiteIdentity): BriefContext {
  const brief = extractNeeds(input.brief, 'brief', input.locale);
  const documentCount = input.documents.filter((d) => d.text !== null && collapseWhitespace(d.text) !== '').length;
  return { goal: brief.goals[0] ?? null, description: identity.tagline, documentCount };
}

export function summarize(title: string, requirements: readonly Requirement[], context: BriefContext, revised: boolean): string {
  const count = (priority: Requirement['priority']): number => requirements.filter((r) => r.priority === priority).length;
  const sources = context.documentCount > 0 ? `the brief and ${context.documentCount} document${context.documentCount === 1 ? '' : 's'}` : 'the brief';
  const opening = context.goal
    ? `${title}. Goal, in the customer's words: “${truncate(context.goal, 300)}”`
    : context.description
      ? `${title}. About the customer: “${truncate(context.description, 300)}”`
      : `${title}.`;
  const n = requirements.length;
  return (
    `${opening} ${n} requirement${n === 1 ? '' : 's'} (${count('must')} must, ${count('should')} should, ${count('could')} could) ` +
    `taken from ${sources}${revised ? ', revised once at the customer\'s request' : ''}.`
  );
}

function limitContext(statements: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  let dropped = 0;
  for (const statement of statements) {
    const key = statement.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (kept.length < MAX_ASSUMPTIONS) kept.push(truncate(statement, 1000));
    else dropped++;
  }
  if (dropped > 0) kept.push(`${dropped} further statements of context are in the source documents.`);
  return kept;
}
