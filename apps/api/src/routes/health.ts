import { existsSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';

const Check = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
  latencyMs: Type.Number(),
  error: Type.Optional(Type.String()),
});
const Ready = Type.Object({ status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]), checks: Type.Object({ database: Check, queue: Check }) });
const Dependency = Type.Object({
  name: Type.String(),
  status: Type.Union([Type.Literal('ok'), Type.Literal('down'), Type.Literal('degraded')]),
  latencyMs: Type.Union([Type.Number(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
const Detailed = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('down')]),
  mode: Type.String(),
  uptimeSeconds: Type.Number(),
  dependencies: Type.Array(Dependency),
});
const Breaker = Type.Object({
  name: Type.String(),
  state: Type.String(),
  consecutiveFailures: Type.Integer(),
  failures: Type.Integer(),
  successes: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastFailureAt: Type.Union([Type.String(), Type.Null()]),
  halfOpensAt: Type.Union([Type.String(), Type.Null()]),
});

async function timed(probe: () => Promise<unknown>, timeoutMs = 2_000): Promise<{ status: 'ok' | 'down'; latencyMs: number; error?: string }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', latencyMs: Math.round((performance.now() - start) * 10) / 10 };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const lastErrors = new Map<string, string>();
  const remember = (name: string, check: { status: string; error?: string }) => {
    if (check.error) lastErrors.set(name, check.error);
    return lastErrors.get(name) ?? null;
  };
  const probeDatabase = () =>
    timed(async () => {
      if (!runtime.database.isReady()) throw new Error('not reached yet: connecting and migrating (retrying with backoff)');
      await runtime.database.ping();
    });

  // Liveness and readiness answer every caller: a monitor behind a shared NAT must never see a rate
  // limit as an outage. They read nothing a flood could exhaust (a ping at most).
  const unlimited = { rateLimit: false } as const;
  app.get('/health', { config: unlimited, schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Type.Object({ status: Type.Literal('ok'), mode: Type.String() }) } } }, async () => ({
    status: 'ok' as const,
    mode: runtime.config.mode,
  }));

  app.get('/health/ready', { config: unlimited, schema: { tags: ['health'], summary: 'Readiness: database and queue reachable', response: { 200: Ready, 503: Ready } } }, async (_request, reply) => {
    const [database, queue] = await Promise.all([probeDatabase(), timed(() => runtime.transport.queue.ping())]);
    // Fault drills (FAULT_UNREADY_AFTER): a release that starts healthy and goes bad, for rollback drills.
    const drill = runtime.config.ops.faultUnreadyAfterMs;
    if (drill !== undefined && process.uptime() * 1000 > drill) Object.assign(database, { status: 'down', error: 'fault drill: FAULT_UNREADY_AFTER elapsed' });
    const drillFile = runtime.config.ops.faultUnreadyFile;
    if (drillFile && existsSync(drillFile)) Object.assign(database, { status: 'down', error: 'fault drill: FAULT_UNREADY_FILE exists' });
    const ready = database.status === 'ok' && queue.status === 'ok';
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', checks: { database, queue } });
  });

  app.get(
    '/health/detailed',
    { schema: { tags: ['health'], summary: 'Every dependency: status, latency, last error', response: { 200: Detailed, 503: Detailed } } },
    async (_request, reply) => {
      const [database, queue, disk] = await Promise.all([
        probeDatabase(),
        timed(() => runtime.transport.queue.ping()),
        timed(() => statfs(runtime.config.dataDir)),
      ]);
      const fs = await statfs(runtime.config.dataDir).catch(() => null);
      const freeRatio = fs ? fs.bavail / fs.blocks : null;
      const breakers = runtime.breakers.snapshot();
      const dependencies = [
        { name: 'database', status: database.status, latencyMs: database.latencyMs, lastError: remember('database', database), detail: { driver: runtime.database.driver } },
        { name: 'queue', status: queue.status, latencyMs: queue.latencyMs, lastError: remember('queue', queue), detail: { transport: runtime.transport.queue.kind } },
        {
          name: 'disk',
          status: disk.status === 'down' ? ('down' as const) : freeRatio !== null && freeRatio < 0.1 ? ('degraded' as const) : ('ok' as const),
          latencyMs: disk.latencyMs,
          lastError: remember('disk', disk),
          detail: fs ? { path: runtime.config.dataDir, freeBytes: fs.bavail * fs.bsize, freePercent: Math.round((freeRatio ?? 0) * 1000) / 10 } : {},
        },
        ...breakers.map((b) => ({
          name: b.name,
          status: b.state === 'closed' ? ('ok' as const) : b.state === 'half-open' ? ('degraded' as const) : ('down' as const),
          latencyMs: null,
          lastError: b.lastError,
          detail: { breaker: b.state, failures: b.failures, successes: b.successes },
        })),
      ];
      const essential = dependencies.filter((d) => d.name === 'database' || d.name === 'queue');
      const status = essential.some((d) => d.status === 'down') ? 'down' : dependencies.some((d) => d.status !== 'ok') ? 'degraded' : 'ok';
      return reply.code(status === 'down' ? 503 : 200).send({ status, mode: runtime.config.mode, uptimeSeconds: Math.round(process.uptime()), dependencies });
    },
  );

  app.get(
    '/health/circuit-breakers',
    { schema: { tags: ['health'], summary: 'Every circuit breaker: state, failure counts, when it half-opens', response: { 200: Type.Object({ breakers: Type.Array(Breaker) }) } } },
    async () => ({ breakers: runtime.breakers.snapshot() }),
  );

  app.get('/metrics', { schema: { tags: ['health'], summary: 'Prometheus metrics', produces: ['text/plain'], response: { 200: Type.String() } } }, async (_request, reply) => {
    const registry = runtime.pipeline.metrics.registry;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
