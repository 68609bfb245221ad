import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { stageProgress, type Stage } from '@statex/core';
import type { InterviewQuestionView } from '../api-types.ts';

/**
 * A small HTTP stand-in for the Statex API's brief interview (issue 19's contract): one request per
 * submission, walking received → extracting → clarifying when it asks, waiting there until answers
 * with `done` (or a skip) arrive, then on to published. It records what reached it, so tests can
 * assert what the CLI sent. Real enough for the CLI: SSE with history replay, 409 after the stage,
 * owner-only by bearer token, the terms listing the answers.
 */
export interface FakeRequest {
  id: string;
  token: string;
  interview: string | null;
  stage: Stage;
  history: { stage: Stage; version: number; message: string; at: string }[];
  questions: InterviewQuestionView[];
  /** How often GET /questions was asked. */
  questionReads: number;
  /** Every POST /answers body, in order. */
  answerPosts: { answers: { questionId: string; text: string }[]; done?: boolean }[];
}

export interface FakeInterviewApi {
  url: string;
  requests: Map<string, FakeRequest>;
  /** Creates a request already waiting in `clarifying` (for `follow` and `answer`). */
  waiting(questions?: InterviewQuestionView[]): FakeRequest;
  /** Moves a request past `clarifying` as if its wait ran out. */
  timeOut(id: string): void;
  close(): Promise<void>;
}

export const DENTAL_QUESTIONS: InterviewQuestionView[] = [
  { id: 'q1', text: 'Which treatments can patients book online?', requirement: 'R2', suggestion: null, answer: null },
  { id: 'q2', text: 'What is the name of your practice?', requirement: null, suggestion: 'Smile Dental Studio', answer: null },
  { id: 'q3', text: 'When is the practice open?', requirement: 'R4', suggestion: 'Mon–Fri 8:00–18:00', answer: null },
];

const STAGE_MESSAGES: Partial<Record<Stage, string>> = {
  received: 'Brief received',
  extracting: 'Reading your brief and documents',
  clarifying: 'A few questions about your brief are waiting for you',
  generating: 'Writing the terms of reference and the plan',
  rendering: 'Building the prototype site',
  publishing: 'Publishing the prototype',
  published: 'Prototype published',
};

