import { answersFor, openAiStream, sampleInput, schemaNameOf, startFakeModelServer, type FakeModelServer } from '@statex/ai/testing';
import { tinyPng } from '@statex/files/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

const DESCRIPTION = 'A photo of three tiered wedding cakes in a bright shop window.';

/**
 * Uploaded images described by a vision-capable tier: the platform with only an OpenAI tier,
 * configured by environment variables pointing at a fake OpenAI server on 127.0.0.1.
 */
describe('image description through the platform', () => {
  let platform: TestPlatform;
  let openai: FakeModelServer;

  beforeAll(async () => {
    const { bySchema } = await answersFor(sampleInput());
    openai = await startFakeModelServer((r) =>
      r.body.response_format
        ? { kind: 'sse', chunks: openAiStream(bySchema[schemaNameOf(r.body)] as string) }
        : {
            kind: 'json',
            body: {
              id: 'chatcmpl-1',
              object: 'chat.completion',
              created: 1,
              model: 'gpt-4o',
              choices: [{ index: 0, message: { role: 'assistant', content: DESCRIPTION }, finish_reason: 'stop' }],
              usage: { prompt_tokens: 250, completion_tokens: 15, total_tokens: 265 },
            },
          },
    );
    platform = await startTestPlatform({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_VISION_MODEL: 'gpt-4o', AI_RETRIES: '0', AI_CACHE_MAX_ENTRIES: '0' },
    });
  });

  afterAll(async () => {
    await platform?.destroy();
    await openai?.close();
  });

  const files = [{ name: 'shop-window.png', content: tinyPng(), type: 'image/png' }];

  it('a standard request: the PNG is described by OpenAI and the description reaches the terms prompt', async () => {
    // Enhanced privacy keeps inputs until expiry; with standard privacy the stored text is erased right after publication.
    const res = await submit(platform.app, { brief: sampleInput().brief, email: 'owner@sunrise.example', privacy: 'enhanced' }, files);
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    expect(status.stage).toBe('published');

    const vision = openai.requests.filter((r) => !r.body.response_format);
    expect(vision).toHaveLength(1);
    const content = vision[0]?.body.messages[0].content as { type: string; text?: string; image_url?: { url: string } }[];
    expect(vision[0]?.body.model).toBe('gpt-4o');
    expect(content[1]).toEqual({ type: 'image_url', image_url: { url: `data:image/png;base64,${Buffer.from(tinyPng()).toString('base64')}` } });
    expect(content[0]?.text).toContain('at most 120 words');

    const [file] = await platform.runtime.pipeline.repo.files(id);
    expect(file?.extractedText).toBe(`Image "shop-window.png" shows: ${DESCRIPTION}`);
    expect(file?.storagePath).toBeNull();
    const terms = openai.requests.find((r) => r.body.response_format?.json_schema?.name === 'terms_of_reference');
    expect(JSON.stringify(terms?.body.messages)).toContain(`Image \\"shop-window.png\\" shows: ${DESCRIPTION}`);
  });

  it('an EU request with only OpenAI configured sends it nothing: the image stays listed by name', async () => {
    const before = openai.requests.length;
    const res = await submit(platform.app, { brief: sampleInput().brief, email: 'eu@sunrise.example', compliance: 'eu' }, files, '127.0.0.2');
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    expect(status.stage).toBe('published');
    expect(openai.requests).toHaveLength(before);
    const [file] = await platform.runtime.pipeline.repo.files(id);
    expect(file?.extractedText).toBeNull();
    const terms = await platform.runtime.pipeline.repo.document(id, 1, 'terms-json');
    expect(terms?.content).toContain('shop-window.png');
  });
});
