import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Runtime } from '@statex/pipeline';

const Check = Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('down')]), latencyMs: Type.Number(), error: Type.Optional(Type.String()) });
const Ready = Type.Object({ status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]), checks: Type.Object({ database: Check, queue: Check }) });

async function timed(probe: () => Promise<void>, timeoutMs = 2_000): Promise<{ status: 'ok' | 'down'; latencyMs: number; error?: string }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  app.get('/health', { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Type.Object({ status: Type.Literal('ok'), mode: Type.String() }) } } }, async () => ({
    status: 'ok' as const,
    mode: runtime.config.mode,
  }));

  app.get('/health/ready', { schema: { tags: ['health'], summary: 'Readiness: database and queue reachable', response: { 200: Ready, 503: Ready } } }, async (_request, reply) => {
    const [database, queue] = await Promise.all([timed(() => runtime.database.ping()), timed(() => runtime.transport.queue.ping())]);
    const ready = database.status === 'ok' && queue.status === 'ok';
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', checks: { database, queue } });
  });
}
