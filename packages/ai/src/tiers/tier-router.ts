import type { AiConfig, TierName } from '@statex/config';
import type { InterviewQuestion, Plan, Terms } from '@statex/core';
import { isBrokenCircuit, type BreakerRegistry } from '@statex/resilience';
import type { TemplateSpec } from '@statex/templates';
import type { DeliverableName, Deliverables, GenerationObserver, Generator, GeneratorInput } from '../generator.ts';
import { extractFacts } from '../offline/extract-facts.ts';
import { OfflineGenerator } from '../offline/offline-generator.ts';
import { NO_TELEMETRY, type AiTelemetry } from './ai-telemetry.ts';
import type { ChatModel, StructuredRequest } from './chat-model.ts';
import type { OfflineFloor } from './answer-coverage.ts';
import { checkPlan, checkSpec, checkTerms } from './deliverable-checks.ts';
import { fromPlanAnswer, fromTermsAnswer, PlanSchema, TemplateSpecSchema, TermsSchema, toJsonSchema, type PlanAnswer, type TermsAnswer } from './deliverable-schemas.ts';
import { fitContext } from './fit-context.ts';
import { checkQuestions, fromQuestionsAnswer, QuestionsSchema, type QuestionsAnswer } from './interview-questions.ts';
import { planMessages, questionsMessages, specMessages, termsMessages } from './model-prompts.ts';
import { ProviderError } from './provider-error.ts';
import { ResidencyPolicy, type ModelTier } from './residency-policy.ts';
import { cacheKey, type ResponseCache } from './response-cache.ts';
import { retryModelCall, type RetryPolicy } from './retry-model-call.ts';
import { askStructured, type AnswerUsage } from './structured-answer.ts';
import { costOf, type UsageLedger } from './usage-ledger.ts';

export interface TierRouterDeps {
  settings: Pick<AiConfig, 'tierOrder' | 'ollama' | 'openai' | 'azure' | 'transcribe' | 'prices' | 'dailyBudgetUsd' | 'retries' | 'retryBaseMs' | 'retryMaxWaitMs' | 'breaker' | 'contextChars'>;
  models: Partial<Record<ModelTier, ChatModel>>;
  breakers: BreakerRegistry;
  ledger: UsageLedger;
  cache: ResponseCache;
  telemetry?: AiTelemetry;
  /** Replaces the backoff sleep (tests record the waits). */
  wait?: RetryPolicy['wait'];
  log?: { warn(obj: object, msg: string): void };
}

/** What the router asks a model for: a deliverable, or the brief interview's questions. */
type Asked = DeliverableName | 'questions';

const SCHEMAS: Record<Asked, { name: string; schema: Record<string, unknown>; strict: boolean }> = {
  questions: { name: 'interview_questions', schema: toJsonSchema(QuestionsSchema), strict: true },
  terms: { name: 'terms_of_reference', schema: toJsonSchema(TermsSchema), strict: true },
  plan: { name: 'realization_plan', schema: toJsonSchema(PlanSchema), strict: true },
  // Section props differ per section type (free-form objects), which strict mode cannot express.
  spec: { name: 'template_spec', schema: toJsonSchema(TemplateSpecSchema), strict: false },
};

/** Hooks of one asked document: streamed text, a tier that failed. */
interface AskHooks {
  onDelta?(text: string): void;
  onTierFailed?(tier: string, reason: string): void;
}

/**
 * The generator of a process with model tiers: each deliverable (terms, then plan and spec from
 * the terms) is asked of the first tier of the request's route that is allowed, within budget
 * and whose breaker is closed; a failure or an invalid answer after its repair round moves that
 * deliverable to the next tier. The route is the residency policy's ('chat'): an EU request only
 * reaches endpoints declared EU. The offline tier ends every route, so a request always completes.
 */
export class TierRouter implements Generator {
  readonly name = 'router';
  private readonly deps: TierRouterDeps;
  private readonly offline = new OfflineGenerator();
  private readonly telemetry: AiTelemetry;
  private readonly residency: ResidencyPolicy;

  constructor(deps: TierRouterDeps) {
    this.deps = deps;
    this.telemetry = deps.telemetry ?? NO_TELEMETRY;
    this.residency = new ResidencyPolicy(deps.settings);
    // Registered up front so /health/circuit-breakers lists every configured provider from the start.
    for (const model of Object.values(deps.models)) this.breakerFor(model);
  }

  private breakerFor(model: ChatModel) {
    return this.deps.breakers.get(`ai-${model.tier}`, { threshold: this.deps.settings.breaker.threshold, halfOpenAfterMs: this.deps.settings.breaker.halfOpenAfterMs });
  }

  /** Configured tiers in order (offline included): what the health view lists. */
  get tiers(): TierName[] {
    return this.routeFor('standard');
  }

