import type { AiConfig, TierName } from '@statex/config';
import { isBrokenCircuit, type BreakerRegistry } from '@statex/resilience';
import { Ollama } from 'ollama';
import type OpenAI from 'openai';
import type { GeneratorInput } from '../generator.ts';
import { NO_TELEMETRY, type AiTelemetry } from './ai-telemetry.ts';
import type { ChatAnswer } from './chat-model.ts';
import { parseRetryAfter, ProviderError, toProviderError } from './provider-error.ts';
import { azureClient, openAiClient } from './openai-clients.ts';
import { ResidencyPolicy, type ModelTier } from './residency-policy.ts';
import { retryModelCall, type RetryPolicy } from './retry-model-call.ts';
import { costOf, type UsageLedger } from './usage-ledger.ts';

/** An uploaded image: its bytes and media type (image/png, image/jpeg, image/webp). */
export interface ImageInput {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** One vision-capable model behind one API: answers a prompt about one image. */
export interface VisionModel {
  readonly tier: Exclude<TierName, 'offline'>;
  readonly model: string;
  describe(image: ImageInput, prompt: string, signal: AbortSignal): Promise<ChatAnswer>;
}

const MAX_WORDS = 120;

/** The instruction sent with every image. */
export function imagePrompt(locale: string): string {
  return [
    'A customer attached this image to the brief for their website.',
    'Describe what it shows that matters for building the site: what kind of image it is (logo, photo, sketch, screenshot, menu, …), any readable text, colours and style, and what it suggests the site needs.',
    `Answer in plain prose in the language of the locale "${locale}", at most ${MAX_WORDS} words.`,
  ].join(' ');
}

function dataUrl(image: ImageInput): string {
  return `data:${image.mimeType};base64,${Buffer.from(image.bytes).toString('base64')}`;
}

/** Chat completions with an `image_url` content part carrying the image as a `data:` URL (OpenAI, compatible servers, Azure). */
export class OpenAiVisionModel implements VisionModel {
  readonly tier: 'openai' | 'azure';
  readonly model: string;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;

  constructor(tier: 'openai' | 'azure', client: OpenAI, model: string, timeoutMs: number) {
    this.tier = tier;
    this.client = client;
    this.model = model;
    this.timeoutMs = timeoutMs;
  }

  static openai(settings: { apiKey: string; baseUrl: string; model: string }, timeoutMs: number): OpenAiVisionModel {
    return new OpenAiVisionModel('openai', openAiClient(settings, timeoutMs), settings.model, timeoutMs);
  }

  static azure(settings: { endpoint: string; apiKey: string; deployment: string; apiVersion: string }, timeoutMs: number): OpenAiVisionModel {
    return new OpenAiVisionModel('azure', azureClient(settings, settings.deployment, timeoutMs), settings.deployment, timeoutMs);
  }

  async describe(image: ImageInput, prompt: string, signal: AbortSignal): Promise<ChatAnswer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      const completion = await this.client.chat.completions.create(
        {
          model: this.model,
          messages: [{ role: 'user', content: [{ type: 'text', text: prompt }, { type: 'image_url', image_url: { url: dataUrl(image) } }] }],
          temperature: 0,
        },
        { signal: AbortSignal.any([signal, timeout]) },
      );
      return { text: completion.choices[0]?.message?.content ?? '', tokensIn: completion.usage?.prompt_tokens ?? 0, tokensOut: completion.usage?.completion_tokens ?? 0 };
    } catch (error) {
      if (signal.aborted) throw error;
      throw toProviderError(this.tier, error, timeout.aborted);
    }
  }
}

/** Ollama's `/api/chat` with the image in the message's `images` (base64), not streamed. */
export class OllamaVisionModel implements VisionModel {
  readonly tier = 'ollama' as const;
  readonly model: string;
  private readonly host: string;
  private readonly timeoutMs: number;

  constructor(settings: { host: string; model: string }, timeoutMs: number) {
    this.host = settings.host;
    this.model = settings.model;
    this.timeoutMs = timeoutMs;
  }

  async describe(image: ImageInput, prompt: string, signal: AbortSignal): Promise<ChatAnswer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    let retryAfterMs: number | null = null;
    const client = new Ollama({
      host: this.host,
      fetch: async (url, init) => {
        const response = await fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, combined]) : combined });
        if (!response.ok) retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        return response;
      },
    });
    try {
      const answer = await client.chat({
        model: this.model,
        messages: [{ role: 'user', content: prompt, images: [Buffer.from(image.bytes).toString('base64')] }],
        stream: false,
        options: { temperature: 0 },
      });
      return { text: answer.message?.content ?? '', tokensIn: answer.prompt_eval_count ?? 0, tokensOut: answer.eval_count ?? 0 };
    } catch (error) {
      if (signal.aborted) throw error;
      if (error && typeof error === 'object' && 'status_code' in error) Object.assign(error, { retryAfterMs });
      throw toProviderError(this.tier, error, timeout.aborted || combined.aborted);
    }
  }
}

