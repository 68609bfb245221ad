import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Runtime } from './runtime.ts';

/** Rejects after `ms` so a stuck dependency makes the probe answer "not ready" rather than hang. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

export interface ProbeServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A tiny loopback HTTP server with this one process's `/health` (liveness: the event loop
 * answers), `/health/ready` (database migrated and reachable, queue reachable) and `/metrics`.
 * The supervisor probes it: API processes share PORT, so their own probes need a port each;
 * the worker has no HTTP server otherwise.
 */
export async function startProbeServer(runtime: Runtime, port: number, host = '127.0.0.1'): Promise<ProbeServer> {
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/health') return send(200, { status: 'ok', pid: process.pid });
    if (url === '/health/ready') {
      const checks = async () => {
        if (!runtime.database.isReady()) throw new Error('database: connecting and migrating');
        await within(runtime.database.ping(), 2_000).catch((e: Error) => Promise.reject(new Error(`database: ${e.message}`)));
        await within(runtime.transport.queue.ping(), 2_000).catch((e: Error) => Promise.reject(new Error(`queue: ${e.message}`)));
      };
      checks().then(
        () => send(200, { status: 'ready', pid: process.pid }),
        (error: Error) => send(503, { status: 'not-ready', pid: process.pid, error: error.message }),
      );
      return;
    }
    if (url === '/metrics') {
      const registry = runtime.pipeline.metrics.registry;
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: Error) => send(500, { error: error.message }),
      );
      return;
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
