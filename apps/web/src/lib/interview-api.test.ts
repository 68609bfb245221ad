import { describe, expect, it } from 'vitest';
import { loadQuestions, sendAnswers, toPanelQuestions } from './interview-api';

/** Records each call and answers with the given response (the API's status and JSON body). */
function recorder(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const auth = { id: 'req/1', token: 'secret-token' };

describe('interview API client', () => {
  it('reads questions from the stage event (no answers yet) as unanswered, and drops malformed entries', () => {
    expect(toPanelQuestions([
      { id: 'q1', kind: 'hours', text: 'What are your opening hours?', requirement: 'R2', suggestion: null },
      { id: 'q2', kind: 'address', text: 'What is the address?', requirement: 'R3', suggestion: 'Brno', answer: 'Brno, Údolní 5' },
      { id: 3, text: 'no id' },
      null,
    ])).toEqual([
      { id: 'q1', text: 'What are your opening hours?', requirement: 'R2', suggestion: null, answer: null },
      { id: 'q2', text: 'What is the address?', requirement: 'R3', suggestion: 'Brno', answer: 'Brno, Údolní 5' },
    ]);
    expect(toPanelQuestions(undefined)).toEqual([]);
  });

  it('reads the questions with the status link\'s token', async () => {
    const { calls, fetchImpl } = recorder(200, { questions: [{ id: 'q1', text: 'Which services?', requirement: 'R2', suggestion: null, answer: null }], open: true, answerBy: '2026-12-02T19:00:00.000Z' });
    const view = await loadQuestions(auth, fetchImpl);
    expect(view).toEqual({ questions: [{ id: 'q1', text: 'Which services?', requirement: 'R2', suggestion: null, answer: null }], open: true, answerBy: '2026-12-02T19:00:00.000Z' });
    expect(calls[0]?.url).toBe('/api/requests/req%2F1/questions');
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer secret-token');
  });

  it('throws the API\'s message when the questions cannot be read', async () => {
    const { fetchImpl } = recorder(403, { error: { code: 'FORBIDDEN', message: 'This link does not open this request.' } });
    await expect(loadQuestions(auth, fetchImpl)).rejects.toThrow('This link does not open this request.');
  });

  it('sends the answers and closes the interview (done: true)', async () => {
    const { calls, fetchImpl } = recorder(202, { answered: 2, remaining: 1, open: false });
    const outcome = await sendAnswers(auth, [{ questionId: 'q1', text: 'Cleaning 1200 CZK' }, { questionId: 'q2', text: 'Mon–Fri 8–18' }], fetchImpl);
    expect(outcome).toEqual({ kind: 'accepted', answered: 2, remaining: 1, open: false });
    expect(calls[0]?.url).toBe('/api/requests/req%2F1/answers');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ answers: [{ questionId: 'q1', text: 'Cleaning 1200 CZK' }, { questionId: 'q2', text: 'Mon–Fri 8–18' }], done: true });
  });

  it('skips with an empty list', async () => {
    const { calls, fetchImpl } = recorder(202, { answered: 0, remaining: 3, open: false });
    expect((await sendAnswers(auth, [], fetchImpl)).kind).toBe('accepted');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ answers: [], done: true });
  });

  it('tells a closed interview (409) from any other failure, with the API\'s message', async () => {
    expect(await sendAnswers(auth, [], recorder(409, { error: { code: 'CONFLICT', message: 'The questions are closed.' } }).fetchImpl)).toEqual({ kind: 'closed', message: 'The questions are closed.' });
    expect(await sendAnswers(auth, [{ questionId: 'q9', text: 'x' }], recorder(400, { error: { code: 'VALIDATION', message: 'Unknown question q9.' } }).fetchImpl)).toEqual({ kind: 'error', message: 'Unknown question q9.' });
    const offline = (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch;
    expect(await sendAnswers(auth, [], offline)).toEqual({ kind: 'error', message: 'Failed to fetch' });
  });

  it('without a token, writes with the session (and its CSRF token)', async () => {
    const writes: unknown[][] = [];
    const write = async (...args: unknown[]) => {
      writes.push(args);
      return new Response(JSON.stringify({ answered: 1, remaining: 0, open: false }), { status: 202 });
    };
    const outcome = await sendAnswers({ id: 'r1', token: '' }, [{ questionId: 'q1', text: 'yes' }], recorder(500, {}).fetchImpl, write as never);
    expect(outcome.kind).toBe('accepted');
    expect(writes).toEqual([['POST', '/api/requests/r1/answers', { answers: [{ questionId: 'q1', text: 'yes' }], done: true }]]);
  });
});
