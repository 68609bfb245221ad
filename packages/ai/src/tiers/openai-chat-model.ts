import type { TierName } from '@statex/config';
import type OpenAI from 'openai';
import type { ChatAnswer, ChatModel, StructuredRequest } from './chat-model.ts';
import { azureClient, openAiClient } from './openai-clients.ts';
import { ProviderError, toProviderError } from './provider-error.ts';

/**
 * Chat completions with `response_format: json_schema`, streamed (SSE). The same class serves
 * OpenAI (and any compatible server through its base URL) and Azure OpenAI (`AzureOpenAI`: the
 * deployment in the path, `api-version` in the query). The client's own retries are off: retries,
 * timeouts and breakers are the router's.
 */
export class OpenAiChatModel implements ChatModel {
  readonly tier: TierName;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;

  constructor(tier: TierName, client: OpenAI, model: string, timeoutMs: number) {
    this.tier = tier;
    this.client = client;
    this.model = model;
    this.timeoutMs = timeoutMs;
  }

  static openai(settings: { apiKey: string; baseUrl: string; model: string }, timeoutMs: number): OpenAiChatModel {
    return new OpenAiChatModel('openai', openAiClient(settings, timeoutMs), settings.model, timeoutMs);
  }

  static azure(settings: { endpoint: string; apiKey: string; deployment: string; apiVersion: string }, timeoutMs: number): OpenAiChatModel {
    return new OpenAiChatModel('azure', azureClient(settings, settings.deployment, timeoutMs), settings.deployment, timeoutMs);
  }

  async complete(request: StructuredRequest, signal: AbortSignal, onDelta?: (text: string) => void): Promise<ChatAnswer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    try {
      const stream = await this.client.chat.completions.create(
        {
          model: this.model,
          messages: request.messages,
          temperature: 0,
          stream: true,
          stream_options: { include_usage: true },
          response_format: { type: 'json_schema', json_schema: { name: request.schemaName, schema: request.schema, strict: request.strict } },
        },
        { signal: combined },
      );
      let text = '';
      let tokensIn = 0;
      let tokensOut = 0;
      let finish: string | null = null;
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content;
        if (delta) {
          text += delta;
          onDelta?.(delta);
        }
        if (choice?.finish_reason) finish = choice.finish_reason;
        if (chunk.usage) {
          tokensIn = chunk.usage.prompt_tokens;
          tokensOut = chunk.usage.completion_tokens;
        }
      }
      if (finish === 'length') throw new ProviderError(this.tier, 'invalid-answer', 'the answer was cut off at the model’s output limit');
      return { text, tokensIn, tokensOut };
    } catch (error) {
      if (signal.aborted) throw error;
      throw toProviderError(this.tier, error, timeout.aborted);
    }
  }
}
