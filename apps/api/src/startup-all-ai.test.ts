import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { answersFor, ollamaStream, openAiStream, sampleInput, schemaNameOf, startFakeModelServer, type FakeModelServer, type FakeReply, type RecordedRequest } from '@statex/ai/testing';
import { AiEnv } from '@statex/config';
import { tinyPng, wavTone } from '@statex/files/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from './test-support/test-platform.ts';

const apiMain = fileURLToPath(new URL('./main.ts', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

const DESCRIPTION = 'A photo of a bakery counter with a chalkboard menu.';
const TRANSCRIPT = 'We also want a newsletter sign-up.';

/**
 * The API as a real process with every AI variable set at once — OPENAI_BASE_URL next to
 * AZURE_OPENAI_ENDPOINT (the openai SDK's AzureOpenAI used to read the former from the environment
 * and refuse to start), the SDK's own variables too — pointing at fake Ollama, OpenAI, Azure and
 * Whisper servers on 127.0.0.1. It must start and answer /health; then an EU request with an image
 * and a voice note reaches only the endpoints declared EU, and a standard one goes to Azure's own
 * endpoint, not to OPENAI_BASE_URL.
 */
describe('starting the API with every AI variable set', () => {
  let child: ChildProcess | undefined;
  let dataDir: string | undefined;
  let url = '';
  let stderr = '';
  const fakes: Record<'ollama' | 'openai' | 'azure' | 'whisper', FakeModelServer | undefined> = { ollama: undefined, openai: undefined, azure: undefined, whisper: undefined };
  const server = (name: keyof typeof fakes): FakeModelServer => fakes[name] as FakeModelServer;

  beforeAll(async () => {
    // The documents the pipeline will give the generator: the image's description and the voice note's transcript.
    const documents = [
      { name: 'counter.png', kind: 'png' as const, text: `Image "counter.png" shows: ${DESCRIPTION}` },
      { name: 'note.wav (transcript)', kind: 'txt' as const, text: TRANSCRIPT },
    ];
    const { bySchema } = await answersFor(sampleInput({ documents }));
    // One reply for every API: Whisper's transcription, a streamed structured answer, or an image description.
    const reply = (request: RecordedRequest): FakeReply => {
      if (request.path.includes('/audio/transcriptions')) return { kind: 'json', body: { text: TRANSCRIPT } };
      if (request.path.startsWith('/api/chat')) {
        return request.body?.stream
          ? { kind: 'ndjson', lines: ollamaStream(bySchema[schemaNameOf(request.body)] as string) }
          : { kind: 'json', body: { model: 'llava', created_at: '2025-01-01T00:00:00Z', message: { role: 'assistant', content: DESCRIPTION }, done: true, prompt_eval_count: 300, eval_count: 20 } };
      }
      if (request.body?.stream) return { kind: 'sse', chunks: openAiStream(bySchema[schemaNameOf(request.body)] as string) };
      return {
        kind: 'json',
        body: { id: 'c1', object: 'chat.completion', created: 1, model: 'gpt-4o', choices: [{ index: 0, message: { role: 'assistant', content: DESCRIPTION }, finish_reason: 'stop' }], usage: { prompt_tokens: 300, completion_tokens: 20, total_tokens: 320 } },
      };
    };
    for (const name of Object.keys(fakes) as (keyof typeof fakes)[]) fakes[name] = await startFakeModelServer(reply);

    dataDir = await mkdtemp(path.join(tmpdir(), 'statex-all-ai-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const ai: Record<keyof typeof AiEnv, string> = {
      AI_TIER_ORDER: 'azure,openai,ollama,offline',
      OLLAMA_HOST: server('ollama').url,
      OLLAMA_MODEL: 'llama3.1',
      OLLAMA_VISION_MODEL: 'llava',
      OLLAMA_RESIDENCY: 'eu',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${server('openai').url}/v1`,
      OPENAI_MODEL: 'gpt-4o-mini',
      OPENAI_TRANSCRIBE_MODEL: 'whisper-1',
      OPENAI_VISION_MODEL: 'gpt-4o',
      OPENAI_DATA_RESIDENCY: 'non-eu',
      AZURE_OPENAI_ENDPOINT: server('azure').url,
      AZURE_OPENAI_API_KEY: 'az-test',
      AZURE_OPENAI_DEPLOYMENT: 'gpt4o-uk',
      AZURE_OPENAI_API_VERSION: '2024-10-21',
      AZURE_OPENAI_VISION_DEPLOYMENT: 'gpt4o-vision-uk',
      AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT: 'whisper-uk',
      // A resource outside the EU: an EU request must never reach it.
      AZURE_OPENAI_REGION: 'uksouth',
      TRANSCRIBE_BASE_URL: `${server('whisper').url}/v1`,
      TRANSCRIBE_API_KEY: 'whisper-test',
      TRANSCRIBE_MODEL: 'large-v3',
      TRANSCRIBE_RESIDENCY: 'eu',
      AI_PRICES: 'gpt-4o-mini=0.15/0.6,gpt4o-uk=2.5/10',
      AI_DAILY_BUDGETS: 'openai=20,azure=50',
      AI_TIMEOUT: '60s',
      AI_RETRIES: '0',
      AI_RETRY_BASE: '10ms',
      AI_RETRY_MAX_WAIT: '5s',
      AI_BREAKER_THRESHOLD: '5',
      AI_BREAKER_HALF_OPEN: '30s',
      AI_CACHE_TTL: '1h',
      AI_CACHE_MAX_ENTRIES: '0',
      AI_CONTEXT_CHARS: '48000',
    };
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      STATEX_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
      REQUIRE_EMAIL_CONFIRMATION: 'false',
      ...ai,
      // Variables the openai SDK reads when an option is left undefined: none of them may matter.
      OPENAI_ORG_ID: 'org-from-env',
      OPENAI_PROJECT_ID: 'proj-from-env',
      OPENAI_API_VERSION: '1999-01-01',
    };
    child = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    });
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), sleep(15_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await Promise.all(Object.values(fakes).map((s) => s?.close()));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('the test sets every AI setting the config knows', () => {
    // A new AI_* / provider setting must be added above, so this test keeps covering them all.
    expect(Object.keys(AiEnv).length).toBeGreaterThan(30);
  });

  it('starts and answers /health, with a breaker for each AI provider', { timeout: 300_000 }, async () => {
    for (let i = 0; ; i++) {
      if (child?.exitCode !== null) throw new Error(`the API exited at start (code ${child?.exitCode}): ${stderr}`);
      if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
      // Generous: a cold start (PGlite migrations, loading the TypeScript) is slow on a loaded machine.
      if (i > 2400) throw new Error(`the API did not answer /health: ${stderr}`);
      await sleep(100);
    }
    expect(stderr).not.toContain('mutually exclusive');
    const breakers = (await (await fetch(`${url}/health/circuit-breakers`)).json()) as { breakers?: { name: string }[] } | { name: string }[];
    const names = (Array.isArray(breakers) ? breakers : (breakers.breakers ?? [])).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['ai-azure', 'ai-openai', 'ai-ollama']));
  });

  const send = async (fields: Record<string, string>) => {
    const body = await multipart(fields, [
      { name: 'counter.png', content: tinyPng(), type: 'image/png' },
      { field: 'voice', name: 'note.wav', content: wavTone(), type: 'audio/wav' },
    ]);
    const res = await fetch(`${url}/api/requests`, { method: 'POST', body: body.payload, headers: body.headers });
    expect(res.status, await res.clone().text()).toBe(202);
    const { id, token } = (await res.json()) as { id: string; token: string };
    for (let i = 0; ; i++) {
      const status = (await (await fetch(`${url}/api/requests/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { stage: string; documents?: Record<string, { producedBy: string } | null> };
      if (status.stage === 'published' || status.stage === 'failed') return status;
      if (i > 1800) throw new Error(`request ${id} did not end: ${JSON.stringify(status)}; ${stderr}`);
      await sleep(100);
    }
  };

  it('an EU request: brief, image and voice note reach only the endpoints declared EU (Ollama, the self-hosted Whisper)', { timeout: 300_000 }, async () => {
    const status = await send({ brief: sampleInput().brief, email: 'eu@sunrise.example', compliance: 'eu' });
    expect(status.stage, JSON.stringify(status)).toBe('published');
    expect(status.documents?.terms?.producedBy).toBe('ollama:llama3.1');
    expect(server('azure').requests).toHaveLength(0);
    expect(server('openai').requests).toHaveLength(0);
    const ollama = server('ollama').requests;
    expect(ollama.some((r) => r.body?.messages?.[0]?.images?.[0] === Buffer.from(tinyPng()).toString('base64'))).toBe(true);
    expect(server('whisper').requests.map((r) => r.path)).toEqual(['/v1/audio/transcriptions']);
    expect(server('whisper').requests[0]?.headers.authorization).toBe('Bearer whisper-test');
  });

  it('a standard request goes to Azure’s own endpoint (AI_TIER_ORDER azure first), never to OPENAI_BASE_URL, and no SDK variable leaks into it', { timeout: 300_000 }, async () => {
    const status = await send({ brief: sampleInput().brief, email: 'standard@sunrise.example' });
    expect(status.stage, JSON.stringify(status)).toBe('published');
    expect(status.documents?.terms?.producedBy).toBe('azure:gpt4o-uk');
    const azure = server('azure').requests;
    const paths = azure.map((r) => r.path);
    expect(paths).toContain('/openai/deployments/gpt4o-uk/chat/completions?api-version=2024-10-21');
    expect(paths).toContain('/openai/deployments/gpt4o-vision-uk/chat/completions?api-version=2024-10-21');
    expect(server('openai').requests).toHaveLength(0);
    for (const request of [...azure, ...server('whisper').requests]) {
      expect(request.headers['openai-organization']).toBeUndefined();
      expect(request.headers['openai-project']).toBeUndefined();
    }
  });
});
