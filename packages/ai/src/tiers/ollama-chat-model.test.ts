import { afterEach, describe, expect, it } from 'vitest';
import { ollamaStream, startFakeModelServer, type FakeModelServer, type FakeReply } from '../testing/fake-model-server.ts';
import type { StructuredRequest } from './chat-model.ts';
import { OllamaChatModel } from './ollama-chat-model.ts';
import { ProviderError } from './provider-error.ts';

const request: StructuredRequest = {
  messages: [{ role: 'user', content: 'Brief: a bakery site.' }],
  schemaName: 'terms_of_reference',
  schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
  strict: true,
};

let server: FakeModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('OllamaChatModel against an Ollama server', () => {
  it('posts /api/chat with format = the JSON Schema and reads the NDJSON stream', async () => {
    server = await startFakeModelServer(() => ({ kind: 'ndjson', lines: ollamaStream('{"title":"Sunrise"}', { prompt_eval_count: 90, eval_count: 12 }) }));
    const model = new OllamaChatModel({ host: server.url, model: 'llama3.1' }, 5_000);
    const deltas: string[] = [];
    const answer = await model.complete(request, new AbortController().signal, (d) => deltas.push(d));
    expect(answer).toEqual({ text: '{"title":"Sunrise"}', tokensIn: 90, tokensOut: 12 });
    expect(deltas.length).toBeGreaterThan(1);
    const [sent] = server.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/api/chat');
    expect(sent?.body).toEqual({ model: 'llama3.1', messages: request.messages, format: request.schema, stream: true, options: { temperature: 0 } });
  });

  it('classifies 500, 429 with Retry-After, 400 and a timeout', async () => {
    const replies: FakeReply[] = [
      { kind: 'json', status: 500, body: { error: 'model crashed' } },
      { kind: 'json', status: 429, headers: { 'retry-after': '3' }, body: { error: 'busy' } },
      { kind: 'json', status: 400, body: { error: 'invalid format' } },
      { kind: 'hang' },
    ];
    server = await startFakeModelServer((_, i) => replies[i] as FakeReply);
    // Long enough that a loaded machine still answers the status replies in time; the hang still times out.
    const model = new OllamaChatModel({ host: server.url, model: 'llama3.1' }, 1_500);
    const e500 = await failure(model.complete(request, new AbortController().signal));
    expect([e500.status, e500.retryable]).toEqual([500, true]);
    const e429 = await failure(model.complete(request, new AbortController().signal));
    expect([e429.status, e429.retryable, e429.retryAfterMs]).toEqual([429, true, 3000]);
    const e400 = await failure(model.complete(request, new AbortController().signal));
    expect([e400.status, e400.retryable]).toEqual([400, false]);
    const timeout = await failure(model.complete(request, new AbortController().signal));
    expect([timeout.failure, timeout.retryable]).toEqual(['timeout', true]);
  });
});
