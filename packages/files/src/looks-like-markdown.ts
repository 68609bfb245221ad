const HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;
const LINK = /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)/;
const FENCE = /^ {0,3}(?:```|~~~)/m;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/gm;

/** Clear Markdown structure: an ATX heading, an inline link, a code fence, or a list of at least two items. */
export function looksLikeMarkdown(text: string): boolean {
  if (HEADING.test(text) || LINK.test(text) || FENCE.test(text)) return true;
  return (text.match(LIST_ITEM)?.length ?? 0) >= 2;
}
