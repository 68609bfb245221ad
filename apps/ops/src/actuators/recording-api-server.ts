import http from 'node:http';

/** Test support: a real HTTP server that answers from a route table and records every request. */
export interface RecordedRequest {
  method: string;
  /** Path with the query string, as received. */
  url: string;
  contentType: string | undefined;
  body: unknown;
}

export type Route = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

export interface RecordingServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecordingServer(route: Route): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text === '' ? undefined : text;
      try {
        if (text) body = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body };
      requests.push(recorded);
      const answer = route(recorded) ?? { status: 404, body: { message: `no route for ${recorded.method} ${recorded.url}` } };
      const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, payload ? { 'content-type': 'application/json' } : {}).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
