import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  /** Parsed JSON body, when it was JSON. */
  body: any;
}

/** How the fake answers one request. */
export type FakeReply =
  | { kind: 'json'; status?: number; headers?: Record<string, string>; body: unknown }
  | { kind: 'text'; status: number; headers?: Record<string, string>; body: string }
  /** Server-Sent Events (OpenAI streaming): one `data:` line per chunk, then `data: [DONE]`. */
  | { kind: 'sse'; chunks: unknown[] }
  /** Newline-delimited JSON (Ollama streaming). */
  | { kind: 'ndjson'; lines: unknown[] }
  /** Never answers: the client's timeout must end the call. */
  | { kind: 'hang' };

export interface FakeModelServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers with what `reply`
 * returns for it. Speaks only the transport; each test decides the API's content.
 */
export async function startFakeModelServer(reply: (request: RecordedRequest, index: number) => FakeReply): Promise<FakeModelServer> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let body: unknown = null;
      try {
        body = raw.length > 0 && String(req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw.toString('utf8')) : null;
      } catch {
        body = null;
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, raw, body };
      requests.push(recorded);
      const answer = reply(recorded, requests.length - 1);
      switch (answer.kind) {
        case 'json':
          res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
          res.end(JSON.stringify(answer.body));
          return;
        case 'text':
          res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
          res.end(answer.body);
          return;
        case 'sse':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          for (const chunk of answer.chunks) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
          res.end('data: [DONE]\n\n');
          return;
        case 'ndjson':
          res.writeHead(200, { 'content-type': 'application/x-ndjson' });
          for (const line of answer.lines) res.write(`${JSON.stringify(line)}\n`);
          res.end();
          return;
        case 'hang':
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** OpenAI chat-completion stream chunks carrying `text` in pieces, then the usage chunk. */
export function openAiStream(text: string, usage = { prompt_tokens: 100, completion_tokens: 50 }, pieces = 3): unknown[] {
  const size = Math.max(1, Math.ceil(text.length / pieces));
  const chunks: unknown[] = [];
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'fake' };
  chunks.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  for (let i = 0; i < text.length; i += size) chunks.push({ ...base, choices: [{ index: 0, delta: { content: text.slice(i, i + size) }, finish_reason: null }] });
  chunks.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  chunks.push({ ...base, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  return chunks;
}

/** Ollama /api/chat NDJSON lines carrying `text` in pieces; the last has done and token counts. */
export function ollamaStream(text: string, counts = { prompt_eval_count: 80, eval_count: 40 }, pieces = 3): unknown[] {
  const size = Math.max(1, Math.ceil(text.length / pieces));
  const lines: unknown[] = [];
  for (let i = 0; i < text.length; i += size) lines.push({ model: 'fake', created_at: '2025-01-01T00:00:00Z', message: { role: 'assistant', content: text.slice(i, i + size) }, done: false });
  lines.push({ model: 'fake', created_at: '2025-01-01T00:00:00Z', message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', ...counts });
  return lines;
}
