import { normalizeText } from './normalize-text.ts';

/** One candidate need: a sentence, a list item, or one part of a `;`-separated list. */
export interface Statement {
  text: string;
  /** A bullet or numbered list item (or a table row). */
  listItem: boolean;
  /** The heading or lead-in line ("We need the following:") the statement sits under, if any. */
  context: string | null;
  /** Whether `context` is a lead-in sentence ending with `:` rather than a heading. */
  contextIsLeadIn: boolean;
  /** The whole sentence, when the statement is only part of it ("Budget: 5000 EUR" → "5000 EUR"). */
  sentence?: string;
}

const HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
const RULE = /^(?:[-*_=]\s*){3,}$/;
const BULLET = /^(?:[-*+•‣◦▪▫●○■□–—→>]|\d{1,3}[.)]|[a-z]\)|\(\d{1,3}\)|\([a-z]\))\s+(?:\[[ xX]\]\s+)?(.*)$/;
const TABLE_ROW = /^\|(.*)\|$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const TERMINAL = /[.!?…。؟！？]$/u;
// A colon followed by a space, after a short intro that does not end in a digit (not "12: 00").
// French sets a space before the colon ("besoin : …").
const INLINE_LEAD_IN = /^([^:]{2,120}?[^\d\s])\s?:\s+(\S.*)$/su;

// Intl.Segmenter ends a sentence after any "Dr." or "J."; these abbreviations (titles, "e.g.", "z. B.",
// "tj.", "т.е.", street and number words in every language we read) never end one.
const ABBREVIATION_END = /(?:^|[\s(])(?:Dr|MUDr|MVDr|PhDr|JUDr|RNDr|PaedDr|Ing|Mgr|Bc|doc|Doc|Mr|Mrs|Ms|Prof|prof|St|Sv|Nr|nr|Nº|ca|Ca|cca|Cca|Bzw|Usw|Evtl|Inkl|Ggf|Vgl|Tj|Tzn|Např|Np|Tzw|approx|vs|Inc|Ltd|Co|Corp|Jr|Sr|Fa|Tel|tel|Str|str|ul|Ul|bzw|ggf|usw|evtl|inkl|zzgl|vgl|z\.\s?B|d\.\s?h|u\.\s?a|e\.\s?g|i\.\s?e|E\.\s?g|I\.\s?e|Std|Mio|Mrd|Hr|Fr|Hrn|Mme|Mlle|M|Sra|Sr|Dra|Dott|Dott\.ssa|Avv|Arch|Sig|dhr|mevr|bijv|bv|tj|tzn|např|resp|mj|np|tzw|ok|wg|т\.\s?е|т\.\s?д|т\.\s?к|т\.\s?н|ул|г|д|им|пр|\p{L})\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

// Customers often start a sentence in lower case ("… in Norwich. basically we need …"), where
// Intl.Segmenter sees no boundary; a full stop after a word, then a lower-case word, is one.
const LOWER_CASE_START = /(?<=[\p{L}\d)]{2}[.!?])\s+(?=\p{Ll})/u;

function segments(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter(locale).segment(text)) {
    const parts = segment.split(LOWER_CASE_START);
    parts.forEach((part, i) => out.push(i < parts.length - 1 ? `${part} ` : part));
  }
  return out;
}

