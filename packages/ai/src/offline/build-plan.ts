import { formatRequirementIds, PLAN_HOURS_PER_DAY, type Fact, type Milestone, type NeedKind, type Plan, type PlanTask, type Requirement, type Risk, type Terms } from '@statex/core';
import { planMessages, translator, type PlanMessageKey, type Translator } from '@statex/i18n';
import type { SourceDocument } from '../generator.ts';
import { countLanguages } from './count-languages.ts';
import { planSignals } from './plan-signals.ts';

export interface PlanSettings {
  compliance: 'standard' | 'eu';
  privacy: 'standard' | 'enhanced';
  /** The request's locale; the terms' own locale wins when they carry one. */
  locale?: string;
  /** Uploaded documents: images among them are photos the customer already supplied. */
  documents?: readonly SourceDocument[];
}

export const HOURS_PER_DAY = PLAN_HOURS_PER_DAY;

type T = Translator<PlanMessageKey>;

/** The kind a requirement is planned as; terms written before kinds existed fall back on the category. */
function kindOf(requirement: Requirement): NeedKind {
  if (requirement.kind) return requirement.kind;
  return requirement.category === 'integration' ? 'integration' : 'other';
}

function roundHalf(hours: number): number {
  return Math.round(hours * 2) / 2;
}

function ids(requirements: readonly Requirement[]): string[] {
  return requirements.map((r) => r.id);
}

function shortText(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[.!?。]+$/u, '');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function countFacts(facts: readonly Fact[], ...kinds: Fact['kind'][]): number {
  return facts.filter((f) => kinds.includes(f.kind)).length;
}

/** Collects a milestone's tasks; titles are unique within the plan because `dependsOn` names tasks by title. */
class Drafts {
  readonly milestones: Array<{ title: string; tasks: PlanTask[] }> = [];
  private readonly titles = new Set<string>();

  milestone(title: string): PlanTask[] {
    const tasks: PlanTask[] = [];
    this.milestones.push({ title, tasks });
    return tasks;
  }

  /** Adds a task and returns its (unique) title for others to depend on. */
  add(into: PlanTask[], title: string, covers: readonly Requirement[], hours: number, dependsOn: ReadonlyArray<string | null> = []): string {
    let unique = title;
    for (let n = 2; this.titles.has(unique); n++) unique = `${title} (${n})`;
    this.titles.add(unique);
    const after = dependsOn.filter((d): d is string => d !== null);
    into.push({ title: unique, covers: ids(covers), estimateHours: roundHalf(Math.max(0.5, hours)), ...(after.length > 0 ? { dependsOn: after } : {}) });
    return unique;
  }
}

/**
 * The realization plan, in the request's locale: discovery, design, the features asked for (one
 * work package per kind of need, sized by what was asked: plans, items, people, languages,
 * integrations), payments and integrations, content and languages, compliance and quality, launch.
 * Tasks cite the requirements they cover and name the tasks they wait for; risks follow from the needs.
 */
