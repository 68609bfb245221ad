import type { AiConfig, TierName } from '@statex/config';
import { BreakerRegistry } from '@statex/resilience';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineGenerator } from '../offline/offline-generator.ts';
import { startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '../testing/fake-model-server.ts';
import { createVisionModels, ImageDescriber, imagePrompt, type ImageInput } from './describe-image.ts';
import { MemoryUsageLedger } from './usage-ledger.ts';

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

// The bytes travel as they are (base64); the describer does not decode the image.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 255, 0, 128]);
const image: ImageInput = { name: 'storefront.png', mimeType: 'image/png', bytes: png };
const pngDataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

async function serve(reply: (r: RecordedRequest, i: number) => FakeReply): Promise<FakeModelServer> {
  const server = await startFakeModelServer(reply);
  servers.push(server);
  return server;
}

const completion = (text: string): FakeReply => ({
  kind: 'json',
  body: {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 300, completion_tokens: 40, total_tokens: 340 },
  },
});

function settings(urls: Partial<Record<'openai' | 'azure' | 'ollama', string>>, overrides: Partial<AiConfig> = {}): AiConfig {
  return {
    tierOrder: (['ollama', 'openai', 'azure', 'offline'] as TierName[]).filter((t) => t === 'offline' || urls[t as 'openai']),
    ollama: urls.ollama ? { host: urls.ollama, model: 'llama3.1', visionModel: 'llava', residency: 'eu' } : null,
    openai: urls.openai ? { apiKey: 'sk-test', baseUrl: `${urls.openai}/v1`, model: 'gpt-4o-mini', transcribeModel: 'whisper-1', visionModel: 'gpt-4o', residency: 'non-eu' } : null,
    azure: urls.azure ? { endpoint: urls.azure, apiKey: 'az', deployment: 'gpt4o-eu', apiVersion: '2024-10-21', transcribeDeployment: undefined, region: 'swedencentral', residency: 'eu' } : null,
    transcribe: null,
    prices: { 'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 } },
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

function describer(config: AiConfig, ledger = new MemoryUsageLedger(), waits: number[] = []) {
  return new ImageDescriber({
    settings: config,
    models: createVisionModels(config),
    breakers: new BreakerRegistry(),
    ledger,
    wait: async (ms) => {
      waits.push(ms);
    },
  });
}

const request = (compliance: 'standard' | 'eu', locale = 'de-DE') => ({ requestId: 'r1', locale, compliance });

describe('ImageDescriber', () => {
  it('OpenAI: one chat completion with the prompt and the image as a data: URL; usage recorded', async () => {
    const openai = await serve(() => completion('A red storefront with the sign "Sunrise Bakery".'));
    const ledger = new MemoryUsageLedger();
    const text = await describer(settings({ openai: openai.url }), ledger).describe(image, request('standard'));
    expect(text).toBe('A red storefront with the sign "Sunrise Bakery".');
    expect(openai.requests).toHaveLength(1);
    const [sent] = openai.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sk-test');
    expect(sent?.body).toEqual({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: [{ type: 'text', text: imagePrompt('de-DE') }, { type: 'image_url', image_url: { url: pngDataUrl } }] }],
      temperature: 0,
    });
    expect(imagePrompt('de-DE')).toContain('"de-DE"');
    expect(imagePrompt('de-DE')).toContain('at most 120 words');
    expect(ledger.entries).toEqual([{ requestId: 'r1', tier: 'openai', model: 'gpt-4o', tokensIn: 300, tokensOut: 40, costUsd: (300 * 2.5 + 40 * 10) / 1_000_000 }]);
  });

  it('OpenAI: the vision model defaults to OPENAI_MODEL; a 503 is retried, then answered', async () => {
    const openai = await serve((_, i) => (i === 0 ? { kind: 'json', status: 503, body: { error: { message: 'busy' } } } : completion('A logo.')));
    const config = settings({ openai: openai.url });
    const waits: number[] = [];
    const text = await describer({ ...config, openai: { ...(config.openai as NonNullable<AiConfig['openai']>), visionModel: undefined } }, undefined, waits).describe(image, request('standard'));
    expect(text).toBe('A logo.');
    expect(openai.requests.map((r) => r.body.model)).toEqual(['gpt-4o-mini', 'gpt-4o-mini']);
    expect(waits).toHaveLength(1);
  });

  it('Azure: the deployment path with api-version, the api-key header and the same message', async () => {
    const azure = await serve(() => completion('Ein Logo in Blau.'));
    const text = await describer(settings({ azure: azure.url })).describe(image, request('eu'));
    expect(text).toBe('Ein Logo in Blau.');
    const [sent] = azure.requests;
    expect(sent?.path).toBe('/openai/deployments/gpt4o-eu/chat/completions?api-version=2024-10-21');
    expect(sent?.headers['api-key']).toBe('az');
    expect(sent?.body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: imagePrompt('de-DE') }, { type: 'image_url', image_url: { url: pngDataUrl } }] }]);
  });

  it('Ollama: /api/chat with the vision model and the image base64 in `images`', async () => {
    const ollama = await serve(() => ({
      kind: 'json',
      body: { model: 'llava', created_at: '2025-01-01T00:00:00Z', message: { role: 'assistant', content: 'A hand-drawn site map.' }, done: true, done_reason: 'stop', prompt_eval_count: 600, eval_count: 20 },
    }));
    const ledger = new MemoryUsageLedger();
    const text = await describer(settings({ ollama: ollama.url }), ledger).describe(image, request('eu', 'en'));
    expect(text).toBe('A hand-drawn site map.');
    const [sent] = ollama.requests;
    expect(sent?.path).toBe('/api/chat');
    expect(sent?.body).toEqual({
      model: 'llava',
      messages: [{ role: 'user', content: imagePrompt('en'), images: [Buffer.from(png).toString('base64')] }],
      stream: false,
      options: { temperature: 0 },
    });
    expect(ledger.entries.map((e) => [e.tier, e.model, e.tokensIn, e.tokensOut])).toEqual([['ollama', 'llava', 600, 20]]);
  });

  it('Ollama without OLLAMA_VISION_MODEL describes nothing', async () => {
    const ollama = await serve(() => ({ kind: 'json', status: 500, body: { error: 'unexpected' } }));
    const config = settings({ ollama: ollama.url }, {});
    const d = describer({ ...config, ollama: { host: ollama.url, model: 'llama3.1', residency: 'eu' } });
    expect(d.tiersFor('standard')).toEqual([]);
    expect(await d.describe(image, request('standard'))).toBeNull();
    expect(ollama.requests).toHaveLength(0);
  });

  it('an EU request with only OpenAI configured sends zero requests and returns null', async () => {
    const openai = await serve(() => completion('should never be asked'));
    const d = describer(settings({ openai: openai.url }));
    expect(d.tiersFor('eu')).toEqual([]);
    expect(await d.describe(image, request('eu'))).toBeNull();
    expect(openai.requests).toHaveLength(0);
  });

  it('an EU request with Azure failing does not fall back to OpenAI; a standard one falls back Ollama → OpenAI', async () => {
    const openai = await serve(() => completion('A photo of cakes.'));
    const azure = await serve(() => ({ kind: 'json', status: 400, body: { error: { message: 'bad image' } } }));
    const ollama = await serve(() => ({ kind: 'json', status: 404, body: { error: 'model "llava" not found' } }));
    const d = describer(settings({ openai: openai.url, azure: azure.url, ollama: ollama.url }));
    expect(await d.describe(image, request('eu'))).toBeNull();
    expect(openai.requests).toHaveLength(0);
    expect(azure.requests).toHaveLength(1);
    expect(await d.describe(image, request('standard'))).toBe('A photo of cakes.');
    expect(openai.requests).toHaveLength(1);
  });

  it('a tier over its daily budget is skipped', async () => {
    const openai = await serve(() => completion('A logo.'));
    const ledger = new MemoryUsageLedger();
    await ledger.record({ requestId: 'earlier', tier: 'openai', model: 'gpt-4o', tokensIn: 0, tokensOut: 0, costUsd: 5 });
    const text = await describer(settings({ openai: openai.url }, { dailyBudgetUsd: { openai: 5 } }), ledger).describe(image, request('standard'));
    expect(text).toBeNull();
    expect(openai.requests).toHaveLength(0);
  });

  it('cuts a description after 120 words', async () => {
    const openai = await serve(() => completion(Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ')));
    const text = (await describer(settings({ openai: openai.url })).describe(image, request('standard'))) as string;
    expect(text.split(' ')).toHaveLength(121);
    expect(text.endsWith('w119 …')).toBe(true);
  });
});

describe('an image description in the offline tier', () => {
  it('is read as document text: what it shows becomes context, what it asks for a requirement', async () => {
    const text = 'Image "shop.png" shows: A photo of three tiered wedding cakes in a bright shop window. The site should show a gallery of wedding cakes.';
    const { terms } = await new OfflineGenerator().generate({
      requestId: 'r',
      brief: 'We are a bakery. We need a website with our menu.',
      documents: [{ name: 'shop.png', kind: 'png', text }],
      locale: 'en',
      compliance: 'standard',
      privacy: 'standard',
    });
    expect(terms.requirements.map((r) => [r.text, r.source])).toContainEqual(['The site shall show a gallery of wedding cakes.', 'file:shop.png']);
    expect(terms.assumptions).toContain('A photo of three tiered wedding cakes in a bright shop window.');
    expect(JSON.stringify(terms)).not.toContain('shows');
  });
});