function sentences(text: string, locale: string): string[] {
  const result: string[] = [];
  let pending = '';
  for (const segment of segments(text, locale)) {
    pending += segment;
    if (!ABBREVIATION_END.test(pending)) {
      result.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim() !== '') result.push(pending.trim());
  return result;
}

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function wordCount(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/** `a; b; c` inside one sentence or item lists separate things. */
function splitSemicolons(text: string): string[] {
  return text.split(/\s*;\s+/).map((part) => part.trim()).filter((part) => /[\p{L}\p{N}]/u.test(part));
}

function tableCells(row: string): string[] {
  return row.split('|').map((cell) => cell.trim()).filter(Boolean);
}

/**
 * Splits customer text into statements: sentences of paragraphs, list items, table rows and the
 * parts of `;`-separated lists. Headings are not statements; they become the `context` of what
 * follows them, as does a lead-in line ending with `:`.
 */
export function splitStatements(text: string, locale = 'en'): Statement[] {
  const lines = normalizeText(text).split('\n');
  const statements: Statement[] = [];
  let heading: string | null = null;
  let leadIn: string | null = null;
  let paragraph: string[] = [];
  let item: string | null = null;

  const context = (): string | null => leadIn ?? heading;
  const push = (raw: string, listItem: boolean): void => {
    for (const part of splitSemicolons(raw)) {
      statements.push({ text: part, listItem, context: context(), contextIsLeadIn: leadIn !== null });
    }
  };
  const flushItem = (): void => {
    if (item !== null) push(item, true);
    item = null;
  };
  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join(' ');
    paragraph = [];
    // A paragraph after a list ends the lead-in that introduced the list.
    leadIn = null;
    for (const sentence of sentences(joined, locale)) {
      // "Here is what we'd like: a menu; a booking form." introduces a list inside one sentence; the
      // reader decides whether the intro states a need or only labels values ("Services: a, b, c").
      const inline = INLINE_LEAD_IN.exec(sentence);
      if (!inline) {
        push(sentence, false);
        continue;
      }
      const intro = (inline[1] ?? '').trim();
      for (const part of splitSemicolons(inline[2] ?? '')) statements.push({ text: part, listItem: true, context: intro, contextIsLeadIn: true, sentence });
    }
  };
  const setHeading = (title: string): void => {
    flushItem();
    flushParagraph();
    heading = title.replace(/[:：]\s*$/u, '').trim() || null;
    leadIn = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const indented = raw.startsWith(' ');
    if (line === '') {
      flushItem();
      flushParagraph();
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();

    const headingMatch = HEADING.exec(line);
    if (headingMatch) {
      setHeading(headingMatch[1] ?? '');
      continue;
    }
    if (RULE.test(line)) {
      // A setext underline turns the single preceding line into a heading.
      if (paragraph.length === 1 && /^[=-]/.test(line)) setHeading(paragraph.pop() ?? '');
      flushItem();
      flushParagraph();
      continue;
    }
    if (TABLE_SEPARATOR.test(line)) continue;
    const row = TABLE_ROW.exec(line);
    if (row) {
      flushParagraph();
      flushItem();
      const cells = tableCells(row[1] ?? '');
      if (TABLE_SEPARATOR.test(next)) setHeading(cells.join(' — '));
      else if (cells.length > 0) push(cells.join(' — '), true);
      continue;
    }

    const bullet = BULLET.exec(line);
    if (bullet) {
      flushParagraph();
      flushItem();
      const body = (bullet[1] ?? '').trim();
      // A list item ending with `:` introduces a nested list.
      if (/[:：]$/u.test(body)) leadIn = body.slice(0, -1).trim();
      else item = body;
      continue;
    }
    if (item !== null && indented) {
      item = `${item} ${line}`;
      continue;
    }
    flushItem();

    if (/[:：]$/u.test(line)) {
      // The last sentence before the colon introduces what follows; earlier ones are ordinary text.
      paragraph.push(line);
      const parts = sentences(paragraph.join(' '), locale);
      const last = parts.pop() ?? '';
      if (last.length <= 200) {
        paragraph = parts.length > 0 ? [parts.join(' ')] : [];
        flushParagraph();
        leadIn = last.slice(0, -1).trim();
        continue;
      }
      paragraph.pop();
    }
    // A short unpunctuated line right before a list, or an all-caps line, is a heading.
    const short = line.length <= 60 && wordCount(line) <= 6 && !TERMINAL.test(line);
    if (short && paragraph.length === 0 && (BULLET.test(next) || (/\p{Lu}/u.test(line) && line === line.toUpperCase() && /\p{L}{3}/u.test(line)))) {
      setHeading(line);
      continue;
    }
    // "Menu and prices" above "We also need a gallery." is a line of its own (a PDF keeps no blank
    // line between them), not the start of one run-on sentence: wrapped lines continue in lower case.
    const previous = paragraph.at(-1);
    if (previous !== undefined && /^\p{Lu}/u.test(line) && !/[,;:\-–—]$/u.test(previous) && !TERMINAL.test(previous) && previous.length <= 60 && wordCount(previous) <= 6) {
      flushParagraph();
    }
    paragraph.push(line);
  }
  flushItem();
  flushParagraph();
  return statements;
}
