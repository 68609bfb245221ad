/**
 * Characters a file name must not carry: control characters (NUL, newlines, escapes…), line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates that can make "cod.exe" read as "exe.doc".
 */
export const UNSAFE_NAME_CHARACTER = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const UNSAFE_GLOBAL = new RegExp(UNSAFE_NAME_CHARACTER.source, 'gu');
const MAX_SHOWN = 80;

/**
 * A file name as it appears inside a message to the customer: in double quotes, unsafe characters shown
 * as "?", long names shortened in the middle. "This file" when there is no name.
 */
export function quoteFileName(name: string | undefined): string {
  if (!name) return 'This file';
  const shown = [...name.replace(UNSAFE_GLOBAL, '?')];
  if (shown.length <= MAX_SHOWN) return `"${shown.join('')}"`;
  return `"${shown.slice(0, MAX_SHOWN - 20).join('')}…${shown.slice(-19).join('')}"`;
}
