import { opsEventsFile, readOpsEvents, type Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { requireAdmin } from '../plugins/require-admin.ts';
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

/**
 * The operations layer's decisions (restarts, crash loops, reloads, scaling, alerts), newest
 * last, as statex-ops writes them to STATEX_DATA_DIR/ops/events.jsonl.
 * Admins only: an admin's session, or OPS_ADMIN_TOKEN as the machine credential (requireAdmin).
 */
export async function adminOpsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const guard = requireAdmin(runtime);
  app.get(
    '/api/admin/ops/events',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: 'Decisions of the operations layer, each with its reason (admin session or Authorization: Bearer OPS_ADMIN_TOKEN)',
        security: [{ bearer: [] }],
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }), type: Type.Optional(Type.String({ maxLength: 40 })) }),
        response: {
          200: Type.Object({ events: Type.Array(OpsEvent) }),
          401: ErrorBody,
          403: ErrorBody,
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
