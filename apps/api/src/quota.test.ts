import type { Generator } from '@statex/ai';
import { watch } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { quotaLedger, requestFiles } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { PipelineFailure } from '@statex/pipeline';
import { redisAvailable } from '@statex/queue/testing';
import { isNotNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());

/** A generator that finds nothing it can use in what was sent: the input's fault, not ours. */
const inputRefusingGenerator: Generator = {
  name: 'input-refusing',
  generate: async () => {
    throw new PipelineFailure('nothing in the brief or its files could be read', { cause: 'input' });
  },
};

/** Every file event under the data directory's uploads while `act` runs. */
async function uploadEvents(dataDir: string, act: () => Promise<void>): Promise<string[]> {
  const uploads = path.join(dataDir, 'uploads');
  await mkdir(uploads, { recursive: true });
  const seen: string[] = [];
  const watcher = watch(uploads, { recursive: true }, (event, name) => seen.push(`${event} ${name}`));
  try {
    await act();
    // Let the kernel deliver any event still in flight.
    await sleep(200);
  } finally {
    watcher.close();
  }
  return seen;
}

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
  // Generous: each test starts a whole platform, slow on a busy CI machine.
  describe.skipIf(!enabled)(`quota (${mode} mode)`, { timeout: 180_000 }, () => {
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

    it('a failure caused by the input keeps its quota: the address cannot repeat it for free', async () => {
      platform = await startTestPlatform({ mode, generator: inputRefusingGenerator });
      const first = await submit(platform.app, { brief: BRIEF, email: 'hostile@example.com' }, [], '198.51.100.20');
      const { id, token } = first.json() as { id: string; token: string };
      const status = await waitForStage(platform.app, id, token);
      expect(status.stage).toBe('failed');
      expect(status.failureReason).toBe('nothing in the brief or its files could be read');
      expect(await platform.runtime.database.db.select().from(quotaLedger).where(isNotNull(quotaLedger.refundedAt))).toHaveLength(0);
      expect((await submit(platform.app, { brief: BRIEF, email: 'hostile@example.com' }, [], '198.51.100.21')).statusCode).toBe(202);
      expect((await submit(platform.app, { brief: BRIEF, email: 'hostile@example.com' }, [], '198.51.100.22')).statusCode).toBe(429);
    });

    it('every spelling of one inbox shares one email quota', async () => {
      platform = await startTestPlatform({ mode });
      const spellings = ['ann.b@gmail.com', 'A.N.N.B+promo@GoogleMail.com', 'ａｎｎｂ@gmail.com', 'an\u200bnb@gmail.com'];
      const responses = [];
      for (const [i, email] of spellings.entries()) responses.push(await submit(platform.app, { brief: BRIEF, email }, [], `203.0.113.${i + 1}`));
      expect(responses.map((r) => r.statusCode)).toEqual([202, 202, 429, 429]);
      // The address as typed is still where mail goes.
      const stored = await Promise.all(responses.slice(0, 2).map((r) => platform!.runtime.pipeline.repo.get((r.json() as { id: string }).id)));
      expect(stored.map((row) => row?.email)).toEqual(['ann.b@gmail.com', 'A.N.N.B+promo@GoogleMail.com']);
    });

    it('IPv6 clients are counted per /64, IPv4-mapped addresses as IPv4', async () => {
      platform = await startTestPlatform({ mode });
      const codes: number[] = [];
      for (let i = 0; i < 6; i += 1) codes.push((await submit(platform.app, { brief: BRIEF, email: `v6-${i}@example.com` }, [], `2001:db8:7:9::${(i + 1).toString(16)}`)).statusCode);
      expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
      expect((await submit(platform.app, { brief: BRIEF, email: 'v6-next@example.com' }, [], '2001:db8:7:a::1')).statusCode).toBe(202);
      for (let i = 0; i < 5; i += 1) expect((await submit(platform.app, { brief: BRIEF, email: `v4-${i}@example.com` }, [], '::ffff:192.0.2.50')).statusCode).toBe(202);
      expect((await submit(platform.app, { brief: BRIEF, email: 'v4-last@example.com' }, [], '192.0.2.50')).statusCode).toBe(429);
    });

    it('a client over its quota is refused before its upload is read: nothing touches the disk', async () => {
      platform = await startTestPlatform({ mode });
      const file = [{ name: 'menu.txt', content: 'Croissant 2 EUR\n'.repeat(100_000) }];
      for (let i = 0; i < 5; i += 1) expect((await submit(platform.app, { brief: BRIEF, email: `net-${i}@example.com` }, [], '192.0.2.99')).statusCode).toBe(202);
      let byNetwork: Awaited<ReturnType<typeof submit>> | undefined;
      expect(await uploadEvents(platform.dataDir, async () => void (byNetwork = await submit(platform!.app, { brief: BRIEF, email: 'net-6@example.com' }, file, '192.0.2.99')))).toEqual([]);
      expect(byNetwork?.statusCode).toBe(429);
      expect(byNetwork?.json().error.message).toMatch(/your network address/);

      for (let i = 0; i < 2; i += 1) expect((await submit(platform.app, { brief: BRIEF, email: 'busy@example.com' }, [], `192.0.2.${110 + i}`)).statusCode).toBe(202);
      let byEmail: Awaited<ReturnType<typeof submit>> | undefined;
      // Fields first, as the web app and the CLI send them: the email's quota is known before the file.
      expect(await uploadEvents(platform.dataDir, async () => void (byEmail = await submit(platform!.app, { brief: BRIEF, email: 'busy@example.com' }, file, '192.0.2.120')))).toEqual([]);
      expect(byEmail?.statusCode).toBe(429);
      expect(byEmail?.json().error.message).toMatch(/this email address/);
      expect(Number(byEmail?.headers['retry-after'])).toBeGreaterThan(23 * 3600);
    });
  });
}
