import type { Plan, Terms } from '@statex/core';
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
  compliance: 'standard' | 'eu';
  privacy: 'standard' | 'enhanced';
  /** Present for the one modification round: the customer's change and the version it applies to. */
  revision?: { change: string; previous: { terms: Terms; plan: Plan; spec: TemplateSpec } };
}

export interface Deliverables {
  terms: Terms;
  plan: Plan;
  spec: TemplateSpec;
  /** The tier (and model, where there is one) that produced these deliverables. */
  producedBy: string;
}

/** Every tier (offline now; Ollama, OpenAI, Azure later) turns a brief into the same deliverables. */
export interface Generator {
  readonly name: string;
  generate(input: GeneratorInput, signal?: AbortSignal): Promise<Deliverables>;
}
