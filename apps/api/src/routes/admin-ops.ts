import { timingSafeEqual, createHash } from 'node:crypto';
import { opsEventsFile, readOpsEvents, type Runtime } from '@statex/pipeline';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { Errors } from '../errors.ts';
import { ErrorBody } from '../schemas.ts';

const OpsEvent = Type.Object({
  at: Type.String(),
  type: Type.String(),
  reason: Type.String(),
  role: Type.Optional(Type.String()),
  slot: Type.Optional(Type.String()),
  pid: Type.Optional(Type.Integer()),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

/** Equal-time comparison of two secrets (hashed first so their lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The operations layer's decisions (restarts, crash loops, reloads, scaling, alerts), newest
 * last, as statex-ops writes them to STATEX_DATA_DIR/ops/events.jsonl.
 * Guarded by the OPS_ADMIN_TOKEN bearer token until admin accounts exist; without the setting
 * the route does not exist (404).
 */
export async function adminOpsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const token = runtime.config.ops.adminToken;
  const guard = async (request: FastifyRequest) => {
    if (!token) throw new Errors.ROUTE_NOT_FOUND(request.method, request.url.split('?')[0]);
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new Errors.TOKEN_REQUIRED();
    if (!sameSecret(header.slice('Bearer '.length), token)) throw new Errors.ADMIN_ONLY();
  };
  app.get(
    '/api/admin/ops/events',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: 'Decisions of the operations layer, each with its reason (Authorization: Bearer OPS_ADMIN_TOKEN)',
        security: [{ bearer: [] }],
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }), type: Type.Optional(Type.String({ maxLength: 40 })) }),
        response: {
          200: Type.Object({ events: Type.Array(OpsEvent) }),
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const { limit, type } = request.query as { limit: number; type?: string };
      const events = await readOpsEvents(opsEventsFile(runtime.config.dataDir), type ? 1000 : limit);
      return { events: (type ? events.filter((e) => e.type === type) : events).slice(-limit) };
    },
  );
}
