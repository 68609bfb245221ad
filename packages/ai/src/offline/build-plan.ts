import type { Milestone, Plan, PlanTask, Requirement, RequirementCategory, Risk, Terms } from '@statex/core';
import { phrasePattern, truncate, upperFirst, type PhraseMatcher } from './normalize-text.ts';

export interface PlanSettings {
  compliance: 'standard' | 'eu';
  privacy: 'standard' | 'enhanced';
}

export const HOURS_PER_DAY = 6;

// Hours for one requirement of a category before complexity cues.
const BASE_HOURS: Record<RequirementCategory, number> = {
  functional: 6,
  integration: 10,
  'non-functional': 4,
  design: 4,
  content: 3,
};
const COMPLEXITY: ReadonlyArray<readonly [PhraseMatcher, number]> = [
  [phrasePattern(['payment*', 'pay online', 'checkout', 'cart', 'shop', 'e-commerce', 'ecommerce', 'order online', 'online order*', 'sell*']), 2],
  [phrasePattern(['login', 'log in', 'sign in', 'account*', 'member*', 'register*', 'registration', 'dashboard', 'admin', 'cms', 'itself', 'themselves', 'edit*', 'update*', 'manage*']), 1.75],
  [phrasePattern(['book*', 'reserv*', 'appointment*', 'calendar*', 'availability', 'schedul*']), 1.5],
  [phrasePattern(['multilingual', 'bilingual', 'language*', 'translat*']), 1.5],
  [phrasePattern(['search*', 'filter*', 'sort*']), 1.25],
  [phrasePattern(['api', 'apis', 'sync*', 'import*', 'export*', 'webhook*']), 1.25],
  [phrasePattern(['simple', 'basic', 'small', 'static', 'just', 'only', 'short']), 0.75],
];
const MAX_FACTOR = 3;

/** Hours for one requirement: a base by category, scaled by cues of complexity, to the half hour. */
export function estimateRequirement(requirement: Requirement): number {
  let factor = 1;
  for (const [pattern, weight] of COMPLEXITY) if (pattern.test(requirement.text)) factor *= weight;
  return roundHalf(Math.max(1, BASE_HOURS[requirement.category] * Math.min(factor, MAX_FACTOR)));
}

function roundHalf(hours: number): number {
  return Math.round(hours * 2) / 2;
}

function shortText(requirement: Requirement): string {
  const predicate = requirement.text.replace(/^The (?:site|system) shall\s+/i, '').replace(/[.!?]+$/u, '');
  return truncate(upperFirst(predicate), 90);
}

function requirementTask(requirement: Requirement): PlanTask {
  return { title: `${requirement.id} — ${shortText(requirement)}`, covers: [requirement.id], estimateHours: estimateRequirement(requirement) };
}

function ids(requirements: readonly Requirement[]): string[] {
  return requirements.map((r) => r.id);
}

function citation(requirements: readonly Requirement[]): string {
  const list = ids(requirements);
  return list.length > 8 ? `${list.slice(0, 8).join(', ')} and ${list.length - 8} more` : list.join(', ');
}

const BUILD_GROUPS: ReadonlyArray<readonly [RequirementCategory, string]> = [
  ['functional', 'Build: features'],
  ['integration', 'Build: integrations'],
  ['non-functional', 'Build: quality, performance and compliance'],
];

/**
 * Milestones — discovery, design, build (one per category that has requirements), content, QA and
 * launch — with one task per requirement citing it, plus the fixed work every site needs.
 */
