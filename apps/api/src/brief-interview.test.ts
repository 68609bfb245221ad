import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { requestQuestions, requests } from '@statex/db';
import { postgresAvailable } from '@statex/db/testing';
import { redisAvailable } from '@statex/queue/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream, startTestPlatform, submit, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

const servicesUp = (await postgresAvailable()) && (await redisAvailable());
const ADMIN_TOKEN = 'interview-test-operator-token-0123456789';
// A brief that leaves the booking's services, doctors, hours, address and contact open.
const DENTAL = 'We are a dental practice in Brno and need a website with online booking for our patients, and a contact form.';
const STANDARD_HISTORY = ['received', 'extracting', 'generating', 'rendering', 'publishing', 'published'];

interface Question {
  id: string;
  kind: string;
  text: string;
  requirement: string | null;
  suggestion: string | null;
  answer: string | null;
}
interface Sent {
  id: string;
  token: string;
}

async function send(platform: TestPlatform, fields: Record<string, string>, email: string): Promise<Sent> {
  const res = await submit(platform.app, { brief: DENTAL, email, ...fields });
  expect(res.statusCode, res.body).toBe(202);
  return res.json() as Sent;
}

const auth = (sent: Sent) => ({ authorization: `Bearer ${sent.token}` });
const history = (status: Record<string, unknown>) => (status.history as { stage: string }[]).map((h) => h.stage);

