import { STAGES, type Stage } from '@statex/core';
import type { Runtime } from '@statex/pipeline';
import type { RefusedChange } from '@statex/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { Errors } from '../../errors.ts';
import { requireAdmin } from '../../plugins/require-admin.ts';
import { ErrorBody, IdParams } from '../../schemas.ts';

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));
const AdminRequest = Type.Object({
  id: Type.String(),
  stage: Type.String(),
  version: Type.Integer(),
  email: Type.Union([Type.String(), Type.Null()]),
  accountId: Type.Union([Type.String(), Type.Null()]),
  privacy: Type.String(),
  awaitingConfirmation: Type.Boolean(),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
});
const Done = Type.Object({ id: Type.String(), stage: Type.String() });

/**
 * The operator's API. Every route sits behind `requireAdmin` (admin session or OPS_ADMIN_TOKEN);
 * every change is written to the audit log.
 */
export async function adminRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const { adminRequests } = app;
  app.addHook('preHandler', requireAdmin(runtime));
  const audit = (request: FastifyRequest, action: string, targetId: string, details?: Record<string, unknown>) =>
    adminRequests.audit({ actorKind: request.adminActor?.kind ?? 'admin', actorId: request.adminActor?.id ?? null, action, targetType: 'request', targetId, ...(details ? { details } : {}) });
  const security: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];

  app.get(
    '/api/admin/requests',
    {
      schema: {
        tags: ['admin'],
        security,
        summary: 'Requests, newest first, filtered by stage, email, account, creation time',
        querystring: Type.Object({
          stage: Type.Optional(Type.Enum([...STAGES])),
          email: Type.Optional(Type.String({ maxLength: 320 })),
          accountId: Type.Optional(Type.String({ maxLength: 64 })),
          since: Type.Optional(Type.String({ format: 'date-time' })),
          before: Type.Optional(Type.String({ format: 'date-time' })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
        }),
        response: { 200: Type.Array(AdminRequest), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query as { stage?: Stage; email?: string; accountId?: string; since?: string; before?: string; limit: number };
      const rows = await adminRequests.list({
        ...(q.stage ? { stage: q.stage } : {}),
        ...(q.email ? { email: q.email } : {}),
        ...(q.accountId ? { accountId: q.accountId } : {}),
        ...(q.since ? { since: new Date(q.since) } : {}),
        ...(q.before ? { before: new Date(q.before) } : {}),
        limit: q.limit,
      });
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt?.toISOString() ?? null }));
    },
  );

  app.post(
    '/api/admin/requests/:id/rerun',
    { schema: { tags: ['admin'], security, summary: 'Run a failed or stuck request again from the start of its version', params: IdParams, response: { 202: Done, ...errors(401, 403, 404, 409) } } },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const done = await adminRequests.rerun(id);
      if ('refused' in done) throw refusal(id, done);
      await audit(request, 'request.rerun', id);
      return reply.code(202).send({ id, stage: 'received' });
    },
  );

  app.post(
    '/api/admin/requests/:id/cancel',
    { schema: { tags: ['admin'], security, summary: 'Stop an unfinished request: it fails with "cancelled", quota refunded', params: IdParams, response: { 200: Done, ...errors(401, 403, 404, 409) } } },
    async (request) => {
      const { id } = request.params as { id: string };
      const done = await adminRequests.cancel(id);
      if ('refused' in done) throw refusal(id, done);
      await audit(request, 'request.cancelled', id);
      return { id, stage: 'failed' };
    },
  );

  app.delete(
    '/api/admin/requests/:id',
    { schema: { tags: ['admin'], security, summary: 'Delete a request with its documents, files and site', params: IdParams, response: { 204: Type.Null(), ...errors(401, 403, 404) } } },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      // Rows, data keys, files, outbox mail; then the database is compacted (nothing readable stays).
      if (!(await adminRequests.erase(id))) throw new Errors.REQUEST_NOT_FOUND(id);
      await audit(request, 'request.deleted', id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/admin/queue',
    {
      schema: {
        tags: ['admin'],
        security,
        summary: 'Queue state: jobs in the transport and requests per stage in the database',
        response: { 200: Type.Object({ transport: Type.String(), jobs: Type.Record(Type.String(), Type.Integer()), stages: Type.Record(Type.String(), Type.Integer()), awaitingConfirmation: Type.Integer() }), ...errors(401, 403) },
      },
    },
    async () => {
      return adminRequests.queueState();
    },
  );

  app.get(
    '/api/admin/costs',
    {
      schema: {
        tags: ['admin'],
        security,
        summary: 'Generation work per generator tier over a period (documents produced); money figures come with the AI tiers usage ledger',
        querystring: Type.Object({ since: Type.Optional(Type.String({ format: 'date-time' })) }),
        response: { 200: Type.Object({ since: Type.String(), byGenerator: Type.Array(Type.Object({ producedBy: Type.String(), documents: Type.Integer(), requests: Type.Integer() })) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const { since } = request.query as { since?: string };
      const from = since ? new Date(since) : new Date(Date.now() - 30 * 24 * 3600 * 1000);
      return { since: from.toISOString(), byGenerator: await adminRequests.generationWork(from) };
    },
  );

  app.get(
    '/api/admin/audit-log',
    {
      schema: {
        tags: ['admin'],
        security,
        summary: 'Admin and data-protection actions, newest first',
        querystring: Type.Object({ action: Type.Optional(Type.String({ maxLength: 100 })), before: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }),
        response: {
          200: Type.Array(Type.Object({ id: Type.Integer(), actorKind: Type.String(), actorId: Type.Union([Type.String(), Type.Null()]), action: Type.String(), targetType: Type.String(), targetId: Type.Union([Type.String(), Type.Null()]), details: Type.Unknown(), at: Type.String() })),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const q = request.query as { action?: string; before?: number; limit: number };
      const rows = await adminRequests.auditLog(q);
      return rows.map((r) => ({ id: r.id, actorKind: r.actorKind, actorId: r.actorId, action: r.action, targetType: r.targetType, targetId: r.targetId, details: r.details, at: r.createdAt.toISOString() }));
    },
  );
}

/** The answer to a refused change: 404 for an unknown request, 409 naming the stage that does not allow it. */
function refusal(id: string, refused: RefusedChange) {
  return refused.refused === 'not-found' ? new Errors.REQUEST_NOT_FOUND(id) : new Errors.NOT_PUBLISHED(refused.stage);
}
