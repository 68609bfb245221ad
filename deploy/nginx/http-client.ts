/**
 * Plain HTTP(S) requests with a chosen Host header and SNI name — what a browser sends to
 * `https://r-<id>.<domain>/` — against nginx on loopback with a self-signed certificate.
 */
import http from 'node:http';
import https from 'node:https';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface TimedChunk {
  at: number;
  text: string;
}

function open(url: string, options: { host?: string; method?: string; headers?: Record<string, string>; body?: Buffer }, onResponse: (res: http.IncomingMessage) => void, onError: (error: Error) => void): http.ClientRequest {
  const target = new URL(url);
  const hostName = options.host?.replace(/:\d+$/, '');
  const common = { method: options.method ?? 'GET', headers: { ...(options.host ? { host: options.host } : {}), ...options.headers }, agent: false as const };
  const req =
    target.protocol === 'https:'
      ? https.request(target, { ...common, rejectUnauthorized: false, ...(hostName ? { servername: hostName } : {}) }, onResponse)
      : http.request(target, common, onResponse);
  req.on('error', onError);
  req.end(options.body);
  return req;
}

export function request(url: string, options: { host?: string; method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    open(
      url,
      options,
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
      reject,
    );
  });
}

/**
 * Reads a streamed response (SSE), noting when each chunk arrived, until `until(text so far)` holds
 * (then closes it) or the server ends it.
 */
export function stream(
  url: string,
  options: { host?: string; headers?: Record<string, string>; until?: (text: string) => boolean } = {},
  timeoutMs = 30_000,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; chunks: TimedChunk[]; endedAt: number }> {
  return new Promise((resolve, reject) => {
    const req = open(
      url,
      options,
      (res) => {
        const chunks: TimedChunk[] = [];
        res.setEncoding('utf8');
        let all = '';
        const finish = () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks, endedAt: Date.now() });
        };
        res.on('data', (text: string) => {
          chunks.push({ at: Date.now(), text });
          all += text;
          if (options.until?.(all)) {
            finish();
            req.destroy();
          }
        });
        res.on('end', finish);
        res.on('error', reject);
      },
      reject,
    );
    const timer = setTimeout(() => req.destroy(new Error(`stream ${url} did not end within ${timeoutMs} ms`)), timeoutMs);
  });
}
