import type { AskedQuestion, ComplianceMode, InterviewQuestion, Plan, PrivacyMode, Terms } from '@statex/core';
import type { TemplateSpec } from '@statex/templates';

/** One uploaded document after extraction; `text` is null when nothing could be read (e.g. images). */
export interface SourceDocument {
  name: string;
  kind: 'txt' | 'md' | 'pdf' | 'docx' | 'png' | 'jpeg' | 'webp';
  text: string | null;
}

export interface GeneratorInput {
  requestId: string;
  brief: string;
  documents: SourceDocument[];
  locale: string;
  customerName?: string;
  compliance: ComplianceMode;
  privacy: PrivacyMode;
  /**
   * The brief interview, when one was held: every question asked, with the customer's answer or null.
   * Answers are inputs (source `answer`); an unanswered question becomes a stated assumption.
   */
  interview?: AskedQuestion[];
  /** Present for the one modification round: the customer's change and the version it applies to. */
  revision?: { change: string; previous: { terms: Terms; plan: Plan; spec: TemplateSpec } };
}

export interface Deliverables {
  terms: Terms;
  plan: Plan;
  spec: TemplateSpec;
  /** The tier (and model, where there is one) that produced these deliverables (the terms' tier). */
  producedBy: string;
  /** Per document, when tiers differed (a tier wrote the terms, the next one the plan after a failure). */
  producedByDocument?: Record<DeliverableName, string>;
}

export type DeliverableName = 'terms' | 'plan' | 'spec';

/** A notice as data: which documents were condensed to fit the model's context. */
export type GenerationNotice = { kind: 'documents-condensed'; documents: string[] };

/** Hooks a caller may pass to watch a generation: streamed text, tiers that failed, notices. */
export interface GenerationObserver {
  /** A piece of a document's answer as the model streams it. */
  onDelta?(document: DeliverableName, text: string): void;
  onTierFailed?(tier: string, document: DeliverableName, reason: string): void;
  /**
   * Something the customer should know (e.g. long documents were condensed): the message in English,
   * and what it says as data, so the caller can write it in the request's language.
   */
  onNotice?(message: string, notice?: GenerationNotice): void;
}

/** Every tier (offline, and the router over Ollama, OpenAI, Azure) turns a brief into the same deliverables. */
export interface Generator {
  readonly name: string;
  generate(input: GeneratorInput, signal?: AbortSignal, observer?: GenerationObserver): Promise<Deliverables>;
  /**
   * The brief interview: what the brief (and files) leave open, as at most MAX_QUESTIONS questions in
   * the request's language, each citing the requirement it would settle. Empty when nothing is open.
   * `input.interview` and `input.revision` are absent here. Optional for test doubles: absent means no questions.
   */
  askQuestions?(input: GeneratorInput, signal?: AbortSignal): Promise<InterviewQuestion[]>;
}
