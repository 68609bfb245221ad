import { answersFor, openAiStream, sampleInput, schemaNameOf, startFakeModelServer, type FakeModelServer } from '@statex/ai/testing';
import { wavTone } from '@statex/files/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

/**
 * The platform with model tiers configured by environment variables pointing at fake OpenAI,
 * Azure OpenAI, Ollama and Whisper servers on 127.0.0.1: which tier wrote each document, what
 * the SSE stream shows, and that an EU request never reaches OpenAI.
 */
describe('AI tiers through the platform', () => {
  let platform: TestPlatform;
  let openai: FakeModelServer;
  let azure: FakeModelServer;
  let ollama: FakeModelServer;
  let whisper: FakeModelServer;

  // A Czech brewery with its beer list in a file: the model must be asked in Czech, with these facts.
  const brewery = {
    brief: 'Minipivovar U Kocoura v Brně vaří vlastní pivo. Na webu chceme nabídku piv s popisem a cenou, rezervaci prohlídky pivovaru a kalendář akcí. Otevřeno denně 11–23.',
    file: 'Naše piva\nKocour 11° světlý ležák 45 Kč\nČerný Kocour 13° 55 Kč\nIPA Mourek 65 Kč\n',
  };

  let czechPages: string[] = [];

  beforeAll(async () => {
    // The model is given the voice note's transcript as a document: its answers keep that need too.
    const transcript = { name: 'note.wav (transcript)', kind: 'txt' as const, text: 'We also want a newsletter sign-up.' };
    const { bySchema } = await answersFor(sampleInput({ documents: [transcript] }));
    const czech = await answersFor(
      sampleInput({ brief: brewery.brief, locale: 'cs', documents: [{ name: 'piva.txt', kind: 'txt', text: brewery.file }] }),
    );
    czechPages = (JSON.parse(czech.bySchema.template_spec as string) as { pages: { slug: string }[] }).pages.map((p) => `${p.slug}.html`);
    // Each brief gets the answers a model keeping its needs and facts would give.
    const answerFor = (body: unknown) => (JSON.stringify(body).includes('Kocour') ? czech.bySchema : bySchema)[schemaNameOf(body)] as string;
    openai = await startFakeModelServer((r) => ({ kind: 'sse', chunks: openAiStream(answerFor(r.body), undefined, 40) }));
    azure = await startFakeModelServer((r) => ({ kind: 'sse', chunks: openAiStream(bySchema[schemaNameOf(r.body)] as string) }));
    // Ollama is down: every request fails with 500, so routes move on.
    ollama = await startFakeModelServer(() => ({ kind: 'json', status: 500, body: { error: 'out of memory' } }));
    whisper = await startFakeModelServer(() => ({ kind: 'json', body: { text: 'We also want a newsletter sign-up.' } }));
    platform = await startTestPlatform({
      env: {
        OLLAMA_HOST: ollama.url,
        OLLAMA_RESIDENCY: 'eu',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `${openai.url}/v1`,
        AZURE_OPENAI_ENDPOINT: azure.url,
        AZURE_OPENAI_API_KEY: 'az-test',
        AZURE_OPENAI_DEPLOYMENT: 'gpt4o-eu',
        AZURE_OPENAI_REGION: 'swedencentral',
        TRANSCRIBE_BASE_URL: `${whisper.url}/v1`,
        AI_RETRIES: '0',
        AI_CACHE_MAX_ENTRIES: '0',
      },
    });
  }, 180_000);

  afterAll(async () => {
    await platform?.destroy();
    await Promise.all([openai, azure, ollama, whisper].map((s) => s?.close()));
  });

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('a standard request: Ollama fails, OpenAI writes every document; producedBy per document; deltas on SSE', async () => {
    const res = await submit(platform.app, { brief: sampleInput().brief, email: 'owner@sunrise.example' }, [{ field: 'voice', name: 'note.wav', content: wavTone(), type: 'audio/wav' }]);
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    expect(status.stage).toBe('published');
    const documents = status.documents as Record<string, { producedBy: string } | null>;
    expect(documents.terms?.producedBy).toBe('openai:gpt-4o-mini');
    expect(documents.plan?.producedBy).toBe('openai:gpt-4o-mini');
    expect(ollama.requests.length).toBeGreaterThan(0);
    expect(openai.requests.map((r) => r.body.response_format.json_schema.name)).toEqual(['terms_of_reference', 'realization_plan', 'template_spec']);
    // The voice note was transcribed by the Whisper server and given to the model.
    expect(whisper.requests).toHaveLength(1);
    expect(JSON.stringify(openai.requests[0]?.body.messages)).toContain('We also want a newsletter sign-up.');

    const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const { text } = await readEventStream(address, id, auth(token));
    const deltas = [...text.matchAll(/^event: document-delta\ndata: (.*)$/gm)].map((m) => JSON.parse(m[1] as string) as { document: string; text: string });
    expect(new Set(deltas.map((d) => d.document))).toEqual(new Set(['terms', 'plan', 'spec']));
    const streamedTerms = deltas.filter((d) => d.document === 'terms').map((d) => d.text).join('');
    expect(JSON.parse(streamedTerms).requirements.length).toBeGreaterThan(0);
    // Batched: far fewer rows than the 40+ chunks the server streamed per document.
    expect(deltas.filter((d) => d.document === 'terms').length).toBeLessThan(40);
  });

  it('an EU request with Ollama failing goes to Azure and never to OpenAI', async () => {
    const before = openai.requests.length;
    const res = await submit(platform.app, { brief: sampleInput().brief, email: 'eu@sunrise.example', compliance: 'eu' }, [], '127.0.0.2');
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    const documents = status.documents as Record<string, { producedBy: string } | null>;
    expect(documents.terms?.producedBy).toBe('azure:gpt4o-eu');
    expect(openai.requests).toHaveLength(before);
    expect(azure.requests[0]?.path).toBe('/openai/deployments/gpt4o-eu/chat/completions?api-version=2024-10-21');
  });

  it('a Czech request with a price list: the model is asked in Czech with the customer’s facts, and its answer keeping them is published', async () => {
    const before = openai.requests.length;
    const res = await submit(platform.app, { brief: brewery.brief, email: 'pivo@kocour.example', locale: 'cs' }, [{ name: 'piva.txt', content: brewery.file, type: 'text/plain' }], '127.0.0.3');
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    expect(status.stage).toBe('published');
    const documents = status.documents as Record<string, { producedBy: string } | null>;
    expect(documents.terms?.producedBy).toBe('openai:gpt-4o-mini');
    expect(documents.plan?.producedBy).toBe('openai:gpt-4o-mini');
    const asked = openai.requests.slice(before).map((r) => r.body.messages as { role: string; content: string }[]);
    const termsPrompt = JSON.stringify(asked[0]);
    expect(termsPrompt).toContain('Czech (locale \\"cs\\")');
    expect(termsPrompt).toContain('\\"label\\":\\"IPA Mourek\\",\\"value\\":\\"65 Kč\\"');
    expect(JSON.stringify(asked[2])).toContain('site.locale \\"cs\\"');
    // The published site shows the beers with their prices as written, on some page.
    const pages = await Promise.all(czechPages.map((page) => platform.app.inject({ url: `/p/${id}/${page}` })));
    expect(pages.map((p) => p.statusCode)).toEqual(czechPages.map(() => 200));
    const site = pages.map((p) => p.body).join('\n');
    expect(site).toContain('IPA Mourek');
    expect(site).toContain('65 Kč');
  });

  it('lists every AI provider on /health/circuit-breakers and AI metrics on /metrics', async () => {
    const breakers = await platform.app.inject({ url: '/health/circuit-breakers' });
    const names = (breakers.json() as { breakers?: { name: string }[] } | { name: string }[]);
    const list = Array.isArray(names) ? names : (names.breakers ?? []);
    expect(list.map((b) => b.name)).toEqual(expect.arrayContaining(['ai-azure', 'ai-ollama', 'ai-openai']));
    const metrics = await platform.app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/statex_ai_call_duration_seconds_count\{[^}]*tier="openai"[^}]*outcome="ok"/);
    expect(metrics.body).toMatch(/statex_ai_errors_total\{[^}]*tier="ollama"/);
    expect(metrics.body).toMatch(/statex_ai_tokens_total\{[^}]*tier="openai"/);
    expect(metrics.body).toContain('statex_ai_cache_hit_ratio');
  });
});
