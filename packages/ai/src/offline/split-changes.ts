import { resolveLocale } from '@statex/i18n';
import { CHANGE_LEXICONS, type ChangeLexicon } from './change-lexicon.ts';

/**
 * One distinct change the customer asked for. `target` is what it acts on in the customer's words
 * ("the middle plan", "den Newsletter"), `value` what that becomes ("Growth", "Mo–Fr 8–18 Uhr").
 */
export interface ValueChange {
  op: 'rename' | 'replace' | 'edit';
  text: string;
  target: string;
  value: string;
}

export type Change = { op: 'add'; text: string } | { op: 'remove'; text: string; target: string } | ValueChange;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const joiners = new Map<string, RegExp>();
/** Where a sentence turns to another change: "…, and rename …", "…; remove …", "… und entfernen …". */
function joiner(lex: ChangeLexicon): RegExp {
  let found = joiners.get(lex.verbs[0] ?? '');
  if (!found) {
    const verbs = [...lex.verbs].sort((a, b) => b.length - a.length).map(escape).join('|');
    const and = lex.and.map(escape).join('|');
    found = new RegExp(String.raw`(?:\s*;\s*|\s*,\s*(?:(?:${and})\s+)?|\s+(?:${and})\s+|\s+و)(?=(?:${verbs})(?![\p{L}]))`, 'giu');
    joiners.set(lex.verbs[0] ?? '', found);
  }
  return found;
}

const TRAILING = /[\s,;:.!?…。،؟]+$/u;
const QUOTES = /^["'“”„«»‘’]+|["'“”„«»‘’]+$/gu;
// Words that trail a target without naming anything: "… anymore", "… from the site", "… bitte".
const TAIL = /\s+(?:anymore|any\s+more|please|after\s+all|altogether|completely|entirely|as\s+well|too|from\s+the\s+(?:site|website|page|prototype|terms)|bitte|mehr|komplett|s'il\s+vous\s+plaît|svp|per\s+favore|por\s+favor|graag|alstublieft|prosím|proszę|пожалуйста|من\s+فضلك|من\s+الموقع|z\s+webu|ze\s+stránky|ze\s+strony|с\s+сайта|du\s+site|dal\s+sito|del\s+sitio|van\s+de\s+site|von\s+der\s+(?:seite|website))$/iu;

function clean(text: string): string {
  let out = text.replace(TRAILING, '').trim();
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(TAIL, '').replace(TRAILING, '').replace(QUOTES, '').trim();
  }
  return out;
}

function sentences(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  return text
    .split(/\r?\n+|(?:^|\s)[-*•]\s+/u)
    .flatMap((line) => [...segmenter.segment(line)].map((s) => s.segment.trim()))
    .filter((s) => s !== '');
}

function classify(clause: string, lexicons: readonly ChangeLexicon[]): Change {
  for (const lex of lexicons) {
    for (const [op, patterns] of [['rename', lex.rename], ['replace', lex.replace], ['instead', lex.instead], ['edit', lex.edit]] as const) {
      for (const pattern of patterns) {
        const groups = pattern.exec(clause)?.groups;
        const target = clean(groups?.target ?? '');
        const value = clean(groups?.value ?? '');
        if (target !== '' && value !== '') return { op: op === 'instead' ? 'replace' : op, text: clause, target, value };
      }
    }
    for (const pattern of lex.remove) {
      const target = clean(pattern.exec(clause)?.groups?.target ?? '');
      if (target !== '') return { op: 'remove', text: clause, target };
    }
  }
  return { op: 'add', text: clause };
}

/**
 * Splits the customer's change into distinct changes — sentences, and clauses of one sentence that
 * each start with a change verb ("Add a page for integrations and rename the middle plan to
 * Growth" → two) — and reads each as an addition, removal, rename, replacement or edit. Patterns of
 * the request's language are tried first, then English (customers often write changes in English).
 */
export function splitChanges(change: string, locale: string): Change[] {
  const language = resolveLocale(locale);
  const lexicons = language === 'en' ? [CHANGE_LEXICONS.en] : [CHANGE_LEXICONS[language], CHANGE_LEXICONS.en];
  const changes: Change[] = [];
  for (const sentence of sentences(change, language)) {
    let clauses = [sentence];
    for (const lex of lexicons) clauses = clauses.flatMap((c) => c.split(joiner(lex)));
    for (const clause of clauses.map((c) => c.replace(TRAILING, '').trim()).filter((c) => /\p{L}/u.test(c))) {
      changes.push(classify(clause, lexicons));
    }
  }
  return changes;
}
