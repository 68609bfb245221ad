import type { AiConfig, TierName } from '@statex/config';
import type { Plan, Terms } from '@statex/core';
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
import { planMessages, specMessages, termsMessages } from './model-prompts.ts';
import { ProviderError } from './provider-error.ts';
import { cacheKey, type ResponseCache } from './response-cache.ts';
import { retryModelCall, type RetryPolicy } from './retry-model-call.ts';
import { askStructured, type AnswerUsage } from './structured-answer.ts';
import { costOf, type UsageLedger } from './usage-ledger.ts';

/** Tiers that keep data in the EU: an EU request never reaches another, not even on fallback. */
const EU_TIERS: ReadonlySet<TierName> = new Set(['ollama', 'azure', 'offline']);

export interface TierRouterDeps {
  settings: Pick<AiConfig, 'tierOrder' | 'prices' | 'dailyBudgetUsd' | 'retries' | 'retryBaseMs' | 'retryMaxWaitMs' | 'breaker' | 'contextChars'>;
  models: Partial<Record<Exclude<TierName, 'offline'>, ChatModel>>;
  breakers: BreakerRegistry;
  ledger: UsageLedger;
  cache: ResponseCache;
  telemetry?: AiTelemetry;
  /** Replaces the backoff sleep (tests record the waits). */
  wait?: RetryPolicy['wait'];
  log?: { warn(obj: object, msg: string): void };
}

/** The tiers a request may use, in order: AI_TIER_ORDER, EU requests without openai, offline last. */
export function routeFor(order: readonly TierName[], compliance: GeneratorInput['compliance']): TierName[] {
  const route = order.filter((t) => compliance !== 'eu' || EU_TIERS.has(t));
  return route.includes('offline') ? route : [...route, 'offline'];
}

const SCHEMAS: Record<DeliverableName, { name: string; schema: Record<string, unknown>; strict: boolean }> = {
  terms: { name: 'terms_of_reference', schema: toJsonSchema(TermsSchema), strict: true },
  plan: { name: 'realization_plan', schema: toJsonSchema(PlanSchema), strict: true },
  // Section props differ per section type (free-form objects), which strict mode cannot express.
  spec: { name: 'template_spec', schema: toJsonSchema(TemplateSpecSchema), strict: false },
};

/**
 * The generator of a process with model tiers: each deliverable (terms, then plan and spec from
 * the terms) is asked of the first tier of the request's route that is allowed, within budget
 * and whose breaker is closed; a failure or an invalid answer after its repair round moves that
 * deliverable to the next tier. The offline tier ends every route, so a request always completes.
 */
export class TierRouter implements Generator {
  readonly name = 'router';
  private readonly deps: TierRouterDeps;
  private readonly offline = new OfflineGenerator();
  private readonly telemetry: AiTelemetry;

  constructor(deps: TierRouterDeps) {
    this.deps = deps;
    this.telemetry = deps.telemetry ?? NO_TELEMETRY;
    // Registered up front so /health/circuit-breakers lists every configured provider from the start.
    for (const model of Object.values(deps.models)) this.breakerFor(model);
  }

  private breakerFor(model: ChatModel) {
    return this.deps.breakers.get(`ai-${model.tier}`, { threshold: this.deps.settings.breaker.threshold, halfOpenAfterMs: this.deps.settings.breaker.halfOpenAfterMs });
  }

  /** Configured tiers in order (offline included): what the health view lists. */
  get tiers(): TierName[] {
    return routeFor(this.deps.settings.tierOrder.filter((t) => t === 'offline' || this.deps.models[t as Exclude<TierName, 'offline'>]), 'standard');
  }

  async generate(input: GeneratorInput, signal: AbortSignal = new AbortController().signal, observer: GenerationObserver = {}): Promise<Deliverables> {
    const route = routeFor(this.deps.settings.tierOrder, input.compliance).filter((t) => t === 'offline' || this.deps.models[t as Exclude<TierName, 'offline'>]);
    const { documents, condensed } = fitContext(input, this.deps.settings.contextChars);
    if (condensed.length > 0) observer.onNotice?.(`Long documents were condensed to their statements of need for the AI model: ${condensed.map((n) => `"${n}"`).join(', ')}.`, { kind: 'documents-condensed', documents: condensed });
    const offlineResult = await this.offline.generate(input, signal);
    // The offline reading is the floor: every answer keeps its needs and facts, or goes to the next tier.
    const floor = floorOf(input, offlineResult.terms);
    const offlineTerms: Terms = { ...offlineResult.terms, facts: [...floor.facts] };

    const terms = await this.produce<Terms>(
      'terms', route, 0, input, signal, observer,
      () => termsMessages(input, documents, offlineTerms),
      (v) => checkTerms(v, floor),
      (v) => fromTermsAnswer(v as TermsAnswer),
      () => offlineResult.terms,
    );
    // Plan and spec start at the tier that wrote the terms: an earlier tier already failed this request.
    const start = route.indexOf(terms.tier);
    const plan = await this.produce<Plan>(
      'plan', route, start, input, signal, observer,
      () => planMessages(input, terms.value),
      (v) => checkPlan(v, terms.value),
      (v) => fromPlanAnswer(v as PlanAnswer),
      () => (terms.tier === 'offline' ? offlineResult.plan : this.offline.planFor(terms.value, input)),
    );
    // What the offline designer makes of these terms: the model's starting point, and the fallback.
    let reference: TemplateSpec | undefined;
    const offlineSpec = () => (reference ??= terms.tier === 'offline' ? offlineResult.spec : this.offline.specFor(terms.value, input));
    const spec = await this.produce<TemplateSpec>(
      'spec', route, start, input, signal, observer,
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

  private async produce<T>(
    document: DeliverableName,
    route: TierName[],
    start: number,
    input: GeneratorInput,
    signal: AbortSignal,
    observer: GenerationObserver,
    messages: () => StructuredRequest['messages'],
    check: (value: unknown) => string[],
    accept: (value: unknown) => T,
    offline: () => T,
  ): Promise<{ value: T; tier: TierName; producedBy: string }> {
    for (const tier of route.slice(Math.max(0, start))) {
      signal.throwIfAborted();
      if (tier === 'offline') return { value: offline(), tier, producedBy: 'offline' };
      const model = this.deps.models[tier];
      if (!model) continue;
      const budget = this.deps.settings.dailyBudgetUsd[tier];
      if (budget !== undefined && (await this.deps.ledger.spentToday(tier)) >= budget) {
        this.deps.log?.warn({ tier, budget }, 'daily AI budget spent; trying the next tier');
        continue;
      }
      try {
        const value = await this.ask(model, document, input, signal, observer, messages(), check);
        return { value: accept(value), tier, producedBy: `${tier}:${model.model}` };
      } catch (error) {
        if (signal.aborted) throw error;
        if (!(error instanceof ProviderError) && !isBrokenCircuit(error)) throw error;
        this.deps.log?.warn({ tier, document, err: error }, 'AI tier failed; trying the next tier');
        observer.onTierFailed?.(tier, document, error instanceof Error ? error.message : String(error));
      }
    }
    throw new Error('the offline tier ends every route');
  }

  private async ask(
    model: ChatModel,
    document: DeliverableName,
    input: GeneratorInput,
    signal: AbortSignal,
    observer: GenerationObserver,
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
        observer.onDelta?.(document, cached);
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
        const answer = await breaker.execute(() => retryModelCall(() => model.complete(req, signal, (text) => observer.onDelta?.(document, text)), policy, signal), signal);
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
