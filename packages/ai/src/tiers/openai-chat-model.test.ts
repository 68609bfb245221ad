import { afterEach, describe, expect, it } from 'vitest';
import { openAiStream, startFakeModelServer, type FakeModelServer, type FakeReply } from '../testing/fake-model-server.ts';
import type { StructuredRequest } from './chat-model.ts';
import { OpenAiChatModel } from './openai-chat-model.ts';
import { ProviderError } from './provider-error.ts';

const request: StructuredRequest = {
  messages: [
    { role: 'system', content: 'Answer with JSON.' },
    { role: 'user', content: 'Brief: a bakery site.' },
  ],
  schemaName: 'terms_of_reference',
  schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'], additionalProperties: false },
  strict: true,
};

let server: FakeModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: (index: number) => FakeReply): Promise<FakeModelServer> {
  server = await startFakeModelServer((_, i) => reply(i));
  return server;
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

const signal = () => new AbortController().signal;

describe('OpenAiChatModel against an OpenAI-compatible server', () => {
  it('sends a streamed chat completion with a strict json_schema response format and reads the SSE stream', async () => {
    const s = await serve(() => ({ kind: 'sse', chunks: openAiStream('{"title":"Sunrise"}', { prompt_tokens: 120, completion_tokens: 7 }) }));
    const model = OpenAiChatModel.openai({ apiKey: 'sk-test', baseUrl: `${s.url}/v1`, model: 'gpt-4o-mini' }, 5_000);
    const deltas: string[] = [];
    const answer = await model.complete(request, signal(), (d) => deltas.push(d));
    expect(answer).toEqual({ text: '{"title":"Sunrise"}', tokensIn: 120, tokensOut: 7 });
    expect(deltas.join('')).toBe('{"title":"Sunrise"}');
    expect(deltas.length).toBeGreaterThan(1);
    expect(s.requests).toHaveLength(1);
    const [sent] = s.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sk-test');
    expect(sent?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_schema', json_schema: { name: 'terms_of_reference', schema: request.schema, strict: true } },
    });
  });

  it('classifies 500 and 429 (with Retry-After) as retryable, 400/401/403 as not', async () => {
    const replies: FakeReply[] = [
      { kind: 'json', status: 500, body: { error: { message: 'boom' } } },
      { kind: 'json', status: 429, headers: { 'retry-after': '2' }, body: { error: { message: 'slow down' } } },
      { kind: 'json', status: 400, body: { error: { message: 'bad schema' } } },
      { kind: 'json', status: 401, body: { error: { message: 'bad key' } } },
      { kind: 'json', status: 403, body: { error: { message: 'forbidden' } } },
    ];
    const s = await serve((i) => replies[i] as FakeReply);
    const model = OpenAiChatModel.openai({ apiKey: 'sk-test', baseUrl: `${s.url}/v1`, model: 'gpt-4o-mini' }, 5_000);
    const e500 = await failure(model.complete(request, signal()));
    expect([e500.status, e500.retryable, e500.failure]).toEqual([500, true, 'http']);
    const e429 = await failure(model.complete(request, signal()));
    expect([e429.status, e429.retryable, e429.retryAfterMs]).toEqual([429, true, 2000]);
    for (const status of [400, 401, 403]) {
      const e = await failure(model.complete(request, signal()));
      expect([e.status, e.retryable]).toEqual([status, false]);
    }
    // The client's own retries are off: one request per call.
    expect(s.requests).toHaveLength(5);
  });

  it('gives up on a server that does not answer in time', async () => {
    const s = await serve(() => ({ kind: 'hang' }));
    const model = OpenAiChatModel.openai({ apiKey: 'sk-test', baseUrl: `${s.url}/v1`, model: 'gpt-4o-mini' }, 150);
    const e = await failure(model.complete(request, signal()));
    expect([e.failure, e.retryable]).toEqual(['timeout', true]);
  });

  it('reports a refused connection as a retryable network error', async () => {
    const s = await serve(() => ({ kind: 'hang' }));
    const url = s.url;
    await s.close();
    server = undefined;
    const model = OpenAiChatModel.openai({ apiKey: 'sk-test', baseUrl: `${url}/v1`, model: 'gpt-4o-mini' }, 2_000);
    const e = await failure(model.complete(request, signal()));
    expect([e.failure, e.retryable]).toEqual(['network', true]);
  });
});

describe('OpenAiChatModel against Azure OpenAI', () => {
  it('calls the deployment path with api-version and the api-key header', async () => {
    const s = await serve(() => ({ kind: 'sse', chunks: openAiStream('{"title":"EU"}') }));
    const model = OpenAiChatModel.azure({ endpoint: s.url, apiKey: 'azure-key', deployment: 'gpt4o-eu', apiVersion: '2024-10-21' }, 5_000);
    const answer = await model.complete(request, signal());
    expect(answer.text).toBe('{"title":"EU"}');
    const [sent] = s.requests;
    expect(sent?.path).toBe('/openai/deployments/gpt4o-eu/chat/completions?api-version=2024-10-21');
    expect(sent?.headers['api-key']).toBe('azure-key');
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'terms_of_reference', schema: request.schema, strict: true } });
    expect(sent?.body.stream).toBe(true);
  });
});
