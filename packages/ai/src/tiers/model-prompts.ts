import type { Plan, Terms } from '@statex/core';
import type { GeneratorInput, SourceDocument } from '../generator.ts';
import type { ChatMessage } from './chat-model.ts';
import { sectionCatalogue } from './deliverable-schemas.ts';

const IMAGE_KINDS = new Set(['png', 'jpeg', 'webp']);

function languageRule(locale: string): string {
  return `Write every human-readable text in the language of the locale "${locale}" (requirement texts, titles, summaries, page text), whatever language the customer used.`;
}

function describeDocuments(documents: SourceDocument[]): string {
  if (documents.length === 0) return 'No documents were attached.';
  return documents
    .map((d) => {
      if (IMAGE_KINDS.has(d.kind) && !d.text) return `--- Image "${d.name}" (not described; treat it as material the customer supplied) ---`;
      if (!d.text) return `--- Document "${d.name}": no readable text ---`;
      if (IMAGE_KINDS.has(d.kind)) return `--- Image "${d.name}" (source "file:${d.name}"; described by a vision model) ---\n${d.text}`;
      return `--- Document "${d.name}" (source "file:${d.name}") ---\n${d.text}`;
    })
    .join('\n\n');
}

/** Terms of reference: one requirement per need of the brief and files, the offline reading as a checklist. */
export function termsMessages(input: GeneratorInput, documents: SourceDocument[], checklist: string[]): ChatMessage[] {
  const system = [
    'You are a business analyst writing the terms of reference for a small website from a customer’s brief.',
    'Answer with JSON that matches the given schema, nothing else.',
    'Number the requirements R1, R2, … in the order the needs were stated: the brief first, then each document.',
    'Cover every need stated in the brief and in the documents. Each item of an enumeration ("a menu, online orders and a contact form") is its own requirement; keep phrases such as "black and white photos" whole.',
    'Each requirement: one testable sentence; category functional|content|design|integration|non-functional; priority must|should|could; source "brief", "file:<document name>" or "modification".',
    'Statements that are context rather than needs (who the customer is, timing, budget) go to assumptions.',
    languageRule(input.locale),
  ].join('\n');
  const parts = [`Brief:\n${input.brief}`, describeDocuments(documents)];
  if (checklist.length > 0) parts.push(`A rule-based reader found these needs; make sure each is covered:\n${checklist.map((c) => `- ${c}`).join('\n')}`);
  if (input.revision) {
    parts.push(
      `This is the one modification round. The current terms:\n${JSON.stringify(input.revision.previous.terms)}\n\nThe customer’s change:\n${input.revision.change}\n\n` +
        'Keep the ids and wording of untouched requirements, drop what the change removes, reword what it restates under the same id, and append new needs with the next ids (source "modification").',
    );
  }
  return [
    { role: 'system', content: system },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

export function planMessages(input: GeneratorInput, terms: Terms): ChatMessage[] {
  return [
    {
      role: 'system',
      content: [
        'You are a web project lead writing a realization plan for the terms of reference you are given.',
        'Answer with JSON that matches the given schema, nothing else.',
        'Milestones M1, M2, … each with tasks; every task lists the requirement ids it covers; every requirement is covered by at least one task.',
        'Estimate hours per task; a milestone’s estimateHours is the sum of its tasks; totalHours the sum of all; totalDays = ceil(totalHours / 6). Name the main risks with a mitigation each.',
        languageRule(input.locale),
      ].join('\n'),
    },
    { role: 'user', content: `Terms of reference:\n${JSON.stringify(terms)}` },
  ];
}

export function specMessages(input: GeneratorInput, terms: Terms, plan: Plan | null): ChatMessage[] {
  const theme = input.compliance === 'eu' ? 'eu' : 'light';
  return [
    {
      role: 'system',
      content: [
        'You are a web designer describing a static prototype site as a TemplateSpec (JSON matching the given schema, nothing else).',
        `version 1; site.locale "${input.locale.slice(0, 2)}"; site.dir "rtl" only for right-to-left languages; site.theme "${theme}".`,
        'The first page has slug "index". Page slugs and section ids: lower-case letters, digits, hyphens. Links are relative: "<slug>.html", "#<section-id>" or "<slug>.html#<section-id>".',
        'Every page and every section lists in `covers` the requirement ids it implements; every requirement id of the terms is covered by at least one page. Use no ids that are not in the terms.',
        'Section types and the JSON Schema of their props:',
        sectionCatalogue(),
        languageRule(input.locale),
      ].join('\n'),
    },
    { role: 'user', content: `Terms of reference:\n${JSON.stringify(terms)}${plan ? `\n\nPlan milestones: ${plan.milestones.map((m) => m.title).join('; ')}` : ''}` },
  ];
}
