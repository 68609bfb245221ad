import { assertValidSpec } from '@statex/templates';
import type { InterviewQuestion } from '@statex/core';
import type { Deliverables, Generator, GeneratorInput } from '../generator.ts';
import { applyInterview } from './answers-as-input.ts';
import { reviseTerms } from './apply-revision.ts';
import { buildPlan } from './build-plan.ts';
import { buildTemplateSpec } from './build-template-spec.ts';
import { buildTerms, type BriefAnalysis } from './build-terms.ts';
import type { SiteIdentity } from './detect-site-identity.ts';
import { askQuestions } from './find-gaps.ts';
import { titleAddedNeeds } from './title-added-needs.ts';

/**
 * The offline tier: rule-based, deterministic (the same input gives the same output), no network,
 * no randomness, no clock. It is the embedded default and the fallback when model tiers fail.
 */
export class OfflineGenerator implements Generator {
  readonly name = 'offline';

  async generate(input: GeneratorInput, signal?: AbortSignal): Promise<Deliverables> {
    signal?.throwIfAborted();
    const { terms, identity } = input.revision ? this.revise(input, input.revision) : this.analyse(input);
    signal?.throwIfAborted();
    const plan = buildPlan(terms, input);
    const built = buildTemplateSpec(terms, { identity, locale: input.locale, compliance: input.compliance, privacy: input.privacy });
    const spec = input.revision ? titleAddedNeeds(built, input.revision.previous.terms, terms) : built;
    // A spec that fails the templates' own checks is a bug in this tier, not a customer error: fail loudly.
    assertValidSpec(spec);
    return { terms, plan, spec, producedBy: this.name };
  }

  /**
   * The brief interview: what the brief and files leave open, found from the same analysis the terms
   * are written from, so each question cites the requirement the terms will carry.
   */
  async askQuestions(input: GeneratorInput, signal?: AbortSignal): Promise<InterviewQuestion[]> {
    signal?.throwIfAborted();
    return askQuestions(input);
  }

  /** The brief's terms, with the interview's answers as inputs and its unanswered questions as assumptions. */
  private analyse(input: GeneratorInput): BriefAnalysis {
    const analysis = buildTerms(input);
    return input.interview && input.interview.length > 0 ? applyInterview(analysis, input.interview, input.locale) : analysis;
  }

  /** The plan for terms another tier wrote (when that tier could not write the plan). */
  planFor(terms: Deliverables['terms'], input: GeneratorInput): Deliverables['plan'] {
    return buildPlan(terms, input);
  }

  /** The TemplateSpec for terms another tier wrote; every requirement is cited. */
  specFor(terms: Deliverables['terms'], input: GeneratorInput): Deliverables['spec'] {
    const identity: SiteIdentity = input.revision
      ? { title: input.revision.previous.spec.site.title, tagline: input.revision.previous.spec.site.tagline }
      : this.analyse(input).identity;
    const built = buildTemplateSpec(terms, { identity, locale: input.locale, compliance: input.compliance, privacy: input.privacy });
    const spec = input.revision ? titleAddedNeeds(built, input.revision.previous.terms, terms) : built;
    assertValidSpec(spec);
    return spec;
  }

  private revise(input: GeneratorInput, revision: NonNullable<GeneratorInput['revision']>): { terms: Deliverables['terms']; identity: SiteIdentity } {
    // The site keeps its title and tagline (its identity); the terms, plan and pages follow the change.
    const identity: SiteIdentity = { title: revision.previous.spec.site.title, tagline: revision.previous.spec.site.tagline };
    return { terms: reviseTerms(revision.previous.terms, revision.change, { locale: input.locale }), identity };
  }
}
