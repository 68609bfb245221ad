import { GAP_KINDS, MAX_QUESTIONS, NEED_KINDS, type AskedQuestion, type Fact, type InterviewQuestion, type Plan, type Terms } from '@statex/core';
import { resolveLocale, textDirection } from '@statex/i18n';
import type { TemplateSpec } from '@statex/templates';
import type { GeneratorInput, SourceDocument } from '../generator.ts';
import type { ChatMessage } from './chat-model.ts';
import { sectionCatalogue } from './deliverable-schemas.ts';

const IMAGE_KINDS = new Set(['png', 'jpeg', 'webp']);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The request's language, named for the model: `Czech (locale "cs")`. */
export function languageOf(locale: string): string {
  const code = resolveLocale(locale);
  return `${languageNames.of(code) ?? code} (locale "${code}")`;
}

function languageRule(locale: string): string {
  return `Write every human-readable text in ${languageOf(locale)} (requirement texts, actors, acceptance criteria, titles, summaries, page text, labels, buttons), whatever language the customer used; keep the customer's own names, prices and figures exactly as written.`;
}

/** One fact per line, as the customer wrote it, for the model to keep. */
export function describeFacts(facts: readonly Fact[]): string {
  return facts
    .map((f) => `- ${JSON.stringify({ kind: f.kind, label: f.label, value: f.value ?? '', detail: f.detail ?? '', group: f.group ?? '', source: f.source })}`)
    .join('\n');
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

/**
 * The brief interview as the generation prompts carry it: each answer is customer input (source
 * "answer"); each unanswered question is an assumption to make and state.
 */
export function describeInterview(interview: readonly AskedQuestion[]): string {
  const lines = interview.map((q) => {
    const about = `${q.id} (${q.requirement ?? 'the whole brief'}, ${q.kind})`;
    return q.answer === null || q.answer.trim() === ''
      ? `- ${about}: ${JSON.stringify(q.text)} — not answered${q.suggestion ? ` (a likely answer: ${JSON.stringify(q.suggestion)})` : ''}`
      : `- ${about}: ${JSON.stringify(q.text)} — answer: ${JSON.stringify(q.answer.trim())}`;
  });
  return [
    'Before writing, the customer was asked these questions:',
    ...lines,
    'Each answer is customer input like the brief, with source "answer": the needs it states are requirements and the things it supplies are facts (label and value exactly as written), both with source "answer"; an answer overrides what the brief left open.',
    'For each question not answered, make the most reasonable assumption and state it in assumptions, naming the question it stands in for.',
  ].join('\n');
}

/**
 * The brief interview: at most MAX_QUESTIONS questions about what the brief and files leave open,
 * each citing the requirement of the rule-based terms it would settle. The rule-based reader's own
 * questions go along to improve on.
 */
export function questionsMessages(input: GeneratorInput, documents: SourceDocument[], offline: Terms, suggested: readonly InterviewQuestion[]): ChatMessage[] {
  const locale = resolveLocale(input.locale);
  const system = [
    'You are a business analyst preparing a short interview with a customer before writing the terms of reference for their website.',
    'Answer with JSON that matches the given schema, nothing else.',
    `Ask at most ${MAX_QUESTIONS} questions, and only about what the brief and the documents leave open and what would most change the site: the business’s name when it is missing or unclear; the services, staff and opening hours a booking needs; the prices a pricing page shows; the products of a shop, the dishes of a menu, the dates of events; the address a map or a visit needs; whether an app itself or only its marketing site is wanted; which languages “several languages” means; requirements that contradict each other.`,
    'Never ask about something the brief or the documents already say. When nothing important is open, answer with an empty list.',
    `Order the questions by how much the answer would change the site; ids q1, q2, … in that order. kind: one of ${GAP_KINDS.join(', ')}. requirement: the id of the requirement below that the answer would settle, or null when the question concerns the whole brief (name, scope, languages). text: one or two short, polite sentences addressed to the customer. suggestion: a likely answer only where the brief implies one, else null; never invent facts.`,
    `Write every question and suggestion in ${languageOf(locale)}, whatever language the customer used.`,
  ].join('\n');
  const parts = [`Brief:\n${input.brief}`, describeDocuments(documents)];
  parts.push(
    offline.requirements.length > 0
      ? `The requirements (cite these ids):\n${offline.requirements.map((r) => `- ${r.id} [${r.kind ?? 'other'}] ${r.text}`).join('\n')}`
      : 'No requirements were found yet: cite none (requirement null).',
  );
  if (offline.facts && offline.facts.length > 0) parts.push(`The facts the customer already supplied (ask nothing they answer):\n${describeFacts(offline.facts)}`);
  if (offline.business) parts.push(`The business was taken to be "${offline.business.name}" (type ${offline.business.type}).`);
  if (suggested.length > 0) {
    parts.push(`A rule-based reader would ask these; keep what matters, word it better, drop what the brief answers, add what it missed:\n${suggested.map((q) => `- [${q.kind}, ${q.requirement ?? 'whole brief'}] ${q.text}`).join('\n')}`);
  }
  return [
    { role: 'system', content: system },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/**
 * Terms of reference: one requirement per need of the brief and files. The offline reading goes
 * along as the floor — its needs (with their kinds), its facts and the business it recognised — so
 * the model improves on it and never drops what it found.
 */
export function termsMessages(input: GeneratorInput, documents: SourceDocument[], offline: Terms): ChatMessage[] {
  const locale = resolveLocale(input.locale);
  const system = [
    'You are a business analyst writing the terms of reference for a small website from a customer’s brief.',
    'Answer with JSON that matches the given schema, nothing else.',
    `locale is "${locale}".`,
    'Number the requirements R1, R2, … in the order the needs were stated: the brief first, then each document.',
    'Cover every need stated in the brief and in the documents. Each requirement is exactly one need: each item of an enumeration ("a menu, online orders and a contact form") and each action of an actor ("office managers sign up, choose a plan and schedule deliveries") is its own requirement; keep phrases such as "black and white photos" whole. What the customer says they do not want, and descriptions of themselves ("since 1998"), are not requirements.',
    'Each requirement: one verifiable sentence; category functional|content|design|integration|non-functional; priority must|should|could from the customer’s words; source "brief", "file:<document name>", "voice" or "modification";',
    `kind, the section and work it calls for, one of: ${NEED_KINDS.join(', ')} ("other" only when none fits); actor, who needs it in the customer’s words ("" when not said); acceptance, how a reviewer checks it is met.`,
    'business: the business’s own name as the customer writes it (never the contact person’s name), its type, a one-line tagline in the customer’s words ("" if none), the city ("" if not said).',
    'facts: every concrete thing the customer supplied — prices and plans, products and menu items, services, opening hours, timetables, dates and events, addresses, phone numbers, e-mail addresses, links, team members with their role, figures worth showing. Keep label and value exactly as written ("6,50 €" stays "6,50 €", never "6.5"); value "" when there is none; group is the heading they were listed under ("" if none); source as for requirements. Never invent a fact.',
    'Statements that are context rather than needs (who the customer is, timing, budget) go to assumptions.',
    languageRule(locale),
  ].join('\n');
  const parts = [`Brief:\n${input.brief}`, describeDocuments(documents)];
  if (offline.requirements.length > 0) {
    parts.push(
      `A rule-based reader found these needs. Each must stay covered by a requirement of the same kind (you may word it better, split it further or add needs it missed):\n${offline.requirements
        .map((r) => `- [${r.kind ?? 'other'}] ${r.text} (source ${r.source})`)
        .join('\n')}`,
    );
  }
  if (offline.facts && offline.facts.length > 0) parts.push(`It found these facts. List each in facts with label and value exactly as written (add any it missed):\n${describeFacts(offline.facts)}`);
  if (offline.business) {
    parts.push(`It took the business to be "${offline.business.name}" (type ${offline.business.type}${offline.business.city ? `, in ${offline.business.city}` : ''}); correct this only where the brief clearly says otherwise.`);
  }
  if (input.interview && input.interview.length > 0) parts.push(describeInterview(input.interview));
  if (input.revision) {
    parts.push(
      `This is the one modification round. The current terms:\n${JSON.stringify(input.revision.previous.terms)}\n\nThe customer’s change:\n${input.revision.change}\n\n` +
        'Keep the ids and wording of untouched requirements, drop what the change removes, reword what it restates under the same id (a rename changes the requirement and the fact, it does not add one), and append new needs with the next ids (source "modification").',
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
        'Plan the work each kind of need calls for (a booking back end and calendar for booking, a payment provider and 3-D Secure for payment, notifications, integrations with third-party APIs, translations for languages, the customer’s content); dependsOn lists the titles of tasks of this plan that must be done first ([] when none).',
        'Estimate hours per task by what it involves; a milestone’s estimateHours is the sum of its tasks; totalHours the sum of all; totalDays = ceil(totalHours / 6). Name the risks that follow from what was asked (health data is a special GDPR category, SMS cost and delivery, payment-provider onboarding, third-party API terms), each with a mitigation.',
        languageRule(input.locale),
      ].join('\n'),
    },
    { role: 'user', content: `Terms of reference:\n${JSON.stringify(terms)}` },
  ];
}

/** A compact outline of a spec: which section types cover which requirements, page by page. */
function outline(spec: TemplateSpec): string {
  return spec.pages.map((p) => `- ${p.slug}: ${p.sections.map((s) => `${s.type}${s.covers.length > 0 ? ` [${s.covers.join(' ')}]` : ''}`).join(', ')}`).join('\n');
}

/**
 * The TemplateSpec: pages and sections for the terms, filled with the customer's facts. The
 * rule-based designer's outline for the same terms goes along as a starting point.
 */
export function specMessages(input: GeneratorInput, terms: Terms, plan: Plan | null, reference?: TemplateSpec): ChatMessage[] {
  const locale = resolveLocale(input.locale);
  const theme = input.compliance === 'eu' ? 'eu' : 'light';
  const business = terms.business?.name ?? terms.title;
  const facts = terms.facts ?? [];
  const user = [`Terms of reference:\n${JSON.stringify(terms)}`];
  if (plan) user.push(`Plan milestones: ${plan.milestones.map((m) => m.title).join('; ')}`);
  if (facts.length > 0) user.push(`The customer’s facts, each to be shown as written in the props of a section:\n${describeFacts(facts)}`);
  if (reference) user.push(`A rule-based designer proposes these pages and sections (type [requirement ids]); keep at least this coverage:\n${outline(reference)}`);
  return [
    {
      role: 'system',
      content: [
        'You are a web designer describing a static prototype site as a TemplateSpec (JSON matching the given schema, nothing else).',
        `version 1; site.title is the business’s own name ("${business}"); site.locale "${locale}"; site.dir "${textDirection(locale)}"; site.theme "${theme}".`,
        'The first page has slug "index". Page slugs and section ids: lower-case letters, digits, hyphens. Links are relative: "<slug>.html", "#<section-id>" or "<slug>.html#<section-id>".',
        'Every page and every section lists in `covers` the requirement ids it implements; every requirement id of the terms is cited by at least one section whose type does what its kind asks (booking → a booking form, pricing → the real plans, menu → the real dishes, team → team profiles, map → the address…). Use no ids that are not in the terms.',
        'Every fact of the terms appears, with its label and value exactly as written, in the props of a section that fits it. Use no placeholders where the customer supplied the content, and never the contact person’s own name.',
        'Section types and the JSON Schema of their props:',
        sectionCatalogue(),
        languageRule(locale),
      ].join('\n'),
    },
    { role: 'user', content: user.join('\n\n') },
  ];
}
