import { loadConfig, type AiConfig } from '@statex/config';
import type { AskedQuestion, InterviewQuestion } from '@statex/core';
import { BreakerRegistry } from '@statex/resilience';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAiClients } from '../create-generator.ts';
import { OfflineGenerator } from '../offline/offline-generator.ts';
import { sampleInput } from '../testing/deliverable-answers.ts';
import { openAiStream, startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '../testing/fake-model-server.ts';
import { toJsonSchema } from './deliverable-schemas.ts';
import { QuestionsSchema } from './interview-questions.ts';
import { questionsMessages } from './model-prompts.ts';
import { MemoryResponseCache, NoResponseCache, type ResponseCache } from './response-cache.ts';
import { TierRouter } from './tier-router.ts';
import { MemoryUsageLedger } from './usage-ledger.ts';

/** A dental practice in Graz that wants online booking and names no treatments, dentists or hours. */
const dental = sampleInput({
  requestId: 'req-dental',
  brief: 'Wir sind eine Zahnarztpraxis in Graz und möchten eine Website mit Online-Terminbuchung für unsere Patienten und einer Seite über unser Team.',
  locale: 'de',
  compliance: 'eu',
});

/** What a model that read the brief well would ask. */
const modelQuestions = {
  questions: [
    { id: 'q1', kind: 'services', text: 'Welche Behandlungen sollen Patienten online buchen können, und wie lange dauert jede ungefähr?', requirement: 'R1', suggestion: null },
    { id: 'q2', kind: 'staff', text: 'Welche Zahnärztinnen und Zahnärzte arbeiten in Ihrer Praxis, und bei wem kann man online einen Termin buchen?', requirement: 'R1', suggestion: null },
    { id: 'q3', kind: 'hours', text: 'Zu welchen Zeiten ist die Praxis geöffnet?', requirement: 'R1', suggestion: null },
    { id: 'q4', kind: 'business-name', text: 'Unter welchem Namen soll die Praxis auf der Website erscheinen?', requirement: null, suggestion: ' Zahnarztpraxis Graz ' },
  ],
};

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(reply: (request: RecordedRequest, index: number) => FakeReply): Promise<FakeModelServer> {
  const server = await startFakeModelServer(reply);
  servers.push(server);
  return server;
}
const answering = (value: unknown): FakeReply => ({ kind: 'sse', chunks: openAiStream(JSON.stringify(value), { prompt_tokens: 900, completion_tokens: 120 }) });

/** OpenAI (not EU) and an Azure resource in Sweden Central, from the settings an operator writes. */
function settings(urls: { openai?: string; azure?: string }, env: Record<string, string> = {}): AiConfig {
  return loadConfig({
    ...(urls.openai ? { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${urls.openai}/v1` } : {}),
    ...(urls.azure ? { AZURE_OPENAI_ENDPOINT: urls.azure, AZURE_OPENAI_API_KEY: 'az-test', AZURE_OPENAI_DEPLOYMENT: 'gpt4o-eu', AZURE_OPENAI_REGION: 'swedencentral' } : {}),
    AI_TIER_ORDER: 'openai,azure,offline',
    AI_RETRIES: '0',
    AI_PRICES: 'gpt4o-eu=2/8,gpt-4o-mini=1/1',
    ...env,
  }).ai;
}

function router(config: AiConfig, extra: { ledger?: MemoryUsageLedger; cache?: ResponseCache } = {}) {
  return new TierRouter({ settings: config, models: createAiClients(config).chat, breakers: new BreakerRegistry(), ledger: extra.ledger ?? new MemoryUsageLedger(), cache: extra.cache ?? new NoResponseCache() });
}

let offlineQuestions: InterviewQuestion[];
beforeAll(async () => {
  offlineQuestions = await new OfflineGenerator().askQuestions(dental);
});

describe('model-written interview questions', () => {
  it('the offline tier asks about this brief (the fallback these tests rely on)', () => {
    expect(offlineQuestions.map((q) => q.kind)).toEqual(expect.arrayContaining(['services', 'hours']));
  });

  it('the EU route: an EU request’s questions go only to the EU endpoint, with exactly this request body; usage is recorded', async () => {
    const openai = await serve(() => answering(modelQuestions));
    const azure = await serve(() => answering(modelQuestions));
    const ledger = new MemoryUsageLedger();
    const questions = await router(settings({ openai: openai.url, azure: azure.url }), { ledger }).askQuestions(dental);

    expect(openai.requests).toHaveLength(0);
    expect(azure.requests).toHaveLength(1);
    const [sent] = azure.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/openai/deployments/gpt4o-eu/chat/completions?api-version=2024-10-21');
    expect(sent?.headers['api-key']).toBe('az-test');
    const offlineTerms = (await new OfflineGenerator().generate(dental)).terms;
    expect(sent?.body).toEqual({
      model: 'gpt4o-eu',
      messages: questionsMessages(dental, dental.documents, offlineTerms, offlineQuestions),
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_schema', json_schema: { name: 'interview_questions', schema: toJsonSchema(QuestionsSchema), strict: true } },
    });
    // What the prompt carries: the language, the brief, the requirement ids to cite, the offline questions to improve on.
    const [system, user] = sent?.body.messages as { role: string; content: string }[];
    expect(system?.content).toContain('German (locale "de")');
    expect(system?.content).toContain('at most 5 questions');
    expect(user?.content).toContain(dental.brief);
    expect(user?.content).toContain('- R1 [booking]');
    expect(user?.content).toContain(offlineQuestions[1]?.text);

    expect(questions).toEqual([
      { id: 'q1', kind: 'services', text: modelQuestions.questions[0]?.text, requirement: 'R1', suggestion: null },
      { id: 'q2', kind: 'staff', text: modelQuestions.questions[1]?.text, requirement: 'R1', suggestion: null },
      { id: 'q3', kind: 'hours', text: 'Zu welchen Zeiten ist die Praxis geöffnet?', requirement: 'R1', suggestion: null },
      { id: 'q4', kind: 'business-name', text: modelQuestions.questions[3]?.text, requirement: null, suggestion: 'Zahnarztpraxis Graz' },
    ]);
    expect(ledger.entries).toEqual([expect.objectContaining({ requestId: 'req-dental', tier: 'azure', model: 'gpt4o-eu', tokensIn: 900, tokensOut: 120 })]);
  });

  it('a standard request asks the first tier of AI_TIER_ORDER (OpenAI here); the same prompt again comes from the cache', async () => {
    const openai = await serve(() => answering(modelQuestions));
    const azure = await serve(() => answering(modelQuestions));
    const r = router(settings({ openai: openai.url, azure: azure.url }), { cache: new MemoryResponseCache({ maxEntries: 10, ttlMs: 60_000 }) });
    const standard = { ...dental, compliance: 'standard' as const };
    expect((await r.askQuestions(standard)).map((q) => q.kind)).toEqual(['services', 'staff', 'hours', 'business-name']);
    expect(openai.requests[0]?.body.model).toBe('gpt-4o-mini');
    expect(azure.requests).toHaveLength(0);
    await r.askQuestions({ ...standard, requestId: 'req-2' });
    expect(openai.requests).toHaveLength(1);
  });

  it('an EU request with only OpenAI configured sends nothing and gets the offline questions', async () => {
    const openai = await serve(() => answering(modelQuestions));
    expect(await router(settings({ openai: openai.url })).askQuestions(dental)).toEqual(offlineQuestions);
    expect(openai.requests).toHaveLength(0);
  });

  it('falls back to the offline questions when the endpoint fails, without trying another model tier', async () => {
    const azure = await serve(() => ({ kind: 'json', status: 500, body: { error: { message: 'down' } } }));
    const openai = await serve(() => answering(modelQuestions));
    const config = settings({ openai: openai.url, azure: azure.url }, { AI_TIER_ORDER: 'azure,openai,offline' });
    expect(await router(config).askQuestions({ ...dental, compliance: 'standard' })).toEqual(offlineQuestions);
    expect(azure.requests).toHaveLength(1);
    expect(openai.requests).toHaveLength(0);
  });

  it('falls back when the answer is empty', async () => {
    const azure = await serve(() => answering({ questions: [] }));
    expect(await router(settings({ azure: azure.url })).askQuestions(dental)).toEqual(offlineQuestions);
    expect(azure.requests).toHaveLength(1);
  });

  it('an answer citing a requirement the terms do not have gets the repair round quoting it, then the offline questions', async () => {
    const wrong = { questions: [{ ...modelQuestions.questions[0], requirement: 'R7' }, ...modelQuestions.questions.slice(1)] };
    const azure = await serve(() => answering(wrong));
    expect(await router(settings({ azure: azure.url })).askQuestions(dental)).toEqual(offlineQuestions);
    expect(azure.requests).toHaveLength(2);
    const repair = azure.requests[1]?.body.messages.at(-1).content as string;
    expect(repair).toContain('does not validate against the interview_questions schema');
    expect(repair).toContain('/questions/0/requirement: R7 is not a requirement of the terms (R1)');
  });

  it('repairs ids out of order, a question asked twice and questions in the wrong language; a repaired answer is accepted', async () => {
    const broken = {
      questions: [
        { ...modelQuestions.questions[0], id: 'q2' },
        { ...modelQuestions.questions[0], id: 'q2' },
        { id: 'q3', kind: 'hours', text: 'What are your opening hours, and on which days can patients book appointments online?', requirement: 'R1', suggestion: null },
      ],
    };
    const english = { questions: [{ id: 'q1', kind: 'services', text: 'Which treatments should patients be able to book online, and roughly how long does each one take?', requirement: 'R1', suggestion: null }] };
    const azure = await serve((request) => (JSON.stringify(request.body).includes('does not validate') ? answering(modelQuestions) : answering(broken)));
    const questions = await router(settings({ azure: azure.url })).askQuestions(dental);
    const repair = azure.requests[1]?.body.messages.at(-1).content as string;
    expect(repair).toContain('/questions/0/id: expected q1, got q2');
    expect(repair).toContain('/questions/1/text: the same question is asked twice');
    expect(questions.map((q) => q.kind)).toEqual(['services', 'staff', 'hours', 'business-name']);

    const inEnglish = await serve(() => answering(english));
    expect(await router(settings({ azure: inEnglish.url })).askQuestions(dental)).toEqual(offlineQuestions);
    expect(inEnglish.requests[1]?.body.messages.at(-1).content).toContain('write every question in "de"');
  });

  it('a model asking more than five questions is refused by the schema', async () => {
    const six = { questions: Array.from({ length: 6 }, (_, i) => ({ ...modelQuestions.questions[i % 4], id: `q${i + 1}`, text: `Frage Nummer ${i + 1}: welche Behandlungen bieten Sie in Ihrer Praxis an?` })) };
    const azure = await serve(() => answering(six));
    expect(await router(settings({ azure: azure.url })).askQuestions(dental)).toEqual(offlineQuestions);
    expect(azure.requests[1]?.body.messages.at(-1).content).toMatch(/\/questions: .*5/);
  });
});

describe('the interview in the generation prompts', () => {
  it('answers go to the model as customer input with source "answer"; unanswered questions as assumptions to state', async () => {
    const azure = await serve(() => ({ kind: 'json', status: 500, body: { error: { message: 'down' } } }));
    const interview: AskedQuestion[] = [
      { id: 'q1', kind: 'services', text: modelQuestions.questions[0]?.text as string, requirement: 'R1', suggestion: null, answer: 'Mundhygiene 90 €, Bleaching 250 €' },
      { id: 'q3', kind: 'hours', text: 'Zu welchen Zeiten ist die Praxis geöffnet?', requirement: 'R1', suggestion: null, answer: null },
    ];
    await router(settings({ azure: azure.url })).generate({ ...dental, interview });
    const prompt = (azure.requests[0]?.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')?.content ?? '';
    expect(prompt).toContain('- q1 (R1, services): "Welche Behandlungen sollen Patienten online buchen können, und wie lange dauert jede ungefähr?" — answer: "Mundhygiene 90 €, Bleaching 250 €"');
    expect(prompt).toContain('- q3 (R1, hours): "Zu welchen Zeiten ist die Praxis geöffnet?" — not answered');
    expect(prompt).toContain('with source "answer"');
    expect(prompt).toContain('state it in assumptions');
  });
});
