import { existsSync } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import { OpsError } from '../ops-errors.ts';
import type { ReleaseManager } from './release-manager.ts';

/** The socket `statex-ops serve` listens on; `deploy` and `rollback` talk to it. */
export function releaseSocketPath(dataDir: string): string {
  return path.join(dataDir, 'ops', 'releases.sock');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * HTTP over a Unix socket (only this user reaches it). `POST /deploy` and `POST /rollback` answer
 * with a stream of JSON lines: `{"line": "…"}` as the work progresses, then `{"result": …}` or
 * `{"error": {code, message}}`. `GET /status`: the version serving and the routes.
 */
export async function startReleaseControl(manager: ReleaseManager, routes: () => unknown, socketPath: string): Promise<Server> {
  await mkdir(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  if (existsSync(socketPath)) {
    const alive = await callRelease(socketPath, 'GET', '/status', undefined, () => {}).then(() => true, () => false);
    if (alive) throw new OpsError('OPS_BAD_OPTION', `statex-ops serve is already running on ${socketPath}.`);
    await unlink(socketPath);
  }
  const server = createServer((req, res) => {
    const route = `${req.method} ${req.url}`;
    if (route === 'GET /status') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version: manager.currentVersion?.version ?? null, routes: routes() }));
      return;
    }
    if (route !== 'POST /deploy' && route !== 'POST /rollback') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'OPS_BAD_OPTION', message: `no ${route}` } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const log = (line: string) => res.write(`${JSON.stringify({ line })}\n`);
    readJson(req)
      .then((body): Promise<unknown> => {
        if (route === 'POST /deploy') {
          return manager.deploy(String(body.source), {
            log,
            autoRollback: body.autoRollback !== false,
            ...(typeof body.version === 'string' ? { version: body.version } : {}),
            ...(typeof body.canaryPercent === 'number' ? { canaryPercent: body.canaryPercent } : {}),
            ...(body.env && typeof body.env === 'object' ? { extraEnv: body.env as Record<string, string> } : {}),
          });
        }
        return manager.rollback({ log, restoreDatabase: body.restoreDatabase === true, ...(typeof body.to === 'string' ? { to: body.to } : {}) });
      })
      .then(
        (result) => res.end(`${JSON.stringify({ result })}\n`),
        (error: Error) => res.end(`${JSON.stringify({ error: { code: error instanceof OpsError ? error.code : 'OPS_RELEASE_FAILED', message: error.message } })}\n`),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return server;
}

/** One call to `statex-ops serve`; progress lines go to `onLine`; resolves with the result. */
export function callRelease(socketPath: string, method: 'GET' | 'POST', pathname: string, body: unknown, onLine: (line: string) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path: pathname, headers: { 'content-type': 'application/json' } }, (res) => {
      let buffer = '';
      let settled = false;
      const handle = (text: string) => {
        if (!text.trim()) return;
        const message = JSON.parse(text) as { line?: string; result?: unknown; error?: { code: string; message: string } };
        if (message.line !== undefined) onLine(message.line);
        else if (message.error) {
          settled = true;
          const code = message.error.code in { OPS_BAD_OPTION: 1, OPS_MIGRATION_INCOMPATIBLE: 1, OPS_RELEASE_INVALID: 1, OPS_BACKUP_FAILED: 1, OPS_SUPERVISOR_REFUSED: 1 } ? message.error.code : 'OPS_RELEASE_FAILED';
          reject(new OpsError(code as 'OPS_RELEASE_FAILED', message.error.message));
        } else {
          settled = true;
          resolve(message.result ?? message);
        }
      };
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          handle(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
        }
      });
      res.on('end', () => {
        handle(buffer);
        if (!settled) reject(new OpsError('OPS_RELEASE_FAILED', 'statex-ops serve closed the connection without a result.'));
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') reject(new OpsError('OPS_RELEASES_NOT_RUNNING', `Nothing answers on ${socketPath}: start the platform with \`statex-ops serve\` (same STATEX_DATA_DIR).`));
      else reject(new OpsError('OPS_RELEASE_FAILED', error.message));
    });
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
