/**
 * Container healthcheck: `node deploy/docker/healthcheck.ts api|worker`. Exit 0 healthy, 1 not.
 *   api     GET /health on the configured port answers 200.
 *   worker  (no HTTP server) its PostgreSQL and Redis accept TCP connections.
 */
import { connect } from 'node:net';
import { loadConfig } from '@statex/config';

const TIMEOUT_MS = 2_000;

function reachable(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || defaultPort), timeout: TIMEOUT_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

async function healthy(role: string): Promise<boolean> {
  const config = loadConfig();
  if (role === 'api') {
    const res = await fetch(`http://127.0.0.1:${config.port}/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(() => null);
    return res?.ok === true;
  }
  if (role === 'worker') {
    if (!config.databaseUrl || !config.redisUrl) return false;
    const [db, redis] = await Promise.all([reachable(config.databaseUrl, 5432), reachable(config.redisUrl, 6379)]);
    return db && redis;
  }
  throw new Error(`usage: healthcheck.ts api|worker (got ${role})`);
}

healthy(process.argv[2] ?? '').then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
