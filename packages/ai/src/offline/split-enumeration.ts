/**
 * "our menu with prices, online cake orders for pickup, a contact form and opening hours" lists four
 * things; each becomes its own need. Only comma lists of three or more items are split, and the
 * last "X and Y" only when both sides are phrases of two words or more, so "black and white
 * photos", "terms and conditions" or "fast, modern and accessible" stay whole.
 */
export function splitEnumeration(text: string): string[] | null {
  if (!text.includes(',')) return null;
  const parts = text.split(/\s*,\s+/).map((p) => p.trim());
  if (parts.some((p) => p === '')) return null;
  const items: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] as string;
    const last = i === parts.length - 1;
    // Oxford comma: ", and opening hours" — the conjunction starts the last item.
    const conjunction = /^(?:and|or|und|et|y)\s+(.+)$/iu.exec(part);
    if (conjunction && i > 0) part = conjunction[1] as string;
    else if (last) {
      const pair = splitFinalAnd(part);
      if (pair) {
        items.push(...pair);
        continue;
      }
    }
    items.push(part);
  }
  if (items.length < 3) return null;
  // Every item must read as a thing, not as one adjective of a description.
  const thing = (item: string) => words(item) >= 2 || /^\p{Lu}/u.test(item);
  if (!items.every(thing) || items.some((item) => words(item) > 14)) return null;
  return items;
}

function splitFinalAnd(part: string): [string, string] | null {
  const index = part.lastIndexOf(' and ');
  if (index < 0) return null;
  const left = part.slice(0, index).trim();
  const right = part.slice(index + 5).trim();
  if (words(left) < 2 || words(right) < 2) return null;
  return [left, right];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "We need a menu, a shop and a blog" → intro "We need", list "a menu, a shop and a blog". */
const LIST_VERB = /^(.{0,80}?\b(?:need|needs|want|wants|would like|require|requires|include|includes|including|should have|must have|should offer|must offer|should contain|must contain))\s+(.+)$/iu;

export function splitListSentence(sentence: string): { intro: string; items: string[] } | null {
  const match = LIST_VERB.exec(sentence);
  if (!match) return null;
  const items = splitEnumeration(match[2] as string);
  return items ? { intro: (match[1] as string).trim(), items } : null;
}