  /** The tiers a request's brief and files may go to, in order, offline last. */
  routeFor(compliance: GeneratorInput['compliance']): TierName[] {
    return [...this.residency.route('chat', compliance).filter((t) => this.deps.models[t] !== undefined), 'offline'];
  }

  async generate(input: GeneratorInput, signal: AbortSignal = new AbortController().signal, observer: GenerationObserver = {}): Promise<Deliverables> {
    const route = this.routeFor(input.compliance);
    const { documents, condensed } = fitContext(input, this.deps.settings.contextChars);
    if (condensed.length > 0) observer.onNotice?.(`Long documents were condensed to their statements of need for the AI model: ${condensed.map((n) => `"${n}"`).join(', ')}.`, { kind: 'documents-condensed', documents: condensed });
    const offlineResult = await this.offline.generate(input, signal);
    // The offline reading is the floor: every answer keeps its needs and facts, or goes to the next tier.
    const floor = floorOf(input, offlineResult.terms);
    const offlineTerms: Terms = { ...offlineResult.terms, facts: [...floor.facts] };

    const terms = await this.produce<Terms>(
      'terms', route, 0, input, signal, hooksOf('terms', observer),
      () => termsMessages(input, documents, offlineTerms),
      (v) => checkTerms(v, floor),
      // The interview the offline tier recorded (questions, answers, assumptions) stays with the model's terms.
      (v) => ({ ...fromTermsAnswer(v as TermsAnswer), ...(offlineResult.terms.interview ? { interview: offlineResult.terms.interview } : {}) }),
      () => offlineResult.terms,
    );
    // Plan and spec start at the tier that wrote the terms: an earlier tier already failed this request.
    const start = route.indexOf(terms.tier);
    const plan = await this.produce<Plan>(
      'plan', route, start, input, signal, hooksOf('plan', observer),
      () => planMessages(input, terms.value),
      (v) => checkPlan(v, terms.value),
      (v) => fromPlanAnswer(v as PlanAnswer),
      () => (terms.tier === 'offline' ? offlineResult.plan : this.offline.planFor(terms.value, input)),
    );
    // What the offline designer makes of these terms: the model's starting point, and the fallback.
    let reference: TemplateSpec | undefined;
    const offlineSpec = () => (reference ??= terms.tier === 'offline' ? offlineResult.spec : this.offline.specFor(terms.value, input));
    const spec = await this.produce<TemplateSpec>(
      'spec', route, start, input, signal, hooksOf('spec', observer),
      () => specMessages(input, terms.value, plan.value, offlineSpec()),
      (v) => checkSpec(v, terms.value, floor, offlineSpec()),
      (v) => v as TemplateSpec,
      offlineSpec,
    );
    return {
      terms: terms.value,
      plan: plan.value,
      spec: spec.value,
      producedBy: terms.producedBy,
      producedByDocument: { terms: terms.producedBy, plan: plan.producedBy, spec: spec.producedBy },
    };
  }

  /**
   * The brief interview: the first model tier the residency route allows (within budget, breaker
   * closed) writes at most MAX_QUESTIONS questions in the request's language, citing the
   * requirements of the offline terms for this input; the same schema machinery, repair round,
   * breakers, ledger, cache and timeouts as the deliverables. A failure, or an answer that is empty
   * or still invalid after the repair round, gives the offline tier's questions instead.
   */
  async askQuestions(input: GeneratorInput, signal: AbortSignal = new AbortController().signal): Promise<InterviewQuestion[]> {
    const suggested = await this.offline.askQuestions(input, signal);
    const route = this.routeFor(input.compliance);
    if (route.length === 1) return suggested;
    const { documents } = fitContext(input, this.deps.settings.contextChars);
    const { terms } = await this.offline.generate(input, signal);
    const ids = terms.requirements.map((r) => r.id);
    const asked = await this.produce<InterviewQuestion[]>(
      'questions', route, 0, input, signal, {},
      () => questionsMessages(input, documents, terms, suggested),
      (v) => checkQuestions(v, ids, input.locale),
      (v) => fromQuestionsAnswer(v as QuestionsAnswer),
      () => suggested,
      1,
    );
    if (asked.tier !== 'offline' && asked.value.length === 0) {
      this.deps.log?.warn({ tier: asked.tier, requestId: input.requestId }, 'the model asked no questions; the offline tier’s questions are used');
      return suggested;
    }
    return asked.value;
  }