export function buildPlan(terms: Terms, settings: PlanSettings): Plan {
  const t = translator(planMessages, terms.locale ?? settings.locale ?? 'en');
  const reqs = terms.requirements;
  const facts = terms.facts ?? [];
  const of = (...kinds: NeedKind[]): Requirement[] => reqs.filter((r) => kinds.includes(kindOf(r)));
  const signals = planSignals(terms);
  const languages = countLanguages(of('languages').map((r) => r.text), t.locale);
  const d = new Drafts();

  // Discovery
  const discovery = d.milestone(t('ms.discovery'));
  const kickoff = d.add(discovery, t('task.kickoff'), reqs, 2 + 0.1 * reqs.length);
  const collect = d.add(discovery, t('task.collect'), reqs.filter((r) => r.category === 'content'), 2 + 0.5 * of('integration', 'payment').length, [kickoff]);
  const migration = signals.migration ? d.add(discovery, t('task.migration'), [], 6 + 0.5 * reqs.length, [kickoff]) : null;

  // Design
  const design = d.milestone(t('ms.design'));
  const kinds = new Set(reqs.map(kindOf));
  const sitemap = d.add(design, t('task.sitemap'), [], 2 + 0.5 * kinds.size, [kickoff]);
  const designReqs = reqs.filter((r) => r.category === 'design' && kindOf(r) === 'other');
  const visual = d.add(design, t('task.visualDesign'), designReqs, 6 + 1.5 * designReqs.length, [sitemap]);

  // Features
  const build = d.milestone(t('ms.build'));
  const setup = d.add(build, t('task.setup'), [], 4, [kickoff]);
  const accounts = of('signup', 'account', 'portal');
  const auth = accounts.length > 0 ? d.add(build, t('task.auth'), of('signup', 'account'), 12, [setup]) : null;
  if (of('portal').length > 0) d.add(build, t('task.portal'), of('portal'), 8 + 2 * (of('portal').length - 1), [auth]);
  const dashboards = of('dashboard');
  if (dashboards.length > 0) d.add(build, t('task.dashboard'), dashboards, 8 + 4 * (dashboards.length - 1), [auth ?? setup]);

  const booking = of('booking', 'availability');
  const notifications = of('notifications');
  let bookingTask: string | null = null;
  let mailTask: string | null = null;
  let smsTask: string | null = null;
  if (notifications.length > 0 || booking.length > 0) mailTask = d.add(build, t('task.notifications'), notifications, 4 + notifications.length, [setup]);
  if (signals.sms) smsTask = d.add(build, t('task.sms'), notifications.filter((r) => signals.smsIn(r)), 6, [mailTask]);
  if (booking.length > 0) {
    bookingTask = d.add(build, t('task.booking'), booking, 16 + 3 * (booking.length - 1), [setup]);
    d.add(build, t('task.bookingConfirm'), [], 4, [bookingTask, mailTask]);
    if (signals.reminders) d.add(build, t('task.reminders'), booking.filter((r) => signals.remindersIn(r)), 4, [bookingTask, smsTask ?? mailTask]);
  }

  const items = countFacts(facts, 'product');
  const catalogue = of('catalogue', 'menu', 'shop');
  let catalogueTask: string | null = null;
  let cartTask: string | null = null;
  if (catalogue.length > 0) catalogueTask = d.add(build, t('task.catalogue', { items }), of('catalogue', 'menu'), 6 + Math.min(items, 200) * 0.15, [setup]);
  const shop = of('shop');
  if (shop.length > 0) {
    cartTask = d.add(build, t('task.cart'), shop, 12 + 2 * (shop.length - 1), [catalogueTask]);
    d.add(build, t('task.orders'), [], 8, [cartTask]);
  }
  const pricing = of('pricing');
  const plans = countFacts(facts, 'price');
  if (pricing.length > 0) d.add(build, t('task.pricing', { plans }), pricing, 2 + 0.5 * Math.min(plans, 30), [visual]);
  const forms = of('contact', 'quote', 'application');
  if (forms.length > 0) d.add(build, t('task.forms', { count: forms.length }), forms, 2 + 2 * forms.length, [setup, mailTask]);
  if (of('upload').length > 0) d.add(build, t('task.upload'), of('upload'), 6 + 2 * (of('upload').length - 1), [setup]);
  if (of('newsletter').length > 0) d.add(build, t('task.newsletter'), of('newsletter'), 4, [setup]);
  if (of('tracking').length > 0) d.add(build, t('task.tracking'), of('tracking'), 8, [auth ?? setup]);
  if (of('timetable', 'events').length > 0) d.add(build, t('task.timetable'), of('timetable', 'events'), 6 + 2 * (of('timetable', 'events').length - 1), [setup]);
  const people = countFacts(facts, 'person');
  if (of('team').length > 0) d.add(build, t('task.team', { people }), of('team'), 2 + 0.25 * Math.min(people, 40), [visual]);
  if (of('gallery', 'portfolio').length > 0) d.add(build, t('task.gallery'), of('gallery', 'portfolio'), 4, [visual]);
  if (of('reviews').length > 0) d.add(build, t('task.reviews'), of('reviews'), 6, [setup]);
  if (of('map').length > 0) d.add(build, t('task.map'), of('map'), 2, [visual]);
  if (of('faq').length > 0) d.add(build, t('task.faq'), of('faq'), 2, [visual]);
  if (of('articles').length > 0) d.add(build, t('task.articles'), of('articles'), 8, [setup]);
  if (of('search').length > 0) d.add(build, t('task.search'), of('search'), 8, [setup]);
  if (of('calculator').length > 0) d.add(build, t('task.calculator'), of('calculator'), 8, [setup]);
  const languagesSetup = of('languages').length > 0 ? d.add(build, t('task.languagesSetup'), of('languages'), 4 + 2 * languages.extra.length, [setup]) : null;
  // Needs no dedicated package fits get a page each, sized by what kind of requirement they are.
  const pageHours: Record<Requirement['category'], number> = { functional: 6, integration: 8, 'non-functional': 3, design: 3, content: 3 };
  for (const r of of('services', 'about', 'resources', 'tour', 'other')) {
    if (designReqs.includes(r) || (r.category === 'non-functional' && kindOf(r) === 'other')) continue;
    d.add(build, t('task.page', { name: shortText(r.text) }), [r], pageHours[r.category], [visual]);
  }

  // Payments and integrations
  const paid = of('payment', 'shop', 'donation');
  const integrations = of('integration');
  if (paid.length > 0 || integrations.length > 0 || of('donation').length > 0) {
    const money = d.milestone(t('ms.integrations'));
    if (of('donation').length > 0) d.add(money, t('task.donation'), of('donation'), 6, [setup]);
    if (paid.length > 0) {
      const payments = d.add(money, t('task.payments'), of('payment'), 14 + 2 * (of('payment').length > 1 ? of('payment').length - 1 : 0), [cartTask ?? setup]);
      d.add(money, t('task.invoices'), [], 6, [payments]);
    }
    for (const r of integrations) d.add(money, t('task.integration', { name: shortText(r.text, 70) }), [r], 10, [setup, collect]);
  }

  // Content and languages
  const content = d.milestone(t('ms.content'));
  const contentReqs = reqs.filter((r) => r.category === 'content' && kindOf(r) === 'other');
  const copy = d.add(content, t('task.copywriting'), contentReqs, 3 + 0.75 * kinds.size, [sitemap, migration]);
  if (facts.length > 0) d.add(content, t('task.placeFacts', { count: facts.length }), [], 1 + 0.1 * Math.min(facts.length, 200), [copy]);
  const visualKinds = of('gallery', 'portfolio', 'catalogue', 'menu', 'shop', 'team', 'tour');
  if (visualKinds.length > 0) d.add(content, t('task.photos'), [], 3 + (visualKinds.length > 2 ? 2 : 0), [collect]);
  const translations: string[] = [];
  for (const language of languages.extra) {
    const name = language === null ? null : languageName(language, t.locale);
    // Translation scales with the amount of text: each requirement brings roughly a section to translate.
    translations.push(d.add(content, name ? t('task.translation', { language: name }) : t('task.translationUnnamed'), [], 3 + 0.5 * reqs.length, [copy, languagesSetup]));
  }

  // Compliance and quality
  const quality = d.milestone(t('ms.quality'));
  const gdpr = signals.personal.length > 0 || settings.compliance === 'eu' ? d.add(quality, t('task.gdpr'), [], settings.compliance === 'eu' ? 4 : 3, [setup]) : null;
  if (signals.health.length > 0) d.add(quality, t('task.healthData'), [], 6, [gdpr]);
  if (settings.privacy === 'enhanced') d.add(quality, t('task.privacyHardening'), [], 2, [setup]);
  else d.add(quality, t('task.analytics'), [], 2, [gdpr ?? setup]);
  for (const r of reqs.filter((x) => x.category === 'non-functional' && kindOf(x) === 'other')) {
    d.add(quality, shortText(r.text), [r], 4, [setup]);
  }
  const browsers = d.add(quality, t('task.browsers'), [], 3 + 0.5 * languages.total, [visual]);
  // Acceptance waits for the ends of every chain of work (tasks nothing else waits for).
  const built = d.milestones.filter((m) => m.tasks !== discovery && m.tasks !== design && m.tasks !== quality).flatMap((m) => m.tasks);
  const awaited = new Set(d.milestones.flatMap((m) => m.tasks.flatMap((task) => task.dependsOn ?? [])));
  const ends = built.filter((task) => !awaited.has(task.title)).map((task) => task.title);
  const acceptance = d.add(quality, t('task.acceptance', { count: reqs.length }), reqs, 1 + 0.25 * reqs.length, [...ends, browsers]);

  // Launch
  const launch = d.milestone(t('ms.launch'));
  const deploy = d.add(launch, t('task.deploy'), [], 3, [acceptance]);
  d.add(launch, t('task.handover'), [], 2, [deploy, ...translations.slice(-1)]);

  const milestones: Milestone[] = d.milestones
    .filter((m) => m.tasks.length > 0)
    .map((draft, i) => ({
      id: `M${i + 1}`,
      title: draft.title,
      tasks: draft.tasks,
      estimateHours: roundHalf(draft.tasks.reduce((sum, task) => sum + task.estimateHours, 0)),
    }));
  const totalHours = roundHalf(milestones.reduce((sum, m) => sum + m.estimateHours, 0));
  return {
    milestones,
    risks: buildRisks(terms, settings, t, { languages: languages.total }),
    totalHours,
    totalDays: Math.ceil(totalHours / HOURS_PER_DAY),
  };
}

