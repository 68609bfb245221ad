import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { DENTAL_QUESTIONS, startFakeInterviewApi, type FakeInterviewApi, type FakeRequest } from './test-support/fake-interview-api.ts';
import { plain, runCliInPty, runCliPiped } from './test-support/run-cli.ts';

/**
 * The brief interview from the CLI, as a customer runs it (a child process, piped or in a
 * pseudo-terminal), against a small HTTP stand-in for the API's interview contract, so every
 * branch (prompt, print, skip, Ctrl-C, the wait running out, 409) is reached on purpose.
 * interview-platform.test.ts runs the same prompt against a whole platform.
 */
const TIMEOUT = 60_000;

/** Waits until the CLI has read the request's questions (and then a moment, for it to print them). */
async function questionsRead(request: FakeRequest): Promise<void> {
  for (let i = 0; i < 600 && request.questionReads === 0; i++) await sleep(50);
  expect(request.questionReads).toBeGreaterThan(0);
  await sleep(300);
}
const BRIEF = 'We are a dental practice in Leeds and want a website with online booking for our patients.';

describe('statex CLI: the brief interview', () => {
  let api: FakeInterviewApi;
  let work: string;

  beforeAll(async () => {
    api = await startFakeInterviewApi();
    work = await mkdtemp(path.join(tmpdir(), 'statex-cli-interview-'));
  });
  afterAll(async () => {
    await api?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it(
    'submit in a terminal asks to be asked, prompts each question and sends the answers with done',
    async () => {
      const out = path.join(work, 'pty-submit');
      const run = runCliInPty(['submit', BRIEF, '--email', 'dr.jones@example.com', '--api', api.url, '--out', out]);
      await run.waitFor('Question 1 of 3 (about R2):');
      await run.waitFor('Which treatments can patients book online?');
      run.type('Check-ups, hygiene, whitening\r');
      await run.waitFor('> [Smile Dental Studio]');
      run.type('\r'); // accepts the suggestion
      await run.waitFor('> [Mon–Fri 8:00–18:00]');
      run.type('-\r'); // leaves it open
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);

      const request = [...api.requests.values()].find((r) => plain(screen).includes(`Request ${r.id} received`));
      expect(request?.interview).toBe('ask');
      expect(request?.answerPosts).toEqual([
        {
          answers: [
            { questionId: 'q1', text: 'Check-ups, hygiene, whitening' },
            { questionId: 'q2', text: 'Smile Dental Studio' },
          ],
          done: true,
        },
      ]);
      const text = plain(screen);
      expect(text).toContain('Sent 2 answers; generating now.');
      expect(text).toContain(`Published version 1 of request ${request?.id}`);
      const terms = await readFile(path.join(out, `statex-${request?.id}`, 'terms.md'), 'utf8');
      expect(terms).toContain('Check-ups, hygiene, whitening (source: answer)');
    },
    TIMEOUT,
  );

  it(
    'submit piped (a script) asks not to be asked and is never held',
    async () => {
      const out = path.join(work, 'piped-submit');
      const run = await runCliPiped(['submit', BRIEF, '--email', 'script@example.com', '--api', api.url, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const id = /Request ([a-z2-7]{16}) received/.exec(run.stdout)?.[1] ?? '';
      expect(api.requests.get(id)?.interview).toBe('skip');
      expect(run.stdout).not.toContain('Question');
      expect(run.stdout).toContain('Published version 1');
    },
    TIMEOUT,
  );

  it(
    'submit --no-questions in a terminal asks not to be asked',
    async () => {
      const run = runCliInPty(['submit', BRIEF, '--email', 'quick@example.com', '--api', api.url, '--out', path.join(work, 'pty-noq'), '--no-questions']);
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);
      const id = /Request ([a-z2-7]{16}) received/.exec(plain(screen))?.[1] ?? '';
      expect(api.requests.get(id)?.interview).toBe('skip');
    },
    TIMEOUT,
  );

  it(
    'follow piped prints the questions and how to answer them, keeps following, and ends once `statex answer` answered',
    async () => {
      const request = api.waiting();
      const out = path.join(work, 'piped-follow');
      const following = runCliPiped(['follow', request.id, '--token', request.token, '--api', api.url, '--out', out]);
      // Once it has read (and printed) the questions, answer them from "another terminal".
      await questionsRead(request);
      const answered = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--answer', 'q1=Check-ups and implants', '--answer', 'q3=Mon–Thu 7:30–19:00']);
      expect(answered.code, answered.stderr).toBe(0);
      expect(answered.stdout).toContain(`Recorded 2 answers for request ${request.id}; Statex goes on (1 left unanswered become stated assumptions).`);
      const run = await following;
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Statex has 3 questions about your brief:');
      expect(run.stdout).toContain('  q1 (about R2): Which treatments can patients book online?');
      expect(run.stdout).toContain('  q2: What is the name of your practice?\n      suggested: Smile Dental Studio');
      expect(run.stdout).toContain(`Answer on the status page: ${api.url}/en/status?id=${request.id}#token=`);
      expect(run.stdout).toContain(`or here: statex answer ${request.id} --token ${request.token} --answer q1="…" --answer q2="…"`);
      expect(run.stdout).toMatch(/It waits for answers until \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in \d+ minutes?/);
      expect(run.stdout).toContain('[100%] published');
      expect(request.answerPosts).toEqual([{ answers: [{ questionId: 'q1', text: 'Check-ups and implants' }, { questionId: 'q3', text: 'Mon–Thu 7:30–19:00' }], done: true }]);
      expect(await readFile(path.join(out, `statex-${request.id}`, 'terms.md'), 'utf8')).toContain('Check-ups and implants (source: answer)');
    },
    TIMEOUT,
  );

  it(
    'follow --no-questions sends the skip at once, so generation starts',
    async () => {
      const request = api.waiting();
      const run = await runCliPiped(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'skip'), '--no-questions']);
      expect(run.code, run.stderr).toBe(0);
      expect(request.answerPosts).toEqual([{ answers: [], done: true }]);
      expect(run.stdout).toContain('--no-questions: skipped the questions; generating now.');
      expect(run.stdout).not.toContain('Which treatments');
    },
    TIMEOUT,
  );

  it(
    'follow --json prints the questions on stderr and keeps stdout one JSON object',
    async () => {
      const request = api.waiting();
      const following = runCliPiped(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'json'), '--json']);
      // The wait runs out once the CLI has read the questions.
      await questionsRead(request);
      api.timeOut(request.id);
      const run = await following;
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: request.id, stage: 'published' });
      expect(run.stderr).toContain('q1 (about R2): Which treatments can patients book online?');
      expect(request.answerPosts).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'Ctrl-C during the questions sends what was given and goes on following',
    async () => {
      const request = api.waiting();
      const run = runCliInPty(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'ctrl-c')]);
      await run.waitFor('Question 1 of 3 (about R2):');
      run.type('Implants only\r');
      await run.waitFor('Question 2 of 3:');
      run.type('\u0003');
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);
      expect(plain(screen)).toContain('Stopped: sending the answer given; the other questions stay open.');
      expect(plain(screen)).toContain('Sent your answer; generating now.');
      expect(request.answerPosts).toEqual([{ answers: [{ questionId: 'q1', text: 'Implants only' }], done: true }]);
    },
    TIMEOUT,
  );

  it(
    'the end of input at the first question sends the skip',
    async () => {
      const request = api.waiting();
      const run = runCliInPty(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'eof')]);
      await run.waitFor('Question 1 of 3 (about R2):');
      run.type('\u0004'); // Ctrl-D on an empty line
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);
      expect(plain(screen)).toContain('Input ended: skipping the questions.');
      expect(request.answerPosts).toEqual([{ answers: [], done: true }]);
    },
    TIMEOUT,
  );

  it(
    'when Statex stops waiting meanwhile, the prompt is withdrawn and nothing is sent',
    async () => {
      const request = api.waiting();
      const run = runCliInPty(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'withdrawn')]);
      await run.waitFor('Question 1 of 3 (about R2):');
      api.timeOut(request.id);
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);
      expect(plain(screen)).toContain('Statex stopped waiting for answers');
      expect(plain(screen)).toContain(`Published version 1 of request ${request.id}`);
      expect(request.answerPosts).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'follow of a request that has already moved on asks nothing',
    async () => {
      const request = api.waiting();
      api.timeOut(request.id);
      const run = runCliInPty(['follow', request.id, '--token', request.token, '--api', api.url, '--out', path.join(work, 'late')]);
      const { code, screen } = await run.done;
      expect(code, plain(screen)).toBe(0);
      expect(plain(screen)).not.toContain('Question 1');
      expect(request.answerPosts).toEqual([]);
    },
    TIMEOUT,
  );

  describe('statex answer', () => {
    it('lists the questions, with the command to answer them', async () => {
      const request = api.waiting();
      const run = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Questions about request ${request.id}:`);
      expect(run.stdout).toContain('  q3 (about R4): When is the practice open?\n      suggested: Mon–Fri 8:00–18:00');
      expect(run.stdout).toContain(`Answer: statex answer ${request.id} --token ${request.token} --answer q1="…" --answer q2="…" --answer q3="…"`);
      const json = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({ open: true, questions: DENTAL_QUESTIONS });
    }, TIMEOUT);

    it('--keep-open records answers and keeps waiting; a later --skip goes on', async () => {
      const request = api.waiting();
      const first = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--answer', 'q2=Leeds Family Dentists', '--keep-open']);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('Recorded the answer for request');
      expect(first.stdout).toContain('2 questions are still open.');
      expect(request.stage).toBe('clarifying');
      const skip = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--skip']);
      expect(skip.code, skip.stderr).toBe(0);
      expect(request.answerPosts).toEqual([
        { answers: [{ questionId: 'q2', text: 'Leeds Family Dentists' }], done: false },
        { answers: [], done: true },
      ]);
    }, TIMEOUT);

    it('refuses malformed answers and unknown questions before sending', async () => {
      const request = api.waiting();
      const bad = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--answer', 'Implants', '--answer', 'q1=', '--answer', 'q2=ok', '--skip']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--answer Implants: write it as <question id>=<answer>');
      expect(bad.stderr).toContain('--answer q1: the answer is empty');
      expect(bad.stderr).toContain('Give either --answer or --skip, not both.');
      const unknown = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--answer', 'q7=Implants']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(`Request ${request.id} has no question q7. Its questions are q1, q2, q3.`);
      expect(request.answerPosts).toEqual([]);
    }, TIMEOUT);

    it('after the stage: answers are not recorded (exit 2, said plainly), a skip is nothing to do (exit 0)', async () => {
      const request = api.waiting();
      api.timeOut(request.id);
      const late = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--answer', 'q1=Implants']);
      expect(late.code).toBe(2);
      expect(late.stderr).toContain('STX_INTERVIEW_CLOSED: ');
      expect(late.stderr).toContain('Statex has already gone on without these');
      const skip = await runCliPiped(['answer', request.id, '--token', request.token, '--api', api.url, '--skip']);
      expect(skip.code, skip.stderr).toBe(0);
      expect(skip.stdout).toContain('is no longer waiting for answers');
    }, TIMEOUT);
  });

  it('status shows how far the interview is', async () => {
    const request = api.waiting();
    const run = await runCliPiped(['status', request.id, '--token', request.token, '--api', api.url]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Request ${request.id}: clarifying (33%)`);
    expect(run.stdout).toMatch(/Questions: +0 of 3 answered; waiting for answers until .+: statex answer /);
  }, TIMEOUT);
});
