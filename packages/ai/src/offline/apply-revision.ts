import type { Requirement, Terms } from '@statex/core';
import { summarize, type BriefContext } from './build-terms.ts';
import { classifyCategory } from './classify-requirement.ts';
import { containment, DUPLICATE_THRESHOLD, needTokens, similarity } from './dedupe-needs.ts';
import { extractStatement, type ExtractedNeed } from './extract-needs.ts';
import { guessLanguage } from './guess-language.ts';
import { collapseWhitespace, endSentence, phrasePattern } from './normalize-text.ts';
import { phraseRequirement } from './phrase-requirement.ts';
import { splitStatements } from './split-statements.ts';

const LEAD = String.raw`^(?:(?:please|also|and|then|kindly|could you|can you|would you|finally|secondly|lastly)[,\s]+)*`;
const REMOVE = new RegExp(String.raw`${LEAD}(?:remove|drop|delete|omit|exclude|cut|skip|scrap|get rid of|take out|leave out|forget about|forget|lose|ditch)\s+(.+)$`, 'i');
const WITHOUT = /(?:^|\s)(?:without|no longer (?:need|want|require)|(?:we|i) (?:do not|don't|does not|doesn't) (?:need|want|require)(?: any)?|no need for|(?:we|i) (?:no longer|don't|do not) (?:need|want))\s+(.+)$/i;
const NO = /^no\s+(?:more\s+)?(.+?)$/i;
const REPLACE = new RegExp(String.raw`${LEAD}replace\s+(.+?)\s+(?:with|by)\s+(.+)$`, 'i');
const INSTEAD = /^(.+?),?\s+instead of\s+(.+)$/i;
// Other languages put the verb anywhere ("Bitte den Newsletter entfernen"): the rest of the sentence names the target.
const FOREIGN_REMOVAL = phrasePattern([
  'entfernen', 'entfernt', 'streichen', 'löschen', 'weglassen', 'ohne', 'supprimer', 'retirer', 'enlever', 'sans',
  'eliminar', 'quitar', 'sin', 'rimuovere', 'togliere', 'eliminare', 'senza', 'verwijderen', 'weglaten', 'zonder',
  'usuń', 'usunąć', 'bez', 'odstranit', 'odstraňte', 'удалить', 'удалите', 'убрать', 'уберите', 'без', 'إزالة', 'احذف', 'حذف', 'بدون',
]);
const REMOVAL_TAIL = /\s*(?:anymore|any more|please|after all|from the (?:site|website|page|prototype|terms)|altogether|completely|entirely|as well|too)\s*$/i;
/** Share of the named words a requirement must contain to be the one a removal means. */
const REMOVAL_MATCH = 0.5;

interface Revision {
  requirements: Requirement[];
  additions: ExtractedNeed[];
  assumptions: string[];
  acted: boolean;
}

function cleanTarget(target: string): string {
  let text = target.replace(/[.!?]+$/u, '').trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(REMOVAL_TAIL, '').trim();
  }
  return text;
}

/** Removes the requirement that the words best name; notes it when none does. */
function remove(revision: Revision, target: string, statement: string): void {
  revision.acted = true;
  const wanted = needTokens(cleanTarget(target));
  let best: { index: number; score: number; tie: number } | null = null;
  revision.requirements.forEach((requirement, index) => {
    const tokens = needTokens(requirement.text);
    const score = containment(wanted, tokens);
    const tie = similarity(wanted, tokens);
    if (score >= REMOVAL_MATCH && (best === null || score > best.score || (score === best.score && tie > best.tie))) best = { index, score, tie };
  });
  const found = best as { index: number } | null;
  if (found === null) revision.assumptions.push(`Requested removal did not match any requirement: “${collapseWhitespace(statement)}”`);
  else revision.requirements.splice(found.index, 1);
}

function add(revision: Revision, text: string, language: string): void {
  const outcome = extractStatement({ text, listItem: false, context: null, contextIsLeadIn: false }, language, 'modification');
  if (outcome.kind === 'need') {
    revision.additions.push(outcome.need);
    revision.acted = true;
  } else if (outcome.kind === 'context') {
    // "Replace the gallery with a video" names a thing without a cue word: it is still what they want.
    const phrased = language === 'en' ? phraseRequirement(text, { fragment: true }) : endSentence(text);
    if (phrased !== null) {
      revision.additions.push({ text: phrased, stated: text, category: classifyCategory(text), priority: 'should', source: 'modification' });
      revision.acted = true;
    }
  }
}

/**
 * Applies the customer's one change to the terms: needs in the change are appended with the next
 * ids (source `modification`), "remove / drop / without X" removes the requirement that best names
 * X, and a restated need replaces the wording of the requirement it repeats. Ids never move.
 */
export function reviseTerms(previous: Terms, change: string, settings: { locale: string; siteTitle: string; context: BriefContext }): Terms {
  const language = guessLanguage(change);
  const revision: Revision = { requirements: previous.requirements.map((r) => ({ ...r })), additions: [], assumptions: [], acted: false };
  const contextNotes: string[] = [];
  for (const statement of splitStatements(change, settings.locale)) {
    const text = statement.text;
    let m: RegExpExecArray | null;
    if ((m = REPLACE.exec(text))) {
      remove(revision, m[1] ?? '', text);
      add(revision, m[2] ?? '', language);
    } else if ((m = INSTEAD.exec(text))) {
      remove(revision, m[2] ?? '', text);
      add(revision, m[1] ?? '', language);
    } else if ((m = REMOVE.exec(text) ?? WITHOUT.exec(text) ?? NO.exec(text))) {
      remove(revision, m[1] ?? '', text);
    } else if (language !== 'en' && FOREIGN_REMOVAL.test(text)) {
      remove(revision, FOREIGN_REMOVAL.strip(text), text);
    } else {
      const outcome = extractStatement(statement, language, 'modification');
      if (outcome.kind === 'need') {
        revision.additions.push(outcome.need);
        revision.acted = true;
      } else if (outcome.kind === 'context' || outcome.kind === 'goal') contextNotes.push(outcome.text);
    }
  }
  if (!revision.acted) {
    // As with the brief: a change with no recognisable need is itself the one new requirement.
    const whole = collapseWhitespace(change);
    if (whole !== '') revision.additions.push({ text: endSentence(whole), stated: whole, category: classifyCategory(whole), priority: 'should', source: 'modification' });
    contextNotes.length = 0;
  }

  let next = Math.max(0, ...previous.requirements.map((r) => Number(r.id.slice(1)) || 0)) + 1;
  for (const addition of revision.additions) {
    const tokens = needTokens(addition.stated);
    const repeated = revision.requirements.find((r) => similarity(tokens, needTokens(r.text)) >= DUPLICATE_THRESHOLD);
    if (repeated) {
      if (repeated.text === addition.text && repeated.priority === addition.priority && repeated.category === addition.category) continue;
      // A restated need is a change to that requirement, under the same id.
      repeated.text = addition.text;
      repeated.category = addition.category;
      repeated.priority = addition.priority;
      repeated.source = 'modification';
      continue;
    }
    revision.requirements.push({ id: `R${next++}`, text: addition.text, category: addition.category, priority: addition.priority, source: 'modification' });
  }

  const assumptions = [...previous.assumptions];
  for (const note of [...contextNotes, ...revision.assumptions]) if (!assumptions.includes(note)) assumptions.push(note);
  return {
    title: previous.title,
    summary: summarize(settings.siteTitle, revision.requirements, settings.context, true),
    requirements: revision.requirements,
    assumptions,
  };
}