export async function startFakeInterviewApi(): Promise<FakeInterviewApi> {
  const requests = new Map<string, FakeRequest>();
  const listeners = new Map<string, Set<http.ServerResponse>>();
  let url = '';

  const move = (request: FakeRequest, stage: Stage) => {
    request.stage = stage;
    const entry = { stage, version: 1, message: STAGE_MESSAGES[stage] ?? stage, at: new Date().toISOString() };
    request.history.push(entry);
    for (const res of listeners.get(request.id) ?? []) res.write(`event: stage\ndata: ${JSON.stringify(entry)}\n\n`);
  };
  const finish = (request: FakeRequest) => {
    for (const stage of ['generating', 'rendering', 'publishing', 'published'] as const) move(request, stage);
  };
  const create = (interview: string | null, questions: InterviewQuestionView[]) => {
    const id = randomBytes(10).toString('hex').replace(/[^a-z2-7]/g, 'a').slice(0, 16).padEnd(16, 'a');
    const request: FakeRequest = { id, token: randomBytes(32).toString('base64url'), interview, stage: 'received', history: [], questions: structuredClone(questions), questionReads: 0, answerPosts: [] };
    requests.set(id, request);
    move(request, 'received');
    move(request, 'extracting');
    return request;
  };
  const links = (id: string) => ({
    self: `/api/requests/${id}`,
    events: `/api/requests/${id}/events`,
    terms: `/api/requests/${id}/documents/terms`,
    plan: `/api/requests/${id}/documents/plan`,
    modifications: `/api/requests/${id}/modifications`,
    prototype: `/p/${id}/`,
  });
  const json = (res: http.ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const error = (res: http.ServerResponse, status: number, code: string, message: string) => json(res, status, { error: { code, message } });
  const readBody = async (req: http.IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const isOpen = (request: FakeRequest) => request.stage === 'clarifying';

  const server = http.createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method === 'POST' && path === '/api/requests') {
        const form = await new Request('http://x', { method: 'POST', headers: req.headers as Record<string, string>, body: await readBody(req) }).formData();
        const interview = form.get('interview');
        if (interview !== null && interview !== 'ask' && interview !== 'skip') return error(res, 400, 'STX_VALIDATION', 'interview must be ask or skip');
        const request = create(typeof interview === 'string' ? interview : null, DENTAL_QUESTIONS);
        // The gap finder runs after the response; here a moment later, as on a real platform.
        setTimeout(() => (request.interview === 'ask' ? move(request, 'clarifying') : finish(request)), 300);
        return json(res, 202, { id: request.id, token: request.token, status: 'received', links: links(request.id) });
      }
      const match = /^\/api\/requests\/([a-z2-7]{16})(\/.*)?$/.exec(path);
      const request = match ? requests.get(match[1] as string) : undefined;
      if (!match || !request) return error(res, 404, 'STX_NOT_FOUND', 'No such request.');
      if (req.headers.authorization !== `Bearer ${request.token}`) return error(res, 403, 'STX_TOKEN_INVALID', 'This token does not open this request.');
      const rest = match[2] ?? '';
      const answered = request.questions.filter((q) => q.answer !== null).length;
      if (req.method === 'GET' && rest === '') {
        return json(res, 200, {
          id: request.id,
          status: request.stage,
          stage: request.stage,
          version: 1,
          progress: stageProgress(request.stage),
          createdAt: request.history[0]?.at,
          updatedAt: request.history.at(-1)?.at,
          history: request.history,
          notices: [],
          documents: request.stage === 'published'
            ? { terms: { url: links(request.id).terms, version: 1, producedBy: 'offline' }, plan: { url: links(request.id).plan, version: 1, producedBy: 'offline' }, termsDiff: null }
            : { terms: null, plan: null, termsDiff: null },
          prototype: request.stage === 'published' ? { url: `http://r-${request.id}.localhost/`, path: `/p/${request.id}/`, version: 1, expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString() } : null,
          modificationsLeft: 1,
          failureReason: null,
          expiresAt: null,
          links: links(request.id),
          interview: request.interview === 'ask' ? { asked: request.questions.length, answered, open: isOpen(request), answerBy: isOpen(request) ? new Date(Date.now() + 1_800_000).toISOString() : null } : null,
        });
      }
      if (req.method === 'GET' && rest === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        for (const entry of request.history) res.write(`event: stage\ndata: ${JSON.stringify(entry)}\n\n`);
        const set = listeners.get(request.id) ?? new Set();
        set.add(res);
        listeners.set(request.id, set);
        req.on('close', () => set.delete(res));
        return;
      }
      if (req.method === 'GET' && rest === '/questions') {
        request.questionReads += 1;
        return json(res, 200, { questions: request.questions, open: isOpen(request), answerBy: isOpen(request) ? new Date(Date.now() + 1_800_000).toISOString() : null });
      }
      if (req.method === 'POST' && rest === '/answers') {
        const body = JSON.parse((await readBody(req)).toString('utf8')) as FakeRequest['answerPosts'][number];
        if (!isOpen(request)) return error(res, 409, 'STX_INTERVIEW_CLOSED', 'The questions are closed: the request has moved on.');
        for (const a of body.answers) {
          const question = request.questions.find((q) => q.id === a.questionId);
          if (!question) return error(res, 400, 'STX_VALIDATION', `No question ${a.questionId}.`);
        }
        request.answerPosts.push(body);
        for (const a of body.answers) (request.questions.find((q) => q.id === a.questionId) as InterviewQuestionView).answer = a.text;
        const remaining = request.questions.filter((q) => q.answer === null).length;
        const done = body.done === true || body.answers.length === 0 || remaining === 0;
        json(res, 202, { answered: request.questions.length - remaining, remaining, open: !done });
        if (done) setTimeout(() => finish(request), 100);
        return;
      }
      if (req.method === 'GET' && rest.startsWith('/documents/')) {
        const answers = request.questions.filter((q) => q.answer !== null).map((q) => `- ${q.text} — ${q.answer} (source: answer)`);
        const kind = rest.slice('/documents/'.length);
        return res.writeHead(200, { 'content-type': 'text/markdown' }).end(`# ${kind}\n\nR1 Online booking\n\n## Questions and answers\n${answers.join('\n')}\n`);
      }
      return error(res, 404, 'STX_NOT_FOUND', `No route ${req.method} ${path}.`);
    })().catch((failure: unknown) => {
      // A fake that breaks must fail the test loudly, not hang it.
      console.error('fake interview API:', failure);
      if (!res.headersSent) error(res, 500, 'STX_INTERNAL', String(failure));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    requests,
    waiting(questions = DENTAL_QUESTIONS) {
      const request = create('ask', questions);
      move(request, 'clarifying');
      return request;
    },
    timeOut(id) {
      const request = requests.get(id);
      if (request?.stage === 'clarifying') finish(request);
    },
    close: () =>
      new Promise((resolve) => {
        for (const set of listeners.values()) for (const res of set) res.end();
        server.close(() => resolve());
      }),
  };
}
