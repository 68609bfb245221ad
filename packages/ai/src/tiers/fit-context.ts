import type { GeneratorInput, SourceDocument } from '../generator.ts';
import { extractFacts } from '../offline/extract-facts.ts';
import { extractNeeds } from '../offline/extract-needs.ts';

/**
 * Keeps the customer's text within `maxChars` so no request fails with "prompt too long": the
 * longest documents are condensed first to their statements of need and their facts (found by the
 * offline tier's readers, so nothing the customer asked for or supplied is dropped), and only then cut.
 */
export function fitContext(input: GeneratorInput, maxChars: number): { documents: SourceDocument[]; condensed: string[] } {
  const documents = input.documents.map((d) => ({ ...d }));
  const condensed: string[] = [];
  const size = () => input.brief.length + documents.reduce((n, d) => n + (d.text?.length ?? 0), 0);
  const byLength = [...documents].sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0));
  for (const doc of byLength) {
    if (size() <= maxChars) break;
    if (!doc.text) continue;
    const needs = extractNeeds(doc.text, `file:${doc.name}`, input.locale).needs.map((n) => `- ${n.stated}`);
    const facts = extractFacts([{ text: doc.text, source: `file:${doc.name}` }], input.locale).map((f) => `- ${[f.group, f.label, f.value, f.detail].filter(Boolean).join(' ')}`);
    doc.text = `[condensed: the statements of need and the facts of a long document]\n${[...needs, ...facts].join('\n')}`;
    condensed.push(doc.name);
  }
  const over = size() - maxChars;
  if (over > 0) {
    // Still too long: cut each document in proportion to its length.
    const total = documents.reduce((n, d) => n + (d.text?.length ?? 0), 0);
    for (const doc of documents) {
      if (!doc.text) continue;
      const keep = Math.max(0, doc.text.length - Math.ceil((over * doc.text.length) / total));
      doc.text = doc.text.slice(0, keep);
    }
  }
  return { documents, condensed };
}