  /** `modelTiers`: how many model tiers may be tried before the offline tier answers. */
  private async produce<T>(
    document: Asked,
    route: TierName[],
    start: number,
    input: GeneratorInput,
    signal: AbortSignal,
    hooks: AskHooks,
    messages: () => StructuredRequest['messages'],
    check: (value: unknown) => string[],
    accept: (value: unknown) => T,
    offline: () => T,
    modelTiers = Number.POSITIVE_INFINITY,
  ): Promise<{ value: T; tier: TierName; producedBy: string }> {
    let tried = 0;
    for (const tier of route.slice(Math.max(0, start))) {
      signal.throwIfAborted();
      if (tier === 'offline' || tried >= modelTiers) return { value: offline(), tier: 'offline', producedBy: 'offline' };
      const model = this.deps.models[tier];
      if (!model) continue;
      const budget = this.deps.settings.dailyBudgetUsd[tier];
      if (budget !== undefined && (await this.deps.ledger.spentToday(tier)) >= budget) {
        this.deps.log?.warn({ tier, budget }, 'daily AI budget spent; trying the next tier');
        continue;
      }
      tried += 1;
      try {
        const value = await this.ask(model, document, input, signal, hooks, messages(), check);
        return { value: accept(value), tier, producedBy: `${tier}:${model.model}` };
      } catch (error) {
        if (signal.aborted) throw error;
        if (!(error instanceof ProviderError) && !isBrokenCircuit(error)) throw error;
        this.deps.log?.warn({ tier, document, err: error }, 'AI tier failed; trying the next tier');
        hooks.onTierFailed?.(tier, error instanceof Error ? error.message : String(error));
      }
    }
    throw new Error('the offline tier ends every route');
  }

  private async ask(
    model: ChatModel,
    document: Asked,
    input: GeneratorInput,
    signal: AbortSignal,
    hooks: AskHooks,
    messages: StructuredRequest['messages'],
    check: (value: unknown) => string[],
  ): Promise<unknown> {
    const { name, schema, strict } = SCHEMAS[document];
    const request: StructuredRequest = { messages, schemaName: name, schema, strict };
    const key = cacheKey(model.tier, model.model, request);
    const cached = await this.deps.cache.get(key);
    this.telemetry.cacheLookup(cached !== null);
    if (cached !== null) {
      const value = JSON.parse(cached) as unknown;
      if (check(value).length === 0) {
        hooks.onDelta?.(cached);
        return value;
      }
    }
    const breaker = this.breakerFor(model);
    const policy: RetryPolicy = {
      retries: this.deps.settings.retries,
      baseMs: this.deps.settings.retryBaseMs,
      maxWaitMs: this.deps.settings.retryMaxWaitMs,
      ...(this.deps.wait ? { wait: this.deps.wait } : {}),
      onRetry: (error, attempt, delayMs) => this.deps.log?.warn({ tier: model.tier, attempt: attempt + 1, delayMs, status: error.status }, 'retrying AI call'),
    };
    const usage: AnswerUsage = { tokensIn: 0, tokensOut: 0, calls: 0 };
    const call = async (req: StructuredRequest) => {
      const started = performance.now();
      try {
        // One breaker call per model call: retries happen inside, so a call that exhausts them counts once.
        const answer = await breaker.execute(() => retryModelCall(() => model.complete(req, signal, (text) => hooks.onDelta?.(text)), policy, signal), signal);
        usage.calls += 1;
        this.telemetry.call(model.tier, (performance.now() - started) / 1000, 'ok');
        return answer;
      } catch (error) {
        this.telemetry.call(model.tier, (performance.now() - started) / 1000, error instanceof ProviderError ? error.failure : isBrokenCircuit(error) ? 'circuit-open' : 'error');
        throw error;
      }
    };
    try {
      const value = await askStructured<unknown>(call, request, check, model.tier, usage);
      await this.deps.cache.set(key, JSON.stringify(value));
      return value;
    } finally {
      if (usage.tokensIn + usage.tokensOut > 0) {
        const costUsd = costOf(this.deps.settings.prices, model.model, usage.tokensIn, usage.tokensOut);
        this.telemetry.usage(model.tier, model.model, usage.tokensIn, usage.tokensOut, costUsd);
        await this.deps.ledger.record({ requestId: input.requestId, tier: model.tier, model: model.model, tokensIn: usage.tokensIn, tokensOut: usage.tokensOut, costUsd });
      }
    }
  }
}

/** A deliverable's hooks from the generation's observer. */
function hooksOf(document: DeliverableName, observer: GenerationObserver): AskHooks {
  return {
    onDelta: (text) => observer.onDelta?.(document, text),
    onTierFailed: (tier, reason) => observer.onTierFailed?.(tier, document, reason),
  };
}

/**
 * The needs and facts the offline engine found. Facts come from the offline terms; where those
 * carry none (terms written before facts existed), from reading the brief and files directly.
 */
export function floorOf(input: GeneratorInput, offline: Terms): OfflineFloor {
  const sources = [{ text: input.brief, source: 'brief' }, ...input.documents.flatMap((d) => (d.text ? [{ text: d.text, source: `file:${d.name}` }] : []))];
  const facts = offline.facts ?? (input.revision ? [] : extractFacts(sources, input.locale));
  return {
    requirements: offline.requirements,
    facts,
    locale: input.locale,
    ...(input.customerName ? { customerName: input.customerName } : {}),
    ...(input.revision ? { change: input.revision.change } : {}),
    sourceText: sources.map((s) => s.text).join('\n'),
  };
}