async function questionsOf(platform: TestPlatform, sent: Sent): Promise<{ questions: Question[]; open: boolean; answerBy: string | null }> {
  const res = await platform.app.inject({ url: `/api/requests/${sent.id}/questions`, headers: auth(sent) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { questions: Question[]; open: boolean; answerBy: string | null };
}

function answer(platform: TestPlatform, sent: Sent, body: unknown) {
  return platform.app.inject({ method: 'POST', url: `/api/requests/${sent.id}/answers`, headers: { ...auth(sent), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
}

async function requestRow(platform: TestPlatform, id: string) {
  const [row] = await platform.runtime.database.db.select().from(requests).where(eq(requests.id, id));
  return row;
}

/** The outbox's emails to `to`, quoted-printable undone (soft breaks, escapes of ASCII). */
async function mailsTo(platform: TestPlatform, to: string): Promise<string[]> {
  const dir = path.join(platform.dataDir, 'outbox');
  const names = await readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(names.map(async (n) => (await readFile(path.join(dir, n), 'utf8')).replace(/=\r?\n/g, '').replace(/=([2-7][0-9A-F])/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))));
  return mails.filter((m) => m.includes(`To: ${to}`));
}

for (const { mode, enabled } of [
  { mode: 'embedded' as Mode, enabled: true },
  { mode: 'services' as Mode, enabled: servicesUp },
]) {
  describe.skipIf(!enabled)(`brief interview (${mode} mode)`, () => {
    let platform: TestPlatform;
    let asked: Sent;
    const askedEmail = `dentist.${mode}@smile.example`;

    beforeAll(async () => {
      platform = await startTestPlatform({ mode, env: { CLARIFY_TIMEOUT: '10m', OPS_ADMIN_TOKEN: ADMIN_TOKEN } });
      asked = await send(platform, { interview: 'ask' }, askedEmail);
    });
    afterAll(async () => platform?.destroy());

    it('with interview=ask, stops in clarifying with its questions, in the status, over SSE and by email, and waits', async () => {
      const status = await waitForStage(platform.app, asked.id, asked.token, ['clarifying', 'published', 'failed'], 60_000);
      expect(status.stage).toBe('clarifying');
      expect(history(status)).toEqual(['received', 'extracting', 'clarifying']);
      const interview = status.interview as { asked: number; answered: number; open: boolean; answerBy: string };
      expect(interview).toMatchObject({ answered: 0, open: true });
      expect(interview.asked).toBeGreaterThanOrEqual(2);
      expect(interview.asked).toBeLessThanOrEqual(5);
      const left = Date.parse(interview.answerBy) - Date.now();
      expect(left).toBeGreaterThan(9 * 60_000);
      expect(left).toBeLessThanOrEqual(10 * 60_000);

      const view = await questionsOf(platform, asked);
      expect(view.open).toBe(true);
      expect(view.answerBy).toBe(interview.answerBy);
      expect(view.questions.map((q) => q.id)).toEqual(view.questions.map((_, i) => `q${i + 1}`));
      expect(view.questions.map((q) => q.kind)).toEqual(expect.arrayContaining(['services', 'hours']));
      for (const q of view.questions) expect(q.answer).toBeNull();
      // Sealed at rest, like the brief.
      const [stored] = await platform.runtime.database.db.select().from(requestQuestions).where(eq(requestQuestions.requestId, asked.id)).limit(1);
      expect(stored?.text.startsWith('sx1:')).toBe(true);

      const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
      const { text } = await readEventStream(address, asked.id, auth(asked), '"stage":"clarifying"');
      const clarifying = text.split('\n').find((line) => line.startsWith('data:') && line.includes('"stage":"clarifying"')) as string;
      const pushed = JSON.parse(clarifying.slice('data:'.length)) as { questions: { id: string; text: string }[] };
      expect(pushed.questions.map((q) => q.text)).toEqual(view.questions.map((q) => q.text));

      await expect.poll(async () => (await mailsTo(platform, askedEmail)).length, { timeout: 30_000, interval: 100 }).toBe(1);
      const [mail] = await mailsTo(platform, askedEmail);
      expect(mail).toContain('Before we build');
      expect(mail).toContain(`/en/status?id=${asked.id}#token=`);
      expect(mail).toContain('Which treatments can patients book online?');

      // Nobody re-dispatches a request that waits for its customer, nor charges it attempts.
      const before = await requestRow(platform, asked.id);
      await sleep(3_000);
      const after = await requestRow(platform, asked.id);
      expect(after?.stage).toBe('clarifying');
      expect(after?.dispatchCount).toBe(before?.dispatchCount);
      expect(after?.attempts).toBe(0);
      expect(after?.leaseOwner).toBeNull();
    });

    it('refuses an unknown question by name and stores nothing', async () => {
      const res = await answer(platform, asked, { answers: [{ questionId: 'q1', text: 'Check-up' }, { questionId: 'q9', text: 'x' }] });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'STX_UNKNOWN_QUESTION' } });
      expect((res.json() as { error: { message: string } }).error.message).toContain('"q9"');
      expect((await questionsOf(platform, asked)).questions.every((q) => q.answer === null)).toBe(true);
      const bad = await answer(platform, asked, { answers: [{ questionId: 'q1', text: '' }] });
      expect(bad.statusCode).toBe(400);
      const blank = await answer(platform, asked, { answers: [{ questionId: 'q1', text: '   ' }] });
      expect(blank.statusCode).toBe(400);
      expect(blank.json()).toMatchObject({ error: { code: 'STX_VALIDATION' } });
      const stranger = await platform.app.inject({ method: 'POST', url: `/api/requests/${asked.id}/answers`, headers: { authorization: 'Bearer not-the-token', 'content-type': 'application/json' }, payload: '{"answers":[]}' });
      expect(stranger.statusCode).toBe(403);
    });

    it('takes answers idempotently per question, a new text replacing the old, until all are in or done; then generates with them', async () => {
      const { questions } = await questionsOf(platform, asked);
      const services = questions.find((q) => q.kind === 'services') as Question;
      const hours = questions.find((q) => q.kind === 'hours') as Question;
      const first = await answer(platform, asked, { answers: [{ questionId: services.id, text: 'Check-up, Teeth cleaning' }] });
      expect(first.statusCode, first.body).toBe(202);
      expect(first.json()).toEqual({ answered: 1, remaining: questions.length - 1, open: true });
      const again = await answer(platform, asked, { answers: [{ questionId: services.id, text: 'Check-up, Teeth cleaning' }] });
      expect(again.json()).toEqual({ answered: 1, remaining: questions.length - 1, open: true });
      const replaced = await answer(platform, asked, { answers: [{ questionId: services.id, text: 'Check-up, Teeth cleaning, Whitening' }] });
      expect(replaced.json()).toEqual({ answered: 1, remaining: questions.length - 1, open: true });
      expect((await questionsOf(platform, asked)).questions.find((q) => q.id === services.id)?.answer).toBe('Check-up, Teeth cleaning, Whitening');
      await expect
        .poll(async () => ((await platform.app.inject({ url: `/api/requests/${asked.id}`, headers: auth(asked) })).json() as { interview: { answered: number } }).interview.answered, { timeout: 10_000 })
        .toBe(1);

      const last = await answer(platform, asked, { answers: [{ questionId: hours.id, text: 'Mon–Fri 8:00–16:00' }], done: true });
      expect(last.statusCode, last.body).toBe(202);
      expect(last.json()).toEqual({ answered: 2, remaining: questions.length - 2, open: false });
      const status = await waitForStage(platform.app, asked.id, asked.token, ['published', 'failed'], 60_000);
      expect(status.stage).toBe('published');
      expect(history(status)).toEqual(['received', 'extracting', 'clarifying', 'generating', 'rendering', 'publishing', 'published']);
      expect(status.interview).toEqual({ asked: questions.length, answered: 2, open: false, answerBy: null });

      // The answers are inputs: facts in the terms, services on the site.
      const terms = await platform.app.inject({ url: `/api/requests/${asked.id}/documents/terms`, headers: auth(asked) });
      expect(terms.body).toContain('Teeth cleaning');
      expect(terms.body).toContain('Whitening');
      expect(terms.body).toContain('8:00–16:00');
      const site = await platform.app.inject({ url: `/p/${asked.id}/` });
      expect(site.statusCode).toBe(200);
      const pages = [site.body];
      for (const href of new Set([...site.body.matchAll(/href="(\.?\/?[a-z0-9-]+\/?(?:index\.html)?)"/g)].map((m) => m[1] as string))) {
        const page = await platform.app.inject({ url: `/p/${asked.id}/${href.replace(/^\.?\//, '')}` });
        if (page.statusCode === 200) pages.push(page.body);
      }
      expect(pages.join('\n')).toContain('Teeth cleaning');
    });

    it('answers 409 once the interview has passed', async () => {
      const late = await answer(platform, asked, { answers: [{ questionId: 'q1', text: 'Too late' }] });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ error: { code: 'STX_INTERVIEW_CLOSED' } });
      expect((late.json() as { error: { message: string } }).error.message).toContain('"published"');
      const view = await questionsOf(platform, asked);
      expect(view.open).toBe(false);
      expect(view.answerBy).toBeNull();
      expect(view.questions.find((q) => q.kind === 'services')?.answer).toBe('Check-up, Teeth cleaning, Whitening');
    });

    it('an empty list skips the questions and generates at once, with none answered', async () => {
      const skipper = await send(platform, { interview: 'ask' }, `skipper.${mode}@smile.example`);
      await waitForStage(platform.app, skipper.id, skipper.token, ['clarifying'], 60_000);
      const res = await answer(platform, skipper, { answers: [] });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ answered: 0, open: false });
      const status = await waitForStage(platform.app, skipper.id, skipper.token, ['published', 'failed'], 60_000);
      expect(status.stage).toBe('published');
      expect((status.interview as { answered: number }).answered).toBe(0);
    });

    it('with interview=skip (the default) nothing changes: no questions, 409 to answers', async () => {
      const plain = await send(platform, {}, `plain.${mode}@smile.example`);
      const status = await waitForStage(platform.app, plain.id, plain.token, ['published', 'failed'], 60_000);
      expect(history(status)).toEqual(STANDARD_HISTORY);
      expect(status.interview).toBeNull();
      expect(await questionsOf(platform, plain)).toEqual({ questions: [], open: false, answerBy: null });
      const res = await answer(platform, plain, { answers: [] });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'STX_NO_INTERVIEW' } });
    });

    it('refuses a bad interview value with a message naming the choices, storing nothing', async () => {
      const res = await submit(platform.app, { brief: DENTAL, email: `bad.${mode}@smile.example`, interview: 'maybe' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'STX_VALIDATION' } });
      expect((res.json() as { error: { message: string } }).error.message).toContain('interview must be one of ask, skip (got "maybe")');
    });

    it('erases the questions and answers with the request', async () => {
      const db = platform.runtime.database.db;
      expect((await db.select().from(requestQuestions).where(eq(requestQuestions.requestId, asked.id))).length).toBeGreaterThan(0);
      const deleted = await platform.app.inject({ method: 'DELETE', url: `/api/admin/requests/${asked.id}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect(await db.select().from(requestQuestions).where(eq(requestQuestions.requestId, asked.id))).toEqual([]);
      expect(await mailsTo(platform, askedEmail)).toEqual([]);
    });
  });
}

describe('brief interview: the deadline and the switch (embedded mode)', () => {
  let platform: TestPlatform;
  afterAll(async () => platform?.destroy());

  // Each starts a platform of its own: boot time on a loaded machine included.
  it('an unanswered interview generates when CLARIFY_TIMEOUT passes, with its questions unanswered', { timeout: 240_000 }, async () => {
    const platform = await startTestPlatform({ env: { CLARIFY_TIMEOUT: '2s' } });
    try {
      const sent = await send(platform, { interview: 'ask' }, 'late@smile.example');
      await waitForStage(platform.app, sent.id, sent.token, ['clarifying'], 60_000);
      const status = await waitForStage(platform.app, sent.id, sent.token, ['published', 'failed'], 60_000);
      expect(status.stage).toBe('published');
      expect(history(status)).toEqual(['received', 'extracting', 'clarifying', 'generating', 'rendering', 'publishing', 'published']);
      expect(status.interview).toMatchObject({ answered: 0, open: false, answerBy: null });
      expect((await requestRow(platform, sent.id))?.attempts).toBe(0);
      const late = await answer(platform, sent, { answers: [{ questionId: 'q1', text: 'Check-up' }] });
      expect(late.statusCode).toBe(409);
    } finally {
      await platform.destroy();
    }
  });

  it('CLARIFY_TIMEOUT=0 asks nothing, even with interview=ask', { timeout: 240_000 }, async () => {
    platform = await startTestPlatform({ env: { CLARIFY_TIMEOUT: '0' } });
    const sent = await send(platform, { interview: 'ask' }, 'off@smile.example');
    const status = await waitForStage(platform.app, sent.id, sent.token, ['published', 'failed'], 60_000);
    expect(history(status)).toEqual(STANDARD_HISTORY);
    expect(status.interview).toBeNull();
    expect((await questionsOf(platform, sent)).questions).toEqual([]);
  });
});
