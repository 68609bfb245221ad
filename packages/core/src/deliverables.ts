/** The structured deliverables every generator tier produces. Markdown is derived from these. */
export type RequirementCategory = 'functional' | 'content' | 'design' | 'integration' | 'non-functional';
export type RequirementPriority = 'must' | 'should' | 'could';

/**
 * What a need asks the site to do. Sections of the prototype and tasks of the plan are chosen by
 * kind: a `booking` need gets a booking form and a booking back-end task, a `pricing` need the
 * customer's real plans, and so on. `other` is a need no specific section fits (a text section).
 */
export const NEED_KINDS = [
  'booking', 'availability', 'pricing', 'catalogue', 'menu', 'shop', 'payment', 'donation',
  'gallery', 'portfolio', 'reviews', 'map', 'contact', 'quote', 'application', 'signup',
  'account', 'dashboard', 'portal', 'upload', 'tracking', 'timetable', 'events', 'team', 'faq',
  'articles', 'newsletter', 'calculator', 'search', 'tour', 'languages', 'notifications',
  'integration', 'services', 'about', 'resources', 'other',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export interface Requirement {
  /** `R1`, `R2`, … numbered in the order the needs were stated. */
  id: string;
  /** One need, phrased as a verifiable statement in the request's language. */
  text: string;
  category: RequirementCategory;
  priority: RequirementPriority;
  /** Where the need was stated: `brief`, `file:<name>`, `voice`, `modification`, or `answer` (the customer's answer in the brief interview). */
  source: string;
  /** What kind of section and work the need calls for (absent in terms written before kinds existed). */
  kind?: NeedKind;
  /** Who needs it, in the request's language ("patients", "office managers"), when the brief says. */
  actor?: string;
  /** How a reviewer checks it is met, in the request's language. */
  acceptance?: string;
}

/**
 * A fact the customer supplied (brief or files) that the site must show as given: a plan and its
 * price, a menu item, opening hours, the address… `label` is the thing, `value` its price/time/etc.
 * as the customer wrote it; `group` gathers items under a heading the customer used ("Carta",
 * "Packages"); `detail` is any further text on the same line ("8 hours", "with salad").
 */
export const FACT_KINDS = [
  'price', 'product', 'hours', 'address', 'phone', 'email', 'person', 'timetable', 'date',
  'service', 'figure', 'link',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  kind: FactKind;
  label: string;
  value?: string;
  detail?: string;
  group?: string;
  /** `brief`, `file:<name>`, `voice`, `modification`, or `answer` (the customer's answer in the brief interview). */
  source: string;
}

/** The business the site is for: its name as the customer writes it, and what it is. */
export interface BusinessProfile {
  /** The business's own name ("BrewBox", "La Taberna de Lola"); never the contact person's name. */
  name: string;
  /** A kind of business from a fixed list (clinic, restaurant, shop, saas…), `other` when unsure. */
  type: string;
  /** One line about the business in the customer's words, or empty. */
  tagline: string;
  /** The town or city, when the brief names it. */
  city?: string;
}

export interface Terms {
  title: string;
  summary: string;
  requirements: Requirement[];
  /** Statements of the brief that are context rather than needs, kept for the reader. */
  assumptions: string[];
  /** The request's locale; the terms are written in it. */
  locale?: string;
  business?: BusinessProfile;
  /** Everything concrete the customer supplied, listed under "facts provided" and shown on the site. */
  facts?: Fact[];
  /** The brief interview, when one was held: each question asked, with the answer or the assumption made instead. */
  interview?: InterviewEntry[];
}

/** One question of the brief interview as the terms record it, in the request's language. */
export interface InterviewEntry {
  /** `q1`…`q5`, as asked. */
  id: string;
  question: string;
  /** The requirement the question concerns (`R3`), or null when it concerns the whole brief. */
  requirement: string | null;
  /** The customer's answer as given, or null when it went unanswered. */
  answer: string | null;
  /** What was assumed instead, a full sentence naming the question, when there is no answer. */
  assumption?: string;
}

export interface PlanTask {
  title: string;
  covers: string[];
  estimateHours: number;
  /** Titles of tasks (in this plan) that must be done first. */
  dependsOn?: string[];
}

export interface Milestone {
  id: string;
  title: string;
  tasks: PlanTask[];
  estimateHours: number;
}

export interface Risk {
  text: string;
  mitigation: string;
}

export interface Plan {
  milestones: Milestone[];
  risks: Risk[];
  totalHours: number;
  /** Calendar estimate for one developer at 6 productive hours a day. */
  totalDays: number;
}
