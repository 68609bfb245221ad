import { loadConfig } from '@statex/config';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeModelServer, type FakeModelServer, type FakeReply } from '../testing/fake-model-server.ts';
import { ProviderError } from './provider-error.ts';
import { createTranscriptionServices, transcribersFor } from './transcribe-voice.ts';

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(reply: (i: number) => FakeReply): Promise<FakeModelServer> {
  const server = await startFakeModelServer((_, i) => reply(i));
  servers.push(server);
  return server;
}

const audio = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]);

describe('voice transcription (Whisper, multipart)', () => {
  it('posts the audio as multipart to /v1/audio/transcriptions of the self-hosted server', async () => {
    const s = await serve(() => ({ kind: 'json', body: { text: ' We need a booking form. ' } }));
    const [service] = transcribersFor(loadConfig({ TRANSCRIBE_BASE_URL: `${s.url}/v1`, TRANSCRIBE_MODEL: 'large-v3', TRANSCRIBE_RESIDENCY: 'eu' }).ai, 'eu');
    expect(service?.name).toBe('self-hosted');
    const text = await service!.transcribe(audio, 'note.wav', 'de-AT', new AbortController().signal);
    expect(text).toBe('We need a booking form.');
    const [sent] = s.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/audio/transcriptions');
    expect(String(sent?.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    const body = sent!.raw.toString('latin1');
    expect(body).toMatch(/name="model"\r\n\r\nlarge-v3\r\n/);
    expect(body).toMatch(/name="language"\r\n\r\nde\r\n/);
    expect(body).toMatch(/name="file"; filename="note.wav"/);
    expect(body).toContain(Buffer.from(audio).toString('latin1'));
  });

  it('uses the Azure Whisper deployment with api-version; EU requests never get OpenAI', async () => {
    const azure = await serve(() => ({ kind: 'json', body: { text: 'Hallo' } }));
    const config = loadConfig({
      OPENAI_API_KEY: 'sk-test',
      AZURE_OPENAI_ENDPOINT: azure.url,
      AZURE_OPENAI_API_KEY: 'az',
      AZURE_OPENAI_DEPLOYMENT: 'gpt4o-eu',
      AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT: 'whisper-eu',
      AZURE_OPENAI_REGION: 'swedencentral',
    }).ai;
    expect(transcribersFor(config, 'eu').map((s) => s.name)).toEqual(['azure']);
    // A standard request follows AI_TIER_ORDER (default ollama, openai, azure).
    expect(transcribersFor(config, 'standard').map((s) => s.name)).toEqual(['openai', 'azure']);
    expect(transcribersFor(loadConfig({ OPENAI_API_KEY: 'sk-test' }).ai, 'eu')).toEqual([]);
    await transcribersFor(config, 'eu')[0]!.transcribe(audio, 'note.wav', 'de', new AbortController().signal);
    expect(azure.requests[0]?.path).toBe('/openai/deployments/whisper-eu/audio/transcriptions?api-version=2024-10-21');
    expect(azure.requests[0]?.headers['api-key']).toBe('az');
  });

  it('retries a 500 and a 429, not a 401', async () => {
    const replies: FakeReply[] = [
      { kind: 'json', status: 500, body: {} },
      { kind: 'json', status: 429, headers: { 'retry-after': '1' }, body: {} },
      { kind: 'json', body: { text: 'ok' } },
      { kind: 'json', status: 401, body: { error: { message: 'bad key' } } },
    ];
    const s = await serve((i) => replies[i] as FakeReply);
    const waits: number[] = [];
    const config = loadConfig({ TRANSCRIBE_BASE_URL: s.url, AI_RETRY_BASE: '1ms' }).ai;
    const [service] = transcribersFor(config, 'standard', createTranscriptionServices(config, async (ms) => void waits.push(ms)));
    expect(await service!.transcribe(audio, 'a.wav', 'en', new AbortController().signal)).toBe('ok');
    expect(waits[1]).toBe(1000);
    await expect(service!.transcribe(audio, 'a.wav', 'en', new AbortController().signal)).rejects.toBeInstanceOf(ProviderError);
    expect(s.requests).toHaveLength(4);
  });
});
