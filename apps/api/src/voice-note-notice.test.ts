import { requests } from '@statex/db';
import { wavTone } from '@statex/files/testing';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

/**
 * A voice note with no transcription service allowed: the request is published on its first
 * attempt, and the customer is told the note was not transcribed (the notice is stored with the
 * request, not lost to a database error that retried the whole stage).
 */
describe.each<Mode>(['embedded', 'services'])('voice note without a transcription service (%s)', (mode) => {
  let platform: TestPlatform | undefined;
  afterAll(async () => {
    await platform?.destroy();
  });

  it('publishes at once and keeps the notice', async () => {
    platform = await startTestPlatform({ mode });
    const res = await submit(platform.app, { brief: BRIEF, email: 'voice@example.com' }, [
      { field: 'voice', name: 'note.wav', content: wavTone(), type: 'audio/wav' },
    ]);
    expect(res.statusCode, res.body).toBe(202);
    const { id, token } = res.json() as { id: string; token: string };
    const status = await waitForStage(platform.app, id, token);
    expect(status.stage).toBe('published');
    const notices = (status.notices ?? []) as string[];
    expect(notices.length, JSON.stringify(status)).toBeGreaterThan(0);
    expect(notices.join(' ')).toMatch(/voice|note|transcri/i);
    // No stage was retried: the stage ran once (a failed write would have charged a second attempt).
    const [row] = await platform.runtime.database.db.select({ attempts: requests.attempts }).from(requests).where(eq(requests.id, id));
    expect(row?.attempts ?? 0).toBeLessThanOrEqual(1);
  });
});
