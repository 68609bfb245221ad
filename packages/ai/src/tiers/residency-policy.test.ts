import { loadConfig, type AiConfig } from '@statex/config';
import { BreakerRegistry } from '@statex/resilience';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAiClients, createGenerator } from '../create-generator.ts';
import { answersFor, sampleInput, schemaNameOf } from '../testing/deliverable-answers.ts';
import { openAiStream, startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '../testing/fake-model-server.ts';
import { ImageDescriber } from './describe-image.ts';
import { ResidencyPolicy } from './residency-policy.ts';
import { NoResponseCache } from './response-cache.ts';
import { transcribersFor } from './transcribe-voice.ts';
import { MemoryUsageLedger } from './usage-ledger.ts';

describe('ResidencyPolicy.route', () => {
  const config = loadConfig({
    OLLAMA_HOST: 'http://127.0.0.1:1',
    OLLAMA_RESIDENCY: 'eu',
    OPENAI_API_KEY: 'sk-test',
    AZURE_OPENAI_ENDPOINT: 'https://statex.openai.azure.com',
    AZURE_OPENAI_API_KEY: 'az',
    AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
    AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT: 'whisper',
    AZURE_OPENAI_REGION: 'westeurope',
    TRANSCRIBE_BASE_URL: 'http://127.0.0.1:2/v1',
  }).ai;
  const policy = new ResidencyPolicy(config);

  it('standard requests: every endpoint configured for the kind, in AI_TIER_ORDER (the self-hosted transcription server first)', () => {
    expect(policy.route('chat', 'standard')).toEqual(['ollama', 'openai', 'azure']);
    // Ollama describes images only with OLLAMA_VISION_MODEL, and transcribes nothing.
    expect(policy.route('vision', 'standard')).toEqual(['openai', 'azure']);
    expect(policy.route('transcribe', 'standard')).toEqual(['self-hosted', 'openai', 'azure']);
  });

  it('EU requests: only endpoints declared EU, for every kind', () => {
    expect(policy.route('chat', 'eu')).toEqual(['ollama', 'azure']);
    expect(policy.route('vision', 'eu')).toEqual(['azure']);
    // TRANSCRIBE_RESIDENCY was not declared: the self-hosted server counts as outside the EU.
    expect(policy.route('transcribe', 'eu')).toEqual(['azure']);
    expect(policy.residencyOf('self-hosted')).toBe('non-eu');
  });

  it('follows AI_TIER_ORDER and leaves out tiers it leaves out', () => {
    const reordered = new ResidencyPolicy({ ...config, tierOrder: ['azure', 'ollama', 'offline'] });
    expect(reordered.route('chat', 'standard')).toEqual(['azure', 'ollama']);
    expect(reordered.route('transcribe', 'standard')).toEqual(['self-hosted', 'azure']);
  });

  it('an Azure resource outside the EU and an undeclared Ollama are never on an EU route', () => {
    const outside = new ResidencyPolicy(loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:1', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com', AZURE_OPENAI_API_KEY: 'az', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o', AZURE_OPENAI_REGION: 'uksouth' }).ai);
    for (const kind of ['chat', 'vision', 'transcribe'] as const) expect(outside.route(kind, 'eu'), kind).toEqual([]);
    expect(outside.route('chat', 'standard')).toEqual(['ollama', 'azure']);
  });
});

/**
 * One Azure OpenAI resource (a real HTTP server on 127.0.0.1) with a chat, a vision and a Whisper
 * deployment, declared in a region outside the EU or inside it: what an EU request sends it.
 */
describe('an Azure endpoint and EU requests, for chat, images and voice', () => {
  let answers: Record<string, string>;
  beforeAll(async () => {
    answers = (await answersFor(sampleInput())).bySchema;
  });
  const servers: FakeModelServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  const DESCRIPTION = 'A hand-drawn sketch of a bakery counter with a chalkboard menu.';
  const TRANSCRIPT = 'We would also like a newsletter sign-up.';
  function azureReply(request: RecordedRequest): FakeReply {
    if (request.path.includes('/audio/transcriptions')) return { kind: 'json', body: { text: TRANSCRIPT } };
    if (request.body?.stream) return { kind: 'sse', chunks: openAiStream(answers[schemaNameOf(request.body)] as string) };
    return {
      kind: 'json',
      body: { id: 'c1', object: 'chat.completion', created: 1, model: 'gpt-4o', choices: [{ index: 0, message: { role: 'assistant', content: DESCRIPTION }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } },
    };
  }

  async function platformAi(region: string): Promise<{ azure: FakeModelServer; config: AiConfig; clients: ReturnType<typeof createAiClients> }> {
    const azure = await startFakeModelServer(azureReply);
    servers.push(azure);
    const config = loadConfig({
      AZURE_OPENAI_ENDPOINT: azure.url,
      AZURE_OPENAI_API_KEY: 'az-test',
      AZURE_OPENAI_DEPLOYMENT: 'gpt4o-chat',
      AZURE_OPENAI_VISION_DEPLOYMENT: 'gpt4o-vision',
      AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT: 'whisper',
      AZURE_OPENAI_REGION: region,
      AI_RETRIES: '0',
      AI_CACHE_MAX_ENTRIES: '0',
    }).ai;
    return { azure, config, clients: createAiClients(config) };
  }

  async function sendEverything(ai: Awaited<ReturnType<typeof platformAi>>, compliance: 'standard' | 'eu') {
    const generator = createGenerator(ai.config, { models: ai.clients.chat, cache: new NoResponseCache() });
    const deliverables = await generator.generate(sampleInput({ compliance }));
    const describer = new ImageDescriber({ settings: ai.config, models: ai.clients.vision, breakers: new BreakerRegistry(), ledger: new MemoryUsageLedger() });
    const image = { name: 'sketch.png', mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) };
    const description = await describer.describe(image, { requestId: 'req-1', locale: 'en', compliance });
    const transcribers = transcribersFor(ai.config, compliance, ai.clients.transcription);
    const transcript = transcribers[0] ? await transcribers[0].transcribe(new Uint8Array([0x52, 0x49, 0x46, 0x46]), 'note.wav', 'en', new AbortController().signal) : null;
    return { producedBy: deliverables.producedBy, description, transcript };
  }

  it('declared outside the EU (uksouth): an EU request sends it nothing — no brief, no image, no voice note; a standard request uses it', async () => {
    const ai = await platformAi('uksouth');
    expect(await sendEverything(ai, 'eu')).toEqual({ producedBy: 'offline', description: null, transcript: null });
    expect(ai.azure.requests).toHaveLength(0);

    expect(await sendEverything(ai, 'standard')).toEqual({ producedBy: 'azure:gpt4o-chat', description: DESCRIPTION, transcript: TRANSCRIPT });
    expect(ai.azure.requests.length).toBeGreaterThan(0);
  });

  it('declared in the EU (swedencentral): an EU request’s brief, image and voice note go to its deployments', async () => {
    const ai = await platformAi('Sweden Central');
    expect(await sendEverything(ai, 'eu')).toEqual({ producedBy: 'azure:gpt4o-chat', description: DESCRIPTION, transcript: TRANSCRIPT });
    const paths = ai.azure.requests.map((r) => r.path);
    expect(paths.filter((p) => p === '/openai/deployments/gpt4o-chat/chat/completions?api-version=2024-10-21')).toHaveLength(3);
    expect(paths).toContain('/openai/deployments/gpt4o-vision/chat/completions?api-version=2024-10-21');
    expect(paths).toContain('/openai/deployments/whisper/audio/transcriptions?api-version=2024-10-21');
    expect(ai.azure.requests.every((r) => r.headers['api-key'] === 'az-test')).toBe(true);
  });
});
