import { existsSync } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import { OpsError } from '../ops-errors.ts';
import type { Supervisor } from './supervisor.ts';

/** The control socket of the supervisor running on STATEX_DATA_DIR. */
export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, 'ops', 'supervisor.sock');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * HTTP over a Unix socket in the data directory (file mode 0600 by umask of the directory: only
 * this user reaches it): `GET /status`, `GET /events?limit=`, `POST /reload`, `POST /scale
 * {api?, workers?}`, `POST /stop`. The CLI's `status`, `reload`, `scale` and `down` talk to it.
 */
export async function startControlChannel(supervisor: Supervisor, socketPath: string, onStop: () => void): Promise<Server> {
  await mkdir(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  if (existsSync(socketPath)) {
    // A socket left by a supervisor that died; a live one answers and we must not start twice.
    const alive = await callControl(socketPath, 'GET', '/status').then(() => true, () => false);
    if (alive) throw new OpsError('OPS_BAD_OPTION', `A supervisor is already running on ${socketPath}; use status, reload, scale or down.`);
    await unlink(socketPath);
  }
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const url = new URL(req.url ?? '/', 'http://supervisor');
    const route = `${req.method} ${url.pathname}`;
    const fail = (error: Error) => send(error instanceof OpsError ? error.status : 409, { error: { code: error instanceof OpsError ? error.code : 'OPS_SUPERVISOR_REFUSED', message: error.message } });
    if (route === 'GET /status') return send(200, supervisor.status());
    if (route === 'GET /events') return send(200, { events: supervisor.events.recent(Math.min(1000, Number(url.searchParams.get('limit') ?? 100) || 100)) });
    if (route === 'POST /reload') {
      supervisor.reload('reload requested over the control channel').then(() => send(200, supervisor.status()), fail);
      return;
    }
    if (route === 'POST /scale') {
      readJson(req)
        .then((body) => {
          const counts: { api?: number; workers?: number } = {};
          for (const key of ['api', 'workers'] as const) {
            const value = body[key];
            if (value === undefined) continue;
            if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 64) throw new OpsError('OPS_BAD_OPTION', `${key} must be a whole number 0–64, got ${JSON.stringify(value)}.`);
            counts[key] = value as number;
          }
          if (counts.api === 0) throw new OpsError('OPS_BAD_OPTION', 'api must be at least 1: nothing would answer on the port.');
          return supervisor.scale(counts, `scale requested over the control channel: ${JSON.stringify(counts)}`);
        })
        .then(() => send(200, supervisor.status()), fail);
      return;
    }
    if (route === 'POST /stop') {
      send(202, { stopping: true });
      onStop();
      return;
    }
    send(404, { error: { code: 'OPS_BAD_OPTION', message: `no ${route} on the control channel` } });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return server;
}

/** One call to a running supervisor. */
export function callControl(socketPath: string, method: 'GET' | 'POST', pathname: string, body?: unknown, timeoutMs = 120_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path: pathname, headers: { 'content-type': 'application/json' }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { error?: { code: string; message: string } };
        if ((res.statusCode ?? 500) >= 400) {
          const code = parsed.error?.code === 'OPS_BAD_OPTION' ? 'OPS_BAD_OPTION' : 'OPS_SUPERVISOR_REFUSED';
          reject(new OpsError(code, parsed.error?.message ?? `HTTP ${res.statusCode}`));
        } else resolve(parsed);
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') reject(new OpsError('OPS_SUPERVISOR_NOT_RUNNING', `No supervisor answers on ${socketPath}: start one with \`statex-ops up\` (same STATEX_DATA_DIR).`));
      else reject(new OpsError('OPS_SUPERVISOR_REFUSED', error.message));
    });
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