function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

function buildRisks(terms: Terms, settings: PlanSettings, t: T, sized: { languages: number }): Risk[] {
  const reqs = terms.requirements;
  const facts = terms.facts ?? [];
  const of = (...kinds: NeedKind[]): Requirement[] => reqs.filter((r) => kinds.includes(kindOf(r)));
  const cite = (list: readonly Requirement[]): string => formatRequirementIds(ids(list));
  const signals = planSignals(terms);
  const risks: Risk[] = [];

  if (signals.health.length > 0) risks.push({ text: t('risk.health', { ids: cite(signals.health) }), mitigation: t('mitigation.health') });
  const booking = of('booking', 'availability');
  if (signals.sms || (signals.reminders && booking.length > 0)) {
    const reminded = reqs.filter((r) => signals.smsIn(r) || signals.remindersIn(r));
    risks.push({ text: t('risk.sms', { ids: cite(reminded.length > 0 ? reminded : booking) }), mitigation: t('mitigation.sms') });
  }
  if (booking.length > 0) risks.push({ text: t('risk.noShow', { ids: cite(booking) }), mitigation: t('mitigation.noShow') });
  const paid = of('payment', 'shop', 'donation');
  if (paid.length > 0) risks.push({ text: t('risk.psp', { ids: cite(paid) }), mitigation: t('mitigation.psp') });
  const integrations = of('integration');
  if (integrations.length > 0) risks.push({ text: t('risk.api', { ids: cite(integrations) }), mitigation: t('mitigation.api') });
  if (signals.personal.length > 0) {
    const mitigation = [
      t('mitigation.personal'),
      ...(settings.compliance === 'eu' ? [t('mitigation.eu')] : []),
      ...(settings.privacy === 'enhanced' ? [t('mitigation.enhanced')] : []),
    ].join(' ');
    risks.push({ text: t('risk.personal', { ids: cite(signals.personal) }), mitigation });
  }

  // What the needs call for but the customer has not supplied yet.
  const missing: PlanMessageKey[] = [];
  if (of('pricing').length > 0 && !facts.some((f) => f.kind === 'price')) missing.push('missing.prices');
  if (of('catalogue', 'menu', 'shop').length > 0 && !facts.some((f) => f.kind === 'product')) missing.push('missing.items');
  const images = (settings.documents ?? []).some((doc) => doc.kind === 'png' || doc.kind === 'jpeg' || doc.kind === 'webp');
  if (of('gallery', 'portfolio').length > 0 && !images) missing.push('missing.photos');
  if (of('team').length > 0 && !facts.some((f) => f.kind === 'person')) missing.push('missing.team');
  if (of('map').length > 0 && !facts.some((f) => f.kind === 'address')) missing.push('missing.address');
  if (of('timetable').length > 0 && !facts.some((f) => f.kind === 'timetable' || f.kind === 'hours')) missing.push('missing.hours');
  if (missing.length > 0) {
    const items = new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(missing.map((key) => t(key)));
    risks.push({ text: t('risk.missing', { items }), mitigation: t('mitigation.missing') });
  }

  const languages = of('languages');
  if (languages.length > 0) risks.push({ text: t('risk.languages', { count: sized.languages, ids: cite(languages) }), mitigation: t('mitigation.languages') });
  if (signals.migration) risks.push({ text: t('risk.migration'), mitigation: t('mitigation.migration') });
  if (signals.deadline !== null) {
    const couldHave = reqs.filter((r) => r.priority === 'could');
    risks.push({
      text: t('risk.deadline', { quote: shortText(signals.deadline, 160) }),
      mitigation: couldHave.length > 0 ? t('mitigation.deadlineCould', { ids: cite(couldHave) }) : t('mitigation.deadline'),
    });
  }
  risks.push({ text: t('risk.scope', { count: reqs.length }), mitigation: t('mitigation.scope') });
  return risks;
}
