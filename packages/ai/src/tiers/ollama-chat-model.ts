import type { TierName } from '@statex/config';
import { Ollama } from 'ollama';
import type { ChatAnswer, ChatModel, StructuredRequest } from './chat-model.ts';
import { parseRetryAfter, toProviderError } from './provider-error.ts';

/**
 * Ollama's `/api/chat` with `format` set to the JSON Schema, streamed as NDJSON, through the
 * official client. A client per call: its fetch is wrapped to bind our abort signal and to keep
 * the `Retry-After` of a failed answer (the client's error carries only the status).
 */
export class OllamaChatModel implements ChatModel {
  readonly tier: TierName = 'ollama';
  readonly model: string;
  private readonly host: string;
  private readonly timeoutMs: number;

  constructor(settings: { host: string; model: string }, timeoutMs: number) {
    this.host = settings.host;
    this.model = settings.model;
    this.timeoutMs = timeoutMs;
  }

  async complete(request: StructuredRequest, signal: AbortSignal, onDelta?: (text: string) => void): Promise<ChatAnswer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    let retryAfterMs: number | null = null;
    const client = new Ollama({
      host: this.host,
      fetch: async (url, init) => {
        const inner = init?.signal ? AbortSignal.any([init.signal, combined]) : combined;
        const response = await fetch(url, { ...init, signal: inner });
        if (!response.ok) retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        return response;
      },
    });
    try {
      const stream = await client.chat({ model: this.model, messages: request.messages, format: request.schema, stream: true, options: { temperature: 0 } });
      const stop = () => stream.abort();
      combined.addEventListener('abort', stop, { once: true });
      let text = '';
      let tokensIn = 0;
      let tokensOut = 0;
      try {
        for await (const part of stream) {
          const delta = part.message?.content;
          if (delta) {
            text += delta;
            onDelta?.(delta);
          }
          if (part.done) {
            tokensIn = part.prompt_eval_count ?? 0;
            tokensOut = part.eval_count ?? 0;
          }
        }
      } finally {
        combined.removeEventListener('abort', stop);
      }
      if (combined.aborted) throw combined.reason;
      return { text, tokensIn, tokensOut };
    } catch (error) {
      if (signal.aborted) throw error;
      if (error && typeof error === 'object' && 'status_code' in error) Object.assign(error, { retryAfterMs });
      throw toProviderError(this.tier, error, timeout.aborted);
    }
  }
}
