import type { AiConfig } from '@statex/config';
import type { ComplianceMode } from '@statex/core';
import { toFile, type OpenAI } from 'openai';
import { azureClient, openAiClient } from './openai-clients.ts';
import { toProviderError } from './provider-error.ts';
import { ResidencyPolicy, type TranscriptionEndpoint } from './residency-policy.ts';
import { retryModelCall, type RetryPolicy } from './retry-model-call.ts';

export interface TranscriptionService {
  /** `openai`, `azure` or `self-hosted`. */
  readonly name: string;
  transcribe(audio: Uint8Array, fileName: string, language: string, signal: AbortSignal): Promise<string>;
}

class WhisperTranscriber implements TranscriptionService {
  readonly name: string;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly timeoutMs: number;
  private readonly policy: RetryPolicy;

  constructor(name: string, client: OpenAI, model: string, timeoutMs: number, policy: RetryPolicy) {
    this.name = name;
    this.client = client;
    this.model = model;
    this.timeoutMs = timeoutMs;
    this.policy = policy;
  }

  async transcribe(audio: Uint8Array, fileName: string, language: string, signal: AbortSignal): Promise<string> {
    return retryModelCall(async () => {
      const timeout = AbortSignal.timeout(this.timeoutMs);
      try {
        // multipart/form-data POST …/audio/transcriptions with file, model, language.
        const result = await this.client.audio.transcriptions.create(
          { file: await toFile(audio, fileName), model: this.model, language: language.slice(0, 2), response_format: 'json' },
          { signal: AbortSignal.any([signal, timeout]) },
        );
        return result.text.trim();
      } catch (error) {
        if (signal.aborted) throw error;
        throw toProviderError(this.name, error, timeout.aborted);
      }
    }, this.policy, signal);
  }
}

export type TranscriptionServices = Partial<Record<TranscriptionEndpoint, TranscriptionService>>;

/**
 * A transcription service per configured endpoint, built once at start: the self-hosted server
 * (TRANSCRIBE_BASE_URL), Azure's Whisper deployment, OpenAI's Whisper.
 */
export function createTranscriptionServices(settings: AiConfig, wait?: RetryPolicy['wait']): TranscriptionServices {
  const policy: RetryPolicy = { retries: settings.retries, baseMs: settings.retryBaseMs, maxWaitMs: settings.retryMaxWaitMs, ...(wait ? { wait } : {}) };
  const services: TranscriptionServices = {};
  if (settings.transcribe) {
    const client = openAiClient({ apiKey: settings.transcribe.apiKey ?? 'not-needed', baseUrl: settings.transcribe.baseUrl });
    services['self-hosted'] = new WhisperTranscriber('self-hosted', client, settings.transcribe.model, settings.timeoutMs, policy);
  }
  if (settings.azure?.transcribeDeployment) {
    const client = azureClient(settings.azure, settings.azure.transcribeDeployment);
    services.azure = new WhisperTranscriber('azure', client, settings.azure.transcribeDeployment, settings.timeoutMs, policy);
  }
  if (settings.openai) services.openai = new WhisperTranscriber('openai', openAiClient(settings.openai), settings.openai.transcribeModel, settings.timeoutMs, policy);
  return services;
}

/**
 * The transcription services a request may use, in the order the residency policy gives: the
 * self-hosted server first, then the tiers in AI_TIER_ORDER; an EU request's voice note only to
 * endpoints declared EU. Empty: the voice note is not transcribed and the customer is told so.
 */
export function transcribersFor(settings: AiConfig, compliance: ComplianceMode, services: TranscriptionServices = createTranscriptionServices(settings)): TranscriptionService[] {
  return new ResidencyPolicy(settings).route('transcribe', compliance).flatMap((endpoint) => services[endpoint] ?? []);
}
