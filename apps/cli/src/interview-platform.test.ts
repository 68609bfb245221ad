import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '@statex/api/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain, runCliInPty, runCliPiped } from './test-support/run-cli.ts';

/**
 * The brief interview end to end: the real CLI in a pseudo-terminal (`script -qfec`) against a
 * whole platform listening on a real port. The platform's own gap finder asks; a person answers one
 * question by typing, takes the suggestions offered with Enter, and finds the answers in the terms.
 */
const TIMEOUT = 240_000;
// The example — booking at a dental practice with no treatments, dentists or hours — plus a map
// for a practice whose town the brief names (the gap finder suggests it as the address).
const BRIEF = 'Brightside Dental in Leeds. We want a website with online booking and a map so patients can find us.';
const TYPED_ANSWER = 'Check-ups, hygiene and whitening';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('statex CLI: the brief interview against a running platform', () => {
  let platform: TestPlatform;
  let api: string;
  let work: string;

  beforeAll(async () => {
    const port = await freePort();
    platform = await startTestPlatform({ env: { PORT: String(port), CLARIFY_TIMEOUT: '10m', QUOTA_PER_EMAIL: '10', QUOTA_PER_IP: '100' } });
    await platform.app.listen({ port, host: '127.0.0.1' });
    api = `http://127.0.0.1:${port}`;
    work = await mkdtemp(path.join(tmpdir(), 'statex-cli-interview-platform-'));
  });

  afterAll(async () => {
    await platform?.destroy();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it(
    'asks in the terminal, takes a typed answer and the suggestions accepted with Enter, and the terms hold them',
    async () => {
      const out = path.join(work, 'pty');
      const run = runCliInPty(['submit', BRIEF, '--email', 'reception@brightside.example', '--locale', 'en', '--api', api, '--out', out]);
      await run.waitFor('Question 1 of ', 180_000);
      const count = Number(/Question 1 of (\d+)/.exec(plain(run.screen()))?.[1]);
      expect(count).toBeGreaterThanOrEqual(2);

      const accepted: string[] = [];
      for (let n = 1; n <= count; n++) {
        await run.waitFor(`Question ${n} of ${count}`);
        // The prompt line ends the question: "> " or "> [suggestion] ".
        const asked = () => plain(run.screen()).split(`Question ${n} of ${count}`)[1] ?? '';
        for (let i = 0; i < 200 && !/\n> /.test(asked()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
        const suggestion = /\n> \[(.+)\] /.exec(asked())?.[1];
        if (n === 1) run.type(`${TYPED_ANSWER}\r`);
        else if (suggestion) {
          accepted.push(suggestion);
          run.type('\r');
        } else run.type('-\r');
      }
      const { code, screen } = await run.done;
      const text = plain(screen);
      expect(code, text).toBe(0);
      const id = /Request ([a-z2-7]{16}) received/.exec(text)?.[1] ?? '';
      expect(text).toContain('clarifying');
      expect(text).toMatch(/Sent (your answer|\d+ answers); generating now\./);
      expect(text).toContain(`Published version 1 of request ${id}`);

      // The Enter path was taken: at least one question came with a suggestion.
      expect(accepted.length, text).toBeGreaterThan(0);
      const terms = await readFile(path.join(out, `statex-${id}`, 'terms.md'), 'utf8');
      expect(terms).toContain(`Answer: ${TYPED_ANSWER}`);
      for (const suggestion of accepted) expect(terms).toContain(`Answer: ${suggestion}`);

      // The platform recorded them as answers, and the interview is over.
      const status = await runCliPiped(['status', id, '--token', /Token: (\S+)/.exec(text)?.[1] ?? '', '--api', api, '--json']);
      expect(status.code, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({ stage: 'published', interview: { asked: count, answered: 1 + accepted.length, open: false } });
    },
    TIMEOUT,
  );

  it(
    'piped, the same brief is never held: no clarifying stage',
    async () => {
      const run = await runCliPiped(['submit', BRIEF, '--email', 'script@brightside.example', '--api', api, '--out', path.join(work, 'piped')]);
      expect(run.code, run.stderr).toBe(0);
      const stages = [...run.stdout.matchAll(/^\[\s*\d+%\] ([a-z]+)/gm)].map((m) => m[1]);
      expect(stages).toEqual(['received', 'extracting', 'generating', 'rendering', 'publishing', 'published']);
    },
    TIMEOUT,
  );
});
