import type { AiConfig, TierName } from '@statex/config';
import { BreakerRegistry } from '@statex/resilience';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, sampleInput, schemaNameOf } from '../testing/deliverable-answers.ts';
import { ollamaStream, openAiStream, startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '../testing/fake-model-server.ts';
import { createChatModels } from '../create-generator.ts';
import { MemoryResponseCache, NoResponseCache, type ResponseCache } from './response-cache.ts';
import { TierRouter, routeFor } from './tier-router.ts';
import { MemoryUsageLedger } from './usage-ledger.ts';

let answers: Record<string, string>;
beforeAll(async () => {
  answers = (await answersFor(sampleInput())).bySchema;
});

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Behaviour = 'ok' | 500 | 503 | 400 | 'malformed' | 'invalid' | 'invalid-once' | ((r: RecordedRequest, i: number) => FakeReply);

/** A fake server for one tier; `ok` answers each schema with a valid deliverable, streamed. */
async function fakeTier(tier: 'openai' | 'azure' | 'ollama', behaviour: Behaviour): Promise<FakeModelServer> {
  const stream = (text: string): FakeReply => (tier === 'ollama' ? { kind: 'ndjson', lines: ollamaStream(text) } : { kind: 'sse', chunks: openAiStream(text) });
  const server = await startFakeModelServer((request, index) => {
    if (typeof behaviour === 'function') return behaviour(request, index);
    const valid = answers[schemaNameOf(request.body)] as string;
    switch (behaviour) {
      case 'ok':
        return stream(valid);
      case 'malformed':
        return stream('{"title": "Sunrise", "requirements": [');
      case 'invalid':
        return stream(JSON.stringify({ title: 'x', summary: 'y', requirements: [], assumptions: [] }));
      case 'invalid-once':
        // Invalid until the repair round quotes the problems.
        return JSON.stringify(request.body).includes('does not validate') ? stream(valid) : stream('{"title":"no requirements"}');
      default:
        return { kind: 'json', status: behaviour, body: { error: { message: `status ${behaviour}` } } };
    }
  });
  servers.push(server);
  return server;
}

function settings(urls: Partial<Record<'openai' | 'azure' | 'ollama', string>>, overrides: Partial<AiConfig> = {}): AiConfig {
  return {
    tierOrder: (['ollama', 'openai', 'azure', 'offline'] as TierName[]).filter((t) => t === 'offline' || urls[t as 'openai']),
    ollama: urls.ollama ? { host: urls.ollama, model: 'llama3.1' } : null,
    openai: urls.openai ? { apiKey: 'sk-test', baseUrl: `${urls.openai}/v1`, model: 'gpt-4o-mini', transcribeModel: 'whisper-1' } : null,
    azure: urls.azure ? { endpoint: urls.azure, apiKey: 'az', deployment: 'gpt4o-eu', apiVersion: '2024-10-21', transcribeDeployment: undefined } : null,
    transcribe: null,
    prices: { 'gpt-4o-mini': { inputPerMTok: 1_000, outputPerMTok: 1_000 }, 'gpt4o-eu': { inputPerMTok: 1, outputPerMTok: 1 } },
    dailyBudgetUsd: {},
    timeoutMs: 5_000,
    retries: 2,
    retryBaseMs: 1,
    retryMaxWaitMs: 30_000,
    breaker: { threshold: 5, halfOpenAfterMs: 60_000 },
    cache: { ttlMs: 60_000, maxEntries: 100 },
    contextChars: 48_000,
    ...overrides,
  };
}

function router(config: AiConfig, extra: { cache?: ResponseCache; ledger?: MemoryUsageLedger; breakers?: BreakerRegistry; waits?: number[] } = {}) {
  const waits = extra.waits ?? [];
  return new TierRouter({
    settings: config,
    models: createChatModels(config),
    breakers: extra.breakers ?? new BreakerRegistry(),
    ledger: extra.ledger ?? new MemoryUsageLedger(),
    cache: extra.cache ?? new NoResponseCache(),
    wait: async (ms) => {
      waits.push(ms);
    },
  });
}

describe('routeFor', () => {
  it('follows AI_TIER_ORDER for standard requests and never lists openai for EU ones', () => {
    expect(routeFor(['ollama', 'openai', 'azure', 'offline'], 'standard')).toEqual(['ollama', 'openai', 'azure', 'offline']);
    expect(routeFor(['openai', 'azure', 'ollama', 'offline'], 'eu')).toEqual(['azure', 'ollama', 'offline']);
    expect(routeFor(['openai'], 'eu')).toEqual(['offline']);
  });
});

describe('TierRouter against fake Ollama, OpenAI and Azure servers', () => {
  it('an EU request with Azure and Ollama failing sends zero requests to OpenAI and ends on offline', async () => {
    const ollama = await fakeTier('ollama', 500);
    const openai = await fakeTier('openai', 'ok');
    const azure = await fakeTier('azure', 503);
    const config = settings({ ollama: ollama.url, openai: openai.url, azure: azure.url }, { tierOrder: ['openai', 'azure', 'ollama', 'offline'] });
    const result = await router(config).generate(sampleInput({ compliance: 'eu' }));
    expect(openai.requests).toHaveLength(0);
    expect(azure.requests.length).toBeGreaterThan(0);
    expect(ollama.requests.length).toBeGreaterThan(0);
    expect(result.producedByDocument).toEqual({ terms: 'offline', plan: 'offline', spec: 'offline' });
  });

  it('an EU request uses Azure when it answers, and records the tier per document', async () => {
    const openai = await fakeTier('openai', 'ok');
    const azure = await fakeTier('azure', 'ok');
    const result = await router(settings({ openai: openai.url, azure: azure.url }, { tierOrder: ['openai', 'azure', 'offline'] })).generate(sampleInput({ compliance: 'eu' }));
    expect(openai.requests).toHaveLength(0);
    expect(result.producedBy).toBe('azure:gpt4o-eu');
    expect(result.producedByDocument).toEqual({ terms: 'azure:gpt4o-eu', plan: 'azure:gpt4o-eu', spec: 'azure:gpt4o-eu' });
    expect(result.terms.title).toMatch(/\(model\)$/);
  });

  it('a standard request falls back in AI_TIER_ORDER: Ollama fails, OpenAI answers, Azure is not asked', async () => {
    const ollama = await fakeTier('ollama', 500);
    const openai = await fakeTier('openai', 'ok');
    const azure = await fakeTier('azure', 'ok');
    const result = await router(settings({ ollama: ollama.url, openai: openai.url, azure: azure.url })).generate(sampleInput());
    expect(result.producedBy).toBe('openai:gpt-4o-mini');
    expect(azure.requests).toHaveLength(0);
    // 1 try + 2 retries on 500, for the terms only: plan and spec start at the tier that wrote the terms.
    expect(ollama.requests).toHaveLength(3);
    expect(openai.requests.map((r) => r.body.response_format.json_schema.name)).toEqual(['terms_of_reference', 'realization_plan', 'template_spec']);
  });

  it('retries 5xx and 429 (waiting Retry-After), never 400', async () => {
    const replies: FakeReply[] = [
      { kind: 'json', status: 429, headers: { 'retry-after': '2' }, body: {} },
      { kind: 'json', status: 503, body: {} },
    ];
    const openai = await fakeTier('openai', (r, i) => replies[i] ?? { kind: 'sse', chunks: openAiStream(answers[schemaNameOf(r.body)] as string) });
    const waits: number[] = [];
    const result = await router(settings({ openai: openai.url }), { waits }).generate(sampleInput());
    expect(result.producedBy).toBe('openai:gpt-4o-mini');
    expect(openai.requests).toHaveLength(5);
    expect(waits[0]).toBe(2000);
    expect(waits).toHaveLength(2);

    const bad = await fakeTier('azure', 400);
    const azureOnly = await router(settings({ azure: bad.url })).generate(sampleInput());
    expect(bad.requests).toHaveLength(1 * 1);
    expect(azureOnly.producedBy).toBe('offline');
  });

  it('a 429 asking for longer than AI_RETRY_MAX_WAIT goes to the next tier at once', async () => {
    const ollama = await fakeTier('ollama', () => ({ kind: 'json', status: 429, headers: { 'retry-after': '3600' }, body: { error: 'quota' } }));
    const openai = await fakeTier('openai', 'ok');
    const result = await router(settings({ ollama: ollama.url, openai: openai.url })).generate(sampleInput());
    expect(ollama.requests).toHaveLength(1);
    expect(result.producedBy).toBe('openai:gpt-4o-mini');
  });

  it('repairs an invalid answer once, quoting the validation errors', async () => {
    const openai = await fakeTier('openai', 'invalid-once');
    const result = await router(settings({ openai: openai.url })).generate(sampleInput());
    expect(result.producedBy).toBe('openai:gpt-4o-mini');
    const repair = openai.requests[1]?.body.messages.at(-1).content as string;
    expect(repair).toContain('does not validate against the terms_of_reference schema');
    expect(repair).toMatch(/\/requirements|summary|assumptions/);
    expect(openai.requests[1]?.body.messages.at(-2)).toEqual({ role: 'assistant', content: '{"title":"no requirements"}' });
  });

  it('moves on after malformed JSON and after schema-invalid JSON that the repair round does not fix', async () => {
    const ollama = await fakeTier('ollama', 'malformed');
    const openai = await fakeTier('openai', 'invalid');
    const azure = await fakeTier('azure', 'ok');
    const result = await router(settings({ ollama: ollama.url, openai: openai.url, azure: azure.url })).generate(sampleInput());
    expect(ollama.requests).toHaveLength(2);
    expect(openai.requests).toHaveLength(2);
    expect(result.producedBy).toBe('azure:gpt4o-eu');
  });

  it('breaker: open sends requests to the next tier without calling; half-open lets one trial through; success closes it', async () => {
    let healthy = false;
    const ollama = await fakeTier('ollama', (r) => (healthy ? { kind: 'ndjson', lines: ollamaStream(answers[schemaNameOf(r.body)] as string) } : { kind: 'json', status: 500, body: { error: 'down' } }));
    const openai = await fakeTier('openai', 'ok');
    const breakers = new BreakerRegistry();
    const config = settings({ ollama: ollama.url, openai: openai.url }, { retries: 0, breaker: { threshold: 1, halfOpenAfterMs: 1_500 } });
    const r = router(config, { breakers });
    expect((await r.generate(sampleInput())).producedBy).toBe('openai:gpt-4o-mini');
    expect(breakers.get('ai-ollama').state).toBe('open');
    expect(ollama.requests).toHaveLength(1);
    expect((await r.generate(sampleInput())).producedBy).toBe('openai:gpt-4o-mini');
    expect(ollama.requests).toHaveLength(1);
    expect(breakers.get('ai-ollama').snapshot().halfOpensAt).not.toBeNull();
    // cockatiel moves to half-open on the first call after halfOpenAfter: that call is the trial.
    // (The window is long enough that the second request above, slow on a loaded machine, stays inside it.)
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    healthy = true;
    expect((await r.generate(sampleInput())).producedBy).toBe('ollama:llama3.1');
    expect(breakers.get('ai-ollama').state).toBe('closed');
  });

  it('a spent daily budget moves traffic to the next allowed tier', async () => {
    const openai = await fakeTier('openai', 'ok');
    const azure = await fakeTier('azure', 'ok');
    const ledger = new MemoryUsageLedger();
    // gpt-4o-mini costs 1000 USD per million tokens here: one request (3 calls × 150 tokens) spends 0.45 USD.
    const r = router(settings({ openai: openai.url, azure: azure.url }, { dailyBudgetUsd: { openai: 0.4 } }), { ledger });
    expect((await r.generate(sampleInput())).producedBy).toBe('openai:gpt-4o-mini');
    expect(await ledger.spentToday('openai')).toBeCloseTo(0.45);
    expect(ledger.entries.map((e) => [e.tier, e.tokensIn, e.tokensOut])).toEqual([
      ['openai', 100, 50],
      ['openai', 100, 50],
      ['openai', 100, 50],
    ]);
    const calls = openai.requests.length;
    expect((await r.generate(sampleInput({ requestId: 'req-2' }))).producedBy).toBe('azure:gpt4o-eu');
    expect(openai.requests).toHaveLength(calls);
  });

  it('answers the same prompt, model and schema from the cache without a second request', async () => {
    const openai = await fakeTier('openai', 'ok');
    const r = router(settings({ openai: openai.url }), { cache: new MemoryResponseCache({ maxEntries: 10, ttlMs: 60_000 }) });
    const first = await r.generate(sampleInput());
    expect(openai.requests).toHaveLength(3);
    const second = await r.generate(sampleInput({ requestId: 'req-2', brief: `  ${sampleInput().brief}  ` }));
    expect(openai.requests).toHaveLength(3);
    expect(second.terms).toEqual(first.terms);
  });

  it('streams the answers as deltas per document', async () => {
    const openai = await fakeTier('openai', 'ok');
    const deltas: Record<string, string> = {};
    await router(settings({ openai: openai.url })).generate(sampleInput(), undefined, { onDelta: (doc, text) => (deltas[doc] = (deltas[doc] ?? '') + text) });
    expect(JSON.parse(deltas.terms as string).requirements.length).toBeGreaterThan(0);
    expect(Object.keys(deltas).sort()).toEqual(['plan', 'spec', 'terms']);
  });
});