export function buildPlan(terms: Terms, settings: PlanSettings): Plan {
  const reqs = terms.requirements;
  const of = (category: RequirementCategory): Requirement[] => reqs.filter((r) => r.category === category);
  const all = ids(reqs);
  const drafts: Array<{ title: string; tasks: PlanTask[] }> = [];

  const discovery: PlanTask[] = [
    { title: 'Kick-off: review the terms of reference and agree acceptance criteria', covers: all, estimateHours: roundHalf(2 + 0.1 * reqs.length) },
    { title: 'Collect content, brand assets and access to third-party accounts', covers: ids([...of('content'), ...of('integration')]), estimateHours: 2 },
  ];
  drafts.push({ title: 'Discovery', tasks: discovery });
  drafts.push({
    title: 'Design',
    tasks: [
      { title: 'Sitemap and wireframes of every page', covers: [], estimateHours: 4 },
      { title: 'Visual design: theme, typography and colours', covers: ids(of('design')), estimateHours: 6 },
      ...of('design').map(requirementTask),
    ],
  });
  let setUp = false;
  for (const [category, title] of BUILD_GROUPS) {
    const group = of(category);
    if (group.length === 0) continue;
    const tasks = group.map(requirementTask);
    if (!setUp) {
      tasks.unshift({ title: 'Project set-up, hosting and deployment pipeline', covers: [], estimateHours: 4 });
      setUp = true;
    }
    drafts.push({ title, tasks });
  }
  if (!setUp) drafts.push({ title: 'Build', tasks: [{ title: 'Project set-up, hosting and deployment pipeline', covers: [], estimateHours: 4 }] });
  drafts.push({
    title: 'Content',
    tasks: [{ title: 'Place the texts and images supplied by the customer', covers: ids(of('content')), estimateHours: 3 }, ...of('content').map(requirementTask)],
  });
  const qa: PlanTask[] = [
    { title: `Acceptance test against every requirement (${reqs.length})`, covers: all, estimateHours: roundHalf(1 + 0.25 * reqs.length) },
    { title: 'Cross-browser, mobile and accessibility checks', covers: [], estimateHours: 3 },
  ];
  if (settings.compliance === 'eu') qa.push({ title: 'GDPR review: privacy notice, consent, records of processing', covers: [], estimateHours: 2 });
  if (settings.privacy === 'enhanced') qa.push({ title: 'Privacy hardening: no third-party requests, minimal data kept', covers: [], estimateHours: 2 });
  qa.push({ title: 'Launch and handover', covers: [], estimateHours: 2 });
  drafts.push({ title: 'QA and launch', tasks: qa });

  const milestones: Milestone[] = drafts.map((draft, i) => ({
    id: `M${i + 1}`,
    title: draft.title,
    tasks: draft.tasks,
    estimateHours: roundHalf(draft.tasks.reduce((sum, task) => sum + task.estimateHours, 0)),
  }));
  const totalHours = roundHalf(milestones.reduce((sum, m) => sum + m.estimateHours, 0));
  return { milestones, risks: buildRisks(terms, settings), totalHours, totalDays: Math.ceil(totalHours / HOURS_PER_DAY) };
}

const PAYMENTS = phrasePattern(['payment*', 'pay online', 'pay by card', 'checkout', 'stripe', 'paypal', 'credit card*', 'card payment*', 'shop', 'online shop', 'e-commerce', 'ecommerce', 'cart', 'sell*', 'buy online', 'order online', 'online order*']);
const PERSONAL_DATA = phrasePattern(['form', 'forms', 'book*', 'reserv*', 'appointment*', 'contact', 'newsletter', 'subscribe*', 'sign up', 'signup', 'account*', 'login', 'register*', 'registration', 'email*', 'e-mail*', 'phone', 'personal data', 'address*', 'gdpr', 'enquir*', 'inquir*', 'order*']);
const THIRD_PARTY = phrasePattern(['integrat*', 'api', 'apis', 'sync*', 'stripe', 'paypal', 'mailchimp', 'opentable', 'google*', 'instagram', 'facebook', 'whatsapp', 'calendly', 'crm', 'erp', 'pos', 'third-party', 'third party']);
const DEADLINE = phrasePattern(['asap', 'as soon as possible', 'urgent', 'urgently', 'deadline', 'next week', 'tomorrow', 'right away', 'immediately', 'tight', 'within a week', 'within two weeks', 'in two weeks', 'in a week', 'by monday', 'by friday', 'by next', 'next month', 'within weeks', 'in time for', 'by the end of', 'before the opening', 'before we open', 'launch date', 'dringend', 'sofort', 'urgente', 'عاجل']);
const LANGUAGES = phrasePattern(['multilingual', 'bilingual', 'languages', 'language', 'translat*', 'english and', 'and english', 'in german', 'in french', 'in arabic', 'in spanish', 'right-to-left', 'rtl']);

