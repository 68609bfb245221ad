/**
 * Text clean-up shared by the offline tier. Customer text arrives with every kind of whitespace,
 * BOMs and control characters; everything downstream assumes plain spaces and `\n`.
 */

// Zero-width space and BOM carry no meaning; ZWJ/ZWNJ are kept because some scripts and emoji need them.
const INVISIBLE = /[\u200b\ufeff\u00ad]/g;
// C0/C1 controls other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
// Tabs and Unicode space separators (NBSP, thin space, ideographic space, …).
const SPACES = /[\t\p{Zs}]+/gu;

/**
 * NFC, `\n` line breaks, single spaces, no invisible or control characters. Keeps the line
 * structure, and an indented line keeps one leading space so list continuations stay visible.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** Collapses all whitespace (including line breaks) into single spaces. */
export function collapseWhitespace(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters, at a word boundary where one is near, ending with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}

/** Ends a sentence with a full stop unless it already ends with terminal punctuation. */
export function endSentence(text: string): string {
  const trimmed = text.replace(/[\s,;:–—-]+$/u, '');
  if (trimmed === '') return trimmed;
  return /[.!?…。؟!？]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Finds any of a list of phrases as whole words in a text, ignoring case. */
export interface PhraseMatcher {
  test(text: string): boolean;
  /** The first phrase found, lower-cased. */
  find(text: string): string | undefined;
  /** The text lower-cased, with every phrase found replaced by a space. */
  strip(text: string): string;
}

/**
 * Matches any of the phrases as whole words (Unicode-aware), ignoring case. A trailing `*` in a
 * phrase matches any word ending (`book*` → book, booking, booked). The text is lower-cased rather
 * than the regex made case-insensitive: Unicode classes under the `i` flag are slow to compile.
 */
export function phrasePattern(phrases: readonly string[]): PhraseMatcher {
  const bodies = (list: readonly string[]): string =>
    list
      .map((phrase) => phrase.toLowerCase().replace(/[.+?^${}()[\]\\|]/g, '\\$&').replace(/\*$/, '[\\p{L}\\p{N}]*').replace(/ /g, '\\s+'))
      .join('|');
  // Arabic words take attached prefixes and suffixes (و، ب، ال، ـه…), so they match inside words.
  const arabic = phrases.filter((phrase) => /\p{Script=Arabic}/u.test(phrase));
  const others = phrases.filter((phrase) => !arabic.includes(phrase));
  const parts = [...(others.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${bodies(others)})(?![\\p{L}\\p{N}])`] : []), ...(arabic.length > 0 ? [bodies(arabic)] : [])];
  const pattern = new RegExp(parts.join('|'), 'u');
  const global = new RegExp(pattern.source, 'gu');
  return {
    test: (text) => pattern.test(text.toLowerCase()),
    find: (text) => pattern.exec(text.toLowerCase())?.[0],
    strip: (text) => text.toLowerCase().replace(global, ' '),
  };
}
