import type { AiConfig } from '@statex/config';
import { BreakerRegistry } from '@statex/resilience';
import type { Generator } from './generator.ts';
import { OfflineGenerator } from './offline/offline-generator.ts';
import type { AiTelemetry } from './tiers/ai-telemetry.ts';
import type { ChatModel } from './tiers/chat-model.ts';
import { createVisionModels, type VisionModel } from './tiers/describe-image.ts';
import { OllamaChatModel } from './tiers/ollama-chat-model.ts';
import { OpenAiChatModel } from './tiers/openai-chat-model.ts';
import { MemoryResponseCache, NoResponseCache, type ResponseCache } from './tiers/response-cache.ts';
import type { ModelTier } from './tiers/residency-policy.ts';
import type { RetryPolicy } from './tiers/retry-model-call.ts';
import { TierRouter, type TierRouterDeps } from './tiers/tier-router.ts';
import { createTranscriptionServices, type TranscriptionServices } from './tiers/transcribe-voice.ts';
import { MemoryUsageLedger, type UsageLedger } from './tiers/usage-ledger.ts';

export interface GeneratorDeps {
  breakers?: BreakerRegistry;
  ledger?: UsageLedger;
  cache?: ResponseCache;
  telemetry?: AiTelemetry;
  wait?: TierRouterDeps['wait'];
  log?: TierRouterDeps['log'];
  /** The chat models built at start (createAiClients); default: built here. */
  models?: TierRouterDeps['models'];
}

/** Every AI client of a process, per configured endpoint; which one may receive a request's data is the residency policy's call. */
export interface AiClients {
  chat: Partial<Record<ModelTier, ChatModel>>;
  vision: Partial<Record<ModelTier, VisionModel>>;
  transcription: TranscriptionServices;
}

/** Built once at start and injected: the chat models (deliverables, questions), vision models (images), transcription (voice notes). */
export function createAiClients(settings: AiConfig, options: { wait?: RetryPolicy['wait'] } = {}): AiClients {
  return { chat: createChatModels(settings), vision: createVisionModels(settings), transcription: createTranscriptionServices(settings, options.wait) };
}

/** The chat model of each configured tier. */
export function createChatModels(settings: AiConfig): TierRouterDeps['models'] {
  const models: Partial<Record<'ollama' | 'openai' | 'azure', ChatModel>> = {};
  if (settings.ollama) models.ollama = new OllamaChatModel(settings.ollama, settings.timeoutMs);
  if (settings.openai) models.openai = OpenAiChatModel.openai(settings.openai, settings.timeoutMs);
  if (settings.azure) models.azure = OpenAiChatModel.azure(settings.azure, settings.timeoutMs);
  return models;
}

/**
 * The generator the pipeline uses: the offline tier when no model tier is configured (or no
 * settings are given), otherwise the router over the configured tiers with offline last.
 */
export function createGenerator(settings?: AiConfig, deps: GeneratorDeps = {}): Generator {
  if (!settings || settings.tierOrder.every((t) => t === 'offline')) return new OfflineGenerator();
  return new TierRouter({
    settings,
    models: deps.models ?? createChatModels(settings),
    breakers: deps.breakers ?? new BreakerRegistry(),
    ledger: deps.ledger ?? new MemoryUsageLedger(),
    cache: deps.cache ?? (settings.cache.maxEntries > 0 ? new MemoryResponseCache(settings.cache) : new NoResponseCache()),
    ...(deps.telemetry ? { telemetry: deps.telemetry } : {}),
    ...(deps.wait ? { wait: deps.wait } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
}
