import type { AiConfig } from '@statex/config';
import OpenAI, { AzureOpenAI, toFile } from 'openai';
import type { GeneratorInput } from '../generator.ts';
import { toProviderError } from './provider-error.ts';
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

/**
 * The transcription services a request may use, in order: the self-hosted server
 * (TRANSCRIBE_BASE_URL) and Azure for every request; OpenAI only for standard ones. Empty: the
 * voice note is not transcribed and the customer is told so.
 */
export function transcribersFor(settings: AiConfig, compliance: GeneratorInput['compliance'], wait?: RetryPolicy['wait']): TranscriptionService[] {
  const policy: RetryPolicy = { retries: settings.retries, baseMs: settings.retryBaseMs, maxWaitMs: settings.retryMaxWaitMs, ...(wait ? { wait } : {}) };
  const services: TranscriptionService[] = [];
  if (settings.transcribe) {
    const client = new OpenAI({ apiKey: settings.transcribe.apiKey ?? 'not-needed', baseURL: settings.transcribe.baseUrl, maxRetries: 0 });
    services.push(new WhisperTranscriber('self-hosted', client, settings.transcribe.model, settings.timeoutMs, policy));
  }
  if (settings.azure?.transcribeDeployment) {
    const { endpoint, apiKey, apiVersion, transcribeDeployment } = settings.azure;
    const client = new AzureOpenAI({ endpoint, apiKey, apiVersion, deployment: transcribeDeployment, maxRetries: 0 });
    services.push(new WhisperTranscriber('azure', client, transcribeDeployment, settings.timeoutMs, policy));
  }
  if (settings.openai && compliance !== 'eu') {
    const client = new OpenAI({ apiKey: settings.openai.apiKey, ...(settings.openai.baseUrl ? { baseURL: settings.openai.baseUrl } : {}), maxRetries: 0 });
    services.push(new WhisperTranscriber('openai', client, settings.openai.transcribeModel, settings.timeoutMs, policy));
  }
  return services;
}
