import type { Generator } from '@statex/ai';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { quotaLedger, requestFiles } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { PipelineFailure } from '@statex/pipeline';
import { redisAvailable } from '@statex/queue/testing';
import { isNotNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());

/** A generator tier that always refuses, as a broken AI tier would. */
const failingGenerator: Generator = {
  name: 'always-failing',
  generate: async () => {
    throw new PipelineFailure('the generator could not write the terms');
  },
};

for (const { mode, enabled } of [
  { mode: 'embedded' as Mode, enabled: true },
  { mode: 'services' as Mode, enabled: servicesUp },
]) {
  describe.skipIf(!enabled)(`quota (${mode} mode)`, () => {
    let platform: TestPlatform | undefined;
    afterEach(async () => {
      await platform?.destroy();
      platform = undefined;
    });

    it('20 concurrent submissions from one email accept exactly 2; the rest get 429 with Retry-After; a restart keeps it', async () => {
      platform = await startTestPlatform({ mode });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => submit(platform!.app, { brief: BRIEF, email: 'Same@Example.com' }, [], `10.0.0.${i + 1}`)),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes.filter((c) => c === 202)).toHaveLength(2);
      expect(codes.filter((c) => c === 429)).toHaveLength(18);
      const refused = results.find((r) => r.statusCode === 429)!;
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(23 * 3600);
      expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
      expect(refused.json().error.code).toBe('STX_QUOTA_EXCEEDED');
      expect(refused.json().error.message).toMatch(/next request is possible at \d{4}-\d\d-\d\dT/);

      await platform.stop();
      platform = await platform.restart();
      const after = await submit(platform.app, { brief: BRIEF, email: 'same@example.com' }, [], '10.0.1.1');
      expect(after.statusCode).toBe(429);
    });

    it('5 per network address: the sixth from one IP is refused whatever the email', async () => {
      platform = await startTestPlatform({ mode });
      const codes: number[] = [];
      for (let i = 0; i < 6; i += 1) codes.push((await submit(platform.app, { brief: BRIEF, email: `p${i}@example.com` }, [], '192.0.2.7')).statusCode);
      expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
      const other = await submit(platform.app, { brief: BRIEF, email: 'p9@example.com' }, [], '192.0.2.8');
      expect(other.statusCode).toBe(202);
    });

    it('a failed generation refunds the quota and tells the customer why', async () => {
      platform = await startTestPlatform({ mode, generator: failingGenerator });
      const first = await submit(platform.app, { brief: BRIEF, email: 'unlucky@example.com' }, [{ name: 'notes.txt', content: 'We also need a blog.' }]);
      const { id, token } = first.json() as { id: string; token: string };
      const status = await waitForStage(platform.app, id, token);
      expect(status.stage).toBe('failed');
      expect(status.failureReason).toBe('the generator could not write the terms');
      expect(await platform.runtime.database.db.select().from(quotaLedger).where(isNotNull(quotaLedger.refundedAt))).toHaveLength(2);
      // Uploaded files are gone after a final failure too.
      const files = await platform.runtime.database.db.select().from(requestFiles);
      expect(files.map((f) => f.storagePath)).toEqual([null]);
      expect(await readdir(path.join(platform.dataDir, 'uploads')).then((d) => d.filter((n) => n !== '.incoming'))).toEqual([]);
      // Both slots are free again: two more are accepted.
      expect((await submit(platform.app, { brief: BRIEF, email: 'unlucky@example.com' })).statusCode).toBe(202);
      expect((await submit(platform.app, { brief: BRIEF, email: 'unlucky@example.com' })).statusCode).toBe(202);
    });
  });
}