/** The vision model of each configured tier: OpenAI and Azure by default (their chat model), Ollama only with OLLAMA_VISION_MODEL. */
export function createVisionModels(settings: AiConfig): ImageDescriberDeps['models'] {
  const models: ImageDescriberDeps['models'] = {};
  if (settings.ollama?.visionModel) models.ollama = new OllamaVisionModel({ host: settings.ollama.host, model: settings.ollama.visionModel }, settings.timeoutMs);
  if (settings.openai) models.openai = OpenAiVisionModel.openai({ ...settings.openai, model: settings.openai.visionModel ?? settings.openai.model }, settings.timeoutMs);
  if (settings.azure) models.azure = OpenAiVisionModel.azure({ ...settings.azure, deployment: settings.azure.visionDeployment ?? settings.azure.deployment }, settings.timeoutMs);
  return models;
}

export interface ImageDescriberDeps {
  settings: Pick<AiConfig, 'tierOrder' | 'ollama' | 'openai' | 'azure' | 'transcribe' | 'prices' | 'dailyBudgetUsd' | 'retries' | 'retryBaseMs' | 'retryMaxWaitMs' | 'breaker'>;
  models: Partial<Record<Exclude<TierName, 'offline'>, VisionModel>>;
  breakers: BreakerRegistry;
  ledger: UsageLedger;
  telemetry?: AiTelemetry;
  /** Replaces the backoff sleep (tests record the waits). */
  wait?: RetryPolicy['wait'];
  log?: { warn(obj: object, msg: string): void };
}

/**
 * Describes an uploaded image with the first tier the residency policy allows for images (an EU
 * request's image reaches only endpoints declared EU), within its daily budget and through its circuit breaker
 * (the same `ai-<tier>` breaker the deliverables use), with retries; a failed tier hands over to
 * the next one. Null when no allowed tier can see images or all of them failed: the image is
 * then listed by name, as before.
 */
export class ImageDescriber {
  private readonly deps: ImageDescriberDeps;
  private readonly telemetry: AiTelemetry;
  private readonly residency: ResidencyPolicy;

  constructor(deps: ImageDescriberDeps) {
    this.deps = deps;
    this.telemetry = deps.telemetry ?? NO_TELEMETRY;
    this.residency = new ResidencyPolicy(deps.settings);
  }

  /** The tiers that would describe an image for this compliance mode, in order. */
  tiersFor(compliance: GeneratorInput['compliance']): ModelTier[] {
    return this.residency.route('vision', compliance).filter((t) => this.deps.models[t] !== undefined);
  }

  async describe(image: ImageInput, request: Pick<GeneratorInput, 'requestId' | 'locale' | 'compliance'>, signal: AbortSignal = new AbortController().signal): Promise<string | null> {
    const prompt = imagePrompt(request.locale);
    for (const tier of this.tiersFor(request.compliance)) {
      signal.throwIfAborted();
      const model = this.deps.models[tier] as VisionModel;
      const budget = this.deps.settings.dailyBudgetUsd[tier];
      if (budget !== undefined && (await this.deps.ledger.spentToday(tier)) >= budget) {
        this.deps.log?.warn({ tier, budget }, 'daily AI budget spent; trying the next tier for the image');
        continue;
      }
      const breaker = this.deps.breakers.get(`ai-${tier}`, { threshold: this.deps.settings.breaker.threshold, halfOpenAfterMs: this.deps.settings.breaker.halfOpenAfterMs });
      const policy: RetryPolicy = {
        retries: this.deps.settings.retries,
        baseMs: this.deps.settings.retryBaseMs,
        maxWaitMs: this.deps.settings.retryMaxWaitMs,
        ...(this.deps.wait ? { wait: this.deps.wait } : {}),
        onRetry: (error, attempt, delayMs) => this.deps.log?.warn({ tier, attempt: attempt + 1, delayMs, status: error.status }, 'retrying image description'),
      };
      const started = performance.now();
      try {
        const answer = await breaker.execute(() => retryModelCall(() => model.describe(image, prompt, signal), policy, signal), signal);
        this.telemetry.call(tier, (performance.now() - started) / 1000, 'ok');
        if (answer.tokensIn + answer.tokensOut > 0) {
          const costUsd = costOf(this.deps.settings.prices, model.model, answer.tokensIn, answer.tokensOut);
          this.telemetry.usage(tier, model.model, answer.tokensIn, answer.tokensOut, costUsd);
          await this.deps.ledger.record({ requestId: request.requestId, tier, model: model.model, tokensIn: answer.tokensIn, tokensOut: answer.tokensOut, costUsd });
        }
        const text = limitWords(answer.text, MAX_WORDS);
        if (text) return text;
        this.deps.log?.warn({ tier }, 'the image description was empty; trying the next tier');
      } catch (error) {
        this.telemetry.call(tier, (performance.now() - started) / 1000, error instanceof ProviderError ? error.failure : isBrokenCircuit(error) ? 'circuit-open' : 'error');
        if (signal.aborted) throw error;
        if (!(error instanceof ProviderError) && !isBrokenCircuit(error)) throw error;
        this.deps.log?.warn({ tier, err: error }, 'image description failed; trying the next tier');
      }
    }
    return null;
  }
}

/** Whitespace collapsed, cut after `max` words (an ellipsis marks the cut). */
export function limitWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')} …`;
}