function matching(requirements: readonly Requirement[], pattern: PhraseMatcher): Requirement[] {
  return requirements.filter((r) => pattern.test(r.text));
}

function buildRisks(terms: Terms, settings: PlanSettings): Risk[] {
  const reqs = terms.requirements;
  const risks: Risk[] = [];
  const payments = matching(reqs, PAYMENTS);
  if (payments.length > 0) {
    risks.push({
      text: `Online payments and orders (${citation(payments)}) handle money and card data; a mistake costs the customer directly.`,
      mitigation: 'Use a hosted checkout from an established payment provider so card data never touches the site; test refunds and failed payments before launch.',
    });
  }
  const personal = matching(reqs, PERSONAL_DATA);
  if (personal.length > 0) {
    const extra = [
      settings.compliance === 'eu' ? 'Keep the data and every processor in the EU and record the processing (GDPR Art. 30).' : '',
      settings.privacy === 'enhanced' ? 'Enhanced privacy: no analytics or third-party scripts, and submissions deleted once handled.' : '',
    ].filter(Boolean);
    risks.push({
      text: `Forms and accounts (${citation(personal)}) collect personal data such as names, email addresses and phone numbers.`,
      mitigation: ['Ask only for the fields each form needs, show a privacy notice at every form and set a retention period.', ...extra].join(' '),
    });
  }
  const thirdParty = [...new Set([...reqs.filter((r) => r.category === 'integration'), ...matching(reqs, THIRD_PARTY)])];
  if (thirdParty.length > 0) {
    risks.push({
      text: `Third-party services (${citation(thirdParty)}) may change, limit or charge for their interfaces, and need the customer's accounts.`,
      mitigation: "Get access to the customer's accounts during discovery, keep each service behind one adapter, and keep a manual fallback (such as email) for when a service is down.",
    });
  }
  const deadline = [...reqs.map((r) => r.text), ...terms.assumptions].find((text) => DEADLINE.test(text));
  if (deadline !== undefined) {
    const couldHave = reqs.filter((r) => r.priority === 'could');
    risks.push({
      text: `The timeline is tight: “${truncate(deadline, 160)}”`,
      mitigation: `Deliver the must-have requirements first${couldHave.length > 0 ? ` and move the could-have ones (${citation(couldHave)}) to a second phase` : ' and agree what can follow after launch'}.`,
    });
  }
  const languages = matching(reqs, LANGUAGES);
  if (languages.length > 0) {
    risks.push({
      text: `Several languages (${citation(languages)}) multiply content work and testing, and translations often arrive late.`,
      mitigation: 'Fix the list of languages at kick-off, translate only final texts, and test every language, including right-to-left layout where needed.',
    });
  }
  const content = reqs.filter((r) => r.category === 'content');
  if (content.length > 0) {
    risks.push({
      text: `Content (${citation(content)}) comes from the customer and often arrives late or incomplete.`,
      mitigation: 'Agree a content deadline during discovery and build with clearly marked placeholders, so launch does not wait for copy.',
    });
  }
  risks.push({
    text: `Scope may grow beyond the ${reqs.length} agreed requirement${reqs.length === 1 ? '' : 's'} once the customer sees the prototype.`,
    mitigation: 'Changes after sign-off go through the one modification round; anything further is estimated and agreed separately.',
  });
  return risks;
}
