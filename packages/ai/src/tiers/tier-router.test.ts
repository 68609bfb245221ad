import type { AiConfig, TierName } from '@statex/config';
import { BreakerRegistry } from '@statex/resilience';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, sampleInput, schemaNameOf } from '../testing/deliverable-answers.ts';
import { ollamaStream, openAiStream, startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '../testing/fake-model-server.ts';
import { createChatModels } from '../create-generator.ts';
import { MemoryResponseCache, NoResponseCache, type ResponseCache } from './response-cache.ts';
import { TierRouter } from './tier-router.ts';
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
    // Ollama and Azure declared in the EU (as an EU deployment runs them), OpenAI not.
    ollama: urls.ollama ? { host: urls.ollama, model: 'llama3.1', residency: 'eu' } : null,
    openai: urls.openai ? { apiKey: 'sk-test', baseUrl: `${urls.openai}/v1`, model: 'gpt-4o-mini', transcribeModel: 'whisper-1', residency: 'non-eu' } : null,
    azure: urls.azure ? { endpoint: urls.azure, apiKey: 'az', deployment: 'gpt4o-eu', apiVersion: '2024-10-21', transcribeDeployment: undefined, region: 'swedencentral', residency: 'eu' } : null,
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

describe('TierRouter.routeFor', () => {
  it('follows AI_TIER_ORDER for standard requests, lists only EU-declared endpoints for EU ones, offline last', () => {
    const all = settings({ ollama: 'http://127.0.0.1:1', openai: 'http://127.0.0.1:2', azure: 'http://127.0.0.1:3' });
    expect(router(all).routeFor('standard')).toEqual(['ollama', 'openai', 'azure', 'offline']);
    expect(router({ ...all, tierOrder: ['openai', 'azure', 'ollama', 'offline'] }).routeFor('eu')).toEqual(['azure', 'ollama', 'offline']);
    expect(router(settings({ openai: 'http://127.0.0.1:2' })).routeFor('eu')).toEqual(['offline']);
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

describe('TierRouter: the offline reading is the floor of every answer', () => {
  // A German bakery with a price list in a file: needs of several kinds, and facts in brief and file.
  const bakery = sampleInput({
    brief: 'Bäckerei Sonnenschein in Leipzig. Wir brauchen eine Speisekarte mit Preisen, Online-Bestellungen von Torten zur Abholung und ein Kontaktformular. Öffnungszeiten: Mo–Fr 7–18 Uhr.',
    documents: [{ name: 'preise.txt', kind: 'txt', text: 'Torten\nSachertorte 4,50 €\nKäsekuchen 3,80 €' }],
    locale: 'de',
  });
  let good: Record<string, string>;
  let offlineTerms: Awaited<ReturnType<typeof answersFor>>['deliverables']['terms'];
  beforeAll(async () => {
    const answered = await answersFor(bakery);
    good = answered.bySchema;
    offlineTerms = answered.deliverables.terms;
  });

  const stream = (text: string): FakeReply => ({ kind: 'sse', chunks: openAiStream(text) });
  /** A server answering each schema with `good`, except where `override` returns another answer. */
  async function modelTier(tier: 'openai' | 'azure', override: (schema: string, request: RecordedRequest) => string | undefined = () => undefined) {
    return fakeTier(tier, (request) => {
      const schema = schemaNameOf(request.body);
      return stream(override(schema, request) ?? (good[schema] as string));
    });
  }
  const edit = (json: string, change: (value: any) => void): string => {
    const value = JSON.parse(json);
    change(value);
    return JSON.stringify(value);
  };
  const repairOf = (server: FakeModelServer, index: number): string => server.requests[index]?.body.messages.at(-1).content as string;

  it('the offline reading found the needs and facts these tests rely on', () => {
    expect(offlineTerms.requirements.length).toBeGreaterThanOrEqual(3);
    expect(offlineTerms.facts?.map((f) => [f.label, f.value])).toEqual(expect.arrayContaining([['Sachertorte', '4,50 €'], ['Käsekuchen', '3,80 €']]));
  });

  it('the prompts carry the locale, the business, the offline needs with their kinds and every fact as written', async () => {
    const openai = await modelTier('openai');
    const result = await router(settings({ openai: openai.url })).generate(bakery);
    expect(result.producedByDocument).toEqual({ terms: 'openai:gpt-4o-mini', plan: 'openai:gpt-4o-mini', spec: 'openai:gpt-4o-mini' });
    const [terms, plan, spec] = openai.requests.map((r) => r.body.messages as { role: string; content: string }[]);
    const termsSystem = terms?.find((m) => m.role === 'system')?.content ?? '';
    const termsUser = terms?.find((m) => m.role === 'user')?.content ?? '';
    expect(termsSystem).toContain('German (locale "de")');
    expect(termsSystem).toContain('locale is "de"');
    for (const need of offlineTerms.requirements) expect(termsUser).toContain(`[${need.kind ?? 'other'}] ${need.text}`);
    expect(termsUser).toContain('"label":"Sachertorte","value":"4,50 €"');
    expect(termsUser).toContain('"label":"Käsekuchen","value":"3,80 €"');
    expect(termsUser).toContain(`"${offlineTerms.business?.name}"`);
    expect(plan?.[0]?.content).toContain('German (locale "de")');
    const specText = JSON.stringify(spec);
    expect(specText).toContain('site.locale \\"de\\"');
    expect(specText).toContain('\\"label\\":\\"Sachertorte\\",\\"value\\":\\"4,50 €\\"');
    // The accepted answer becomes Terms: empty optional strings of the schema are left out.
    expect(result.terms.facts?.every((f) => f.value !== '' && f.detail !== '' && f.group !== '')).toBe(true);
    expect(result.terms.requirements.every((r) => r.actor !== '' && r.kind !== undefined)).toBe(true);
  });

  it('an answer that drops a need gets the repair round quoting it, then the next tier', async () => {
    const dropped = offlineTerms.requirements.at(-1);
    const withoutNeed = edit(good.terms_of_reference as string, (t) => {
      t.requirements = t.requirements.slice(0, -1);
    });
    const openai = await modelTier('openai', (schema) => (schema === 'terms_of_reference' ? withoutNeed : undefined));
    const azure = await modelTier('azure');
    const result = await router(settings({ openai: openai.url, azure: azure.url })).generate(bakery);
    expect(openai.requests).toHaveLength(2);
    expect(repairOf(openai, 1)).toContain('a need stated by the customer is missing');
    expect(repairOf(openai, 1)).toContain(dropped?.text);
    expect(result.producedByDocument?.terms).toBe('azure:gpt4o-eu');
    expect(result.terms.requirements).toHaveLength(offlineTerms.requirements.length);
  });

  it('an answer that drops a fact or rewrites its price gets the repair round; the repaired answer is accepted', async () => {
    const withoutFact = edit(good.terms_of_reference as string, (t) => {
      t.facts = t.facts.filter((f: { label: string }) => f.label !== 'Käsekuchen').map((f: { value: string }) => ({ ...f, value: f.value.replace('4,50', '4.5') }));
    });
    const openai = await modelTier('openai', (schema, request) =>
      schema === 'terms_of_reference' && !JSON.stringify(request.body).includes('does not validate') ? withoutFact : undefined,
    );
    const result = await router(settings({ openai: openai.url })).generate(bakery);
    const repair = repairOf(openai, 1);
    expect(repair).toContain('product "Käsekuchen" = "3,80 €"');
    expect(repair).toContain('product "Sachertorte" = "4,50 €"');
    expect(result.producedByDocument?.terms).toBe('openai:gpt-4o-mini');
    expect(result.terms.facts?.map((f) => f.value)).toEqual(expect.arrayContaining(['4,50 €', '3,80 €']));
  });

  it('a spec that leaves out a fact, or a requirement without a citing section, falls to the offline tier after its repair round', async () => {
    const missing = edit(good.template_spec as string, (spec) => {
      for (const page of spec.pages) for (const section of page.sections) section.props = JSON.parse(JSON.stringify(section.props).replaceAll('Käsekuchen', 'Kuchen'));
    });
    const openai = await modelTier('openai', (schema) => (schema === 'template_spec' ? missing : undefined));
    const result = await router(settings({ openai: openai.url })).generate(bakery);
    expect(openai.requests.map((r) => schemaNameOf(r.body))).toEqual(['terms_of_reference', 'realization_plan', 'template_spec', 'template_spec']);
    expect(repairOf(openai, 3)).toContain('no section shows the customer\'s product "Käsekuchen" = "3,80 €"');
    expect(result.producedByDocument).toEqual({ terms: 'openai:gpt-4o-mini', plan: 'openai:gpt-4o-mini', spec: 'offline' });
    expect(JSON.stringify(result.spec)).toContain('Käsekuchen');
  });

  it('a need cited only from a generic section, where the offline designer gives it a working one, is sent back', async () => {
    const reference = JSON.parse(good.template_spec as string) as { pages: { sections: { type: string; covers: string[] }[] }[] };
    const working = reference.pages.flatMap((p) => p.sections).find((s) => !['hero', 'text', 'features', 'cta', 'notice', 'steps', 'stats', 'table'].includes(s.type) && s.covers.length > 0);
    expect(working).toBeDefined();
    const need = working?.covers[0] as string;
    const mentionedOnly = edit(good.template_spec as string, (spec) => {
      for (const page of spec.pages) for (const section of page.sections) section.covers = section.covers.filter((id: string) => id !== need);
      spec.pages[0].sections[0].covers.push(need);
    });
    const openai = await modelTier('openai', (schema) => (schema === 'template_spec' ? mentionedOnly : undefined));
    const result = await router(settings({ openai: openai.url })).generate(bakery);
    expect(repairOf(openai, 3)).toContain(`${need} (`);
    expect(repairOf(openai, 3)).toContain(`needs a section of type ${working?.type}`);
    expect(result.producedByDocument?.spec).toBe('offline');
  });

  it('a spec in the wrong language or naming the contact person is sent back', async () => {
    const english = edit(good.template_spec as string, (spec) => {
      spec.site.locale = 'en';
    });
    const openai = await modelTier('openai', (schema) => (schema === 'template_spec' ? english : undefined));
    const result = await router(settings({ openai: openai.url })).generate({ ...bakery, customerName: 'Petra Schulz' });
    expect(repairOf(openai, 3)).toContain('/site/locale: must be "de"');
    expect(result.producedByDocument?.spec).toBe('offline');
  });

  it('a condensed long document keeps its facts for the model', async () => {
    const openai = await modelTier('openai');
    const long = { ...bakery, documents: [{ name: 'preise.txt', kind: 'txt' as const, text: `Torten\nSachertorte 4,50 €\nKäsekuchen 3,80 €\n\n${'Wir backen jeden Tag frisch. '.repeat(400)}` }] };
    await router(settings({ openai: openai.url }, { contextChars: 2_000 })).generate(long);
    const prompt = JSON.stringify(openai.requests[0]?.body.messages);
    expect(prompt).toContain('[condensed');
    expect(prompt).toContain('Sachertorte 4,50 €');
  });
});
