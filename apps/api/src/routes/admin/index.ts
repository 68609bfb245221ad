import { STAGES } from '@statex/core';
import { auditLog, documents, requests } from '@statex/db';
import { emailLookupKey, eraseRequest, recordAudit, refundQuota, type Runtime } from '@statex/pipeline';
import { and, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { Errors } from '../../errors.ts';
import { requireAdmin } from '../../plugins/require-admin.ts';
import { ErrorBody, IdParams } from '../../schemas.ts';

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));
const ACTIVE = ['received', 'extracting', 'generating', 'rendering', 'publishing'];
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
  const db = runtime.database.db;
  const ctx = runtime.pipeline;
  app.addHook('preHandler', requireAdmin(runtime));
  const audit = (request: FastifyRequest, action: string, targetId: string, details?: Record<string, unknown>) =>
    recordAudit(db, { actorKind: request.adminActor?.kind ?? 'admin', actorId: request.adminActor?.id ?? null, action, targetType: 'request', targetId, ...(details ? { details } : {}) });
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
      const q = request.query as { stage?: string; email?: string; accountId?: string; since?: string; before?: string; limit: number };
      const rows = await db
        .select()
        .from(requests)
        .where(
          and(
            q.stage ? eq(requests.stage, q.stage) : undefined,
            q.email ? eq(requests.emailKey, emailLookupKey(ctx, q.email)) : undefined,
            q.accountId ? eq(requests.accountId, q.accountId) : undefined,
            q.since ? gte(requests.createdAt, new Date(q.since)) : undefined,
            q.before ? lt(requests.createdAt, new Date(q.before)) : undefined,
          ),
        )
        .orderBy(desc(requests.createdAt))
        .limit(q.limit);
      const opened = await Promise.all(rows.map((r) => ctx.repo.openRequest(r)));
      return opened.map((r) => ({
        id: r.id,
        stage: r.stage,
        version: r.version,
        email: r.email,
        accountId: r.accountId,
        privacy: r.privacy,
        awaitingConfirmation: r.awaitingConfirmation,
        failureReason: r.failureReason,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/api/admin/requests/:id/rerun',
    { schema: { tags: ['admin'], security, summary: 'Run a failed or stuck request again from the start of its version', params: IdParams, response: { 202: Done, ...errors(401, 403, 404, 409) } } },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const [row] = await db
        .update(requests)
        .set({ stage: 'received', attempts: 0, failureReason: null, leaseOwner: null, leaseUntil: null, expiresAt: null, dispatchCount: sql`${requests.dispatchCount} + 1`, updatedAt: sql`now()` })
        .where(and(eq(requests.id, id), inArray(requests.stage, [...ACTIVE, 'failed']), eq(requests.awaitingConfirmation, false), sql`${requests.expiredAt} is null`))
        .returning({ dispatchCount: requests.dispatchCount, version: requests.version });
      if (!row) throw await notFoundOrConflict(id);
      await ctx.repo.addEvent(db, { requestId: id, type: 'stage', stage: 'received', version: row.version, message: 'Started again by an operator' });
      await audit(request, 'request.rerun', id);
      await ctx.dispatch(id, row.dispatchCount);
      await ctx.events.signal(id);
      return reply.code(202).send({ id, stage: 'received' });
    },
  );

  app.post(
    '/api/admin/requests/:id/cancel',
    { schema: { tags: ['admin'], security, summary: 'Stop an unfinished request: it fails with "cancelled", quota refunded', params: IdParams, response: { 200: Done, ...errors(401, 403, 404, 409) } } },
    async (request) => {
      const { id } = request.params as { id: string };
      const now = new Date();
      const done = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(requests)
          .set({ stage: 'failed', failureReason: 'cancelled by an operator', leaseOwner: null, leaseUntil: null, awaitingConfirmation: false, expiresAt: new Date(now.getTime() + runtime.config.prototype.ttlMs), updatedAt: now })
          .where(and(eq(requests.id, id), inArray(requests.stage, ACTIVE)))
          .returning({ version: requests.version });
        if (!row) return false;
        await refundQuota(tx, id, now);
        await ctx.repo.addEvent(tx, { requestId: id, type: 'stage', stage: 'failed', version: row.version, message: 'Failed: cancelled by an operator' });
        return true;
      });
      if (!done) throw await notFoundOrConflict(id);
      await audit(request, 'request.cancelled', id);
      await ctx.events.signal(id);
      return { id, stage: 'failed' };
    },
  );

  app.delete(
    '/api/admin/requests/:id',
    { schema: { tags: ['admin'], security, summary: 'Delete a request with its documents, files and site', params: IdParams, response: { 204: Type.Null(), ...errors(401, 403, 404) } } },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      // Rows, data keys, files, outbox mail; then the database is compacted (nothing readable stays).
      if (!(await eraseRequest(ctx, id))) throw new Errors.REQUEST_NOT_FOUND(id);
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
      const [jobs, stages, [awaiting]] = await Promise.all([
        ctx.queue.stats(),
        db.select({ stage: requests.stage, n: count() }).from(requests).groupBy(requests.stage),
        db.select({ n: count() }).from(requests).where(eq(requests.awaitingConfirmation, true)),
      ]);
      return { transport: ctx.queue.kind, jobs: { ...jobs }, stages: Object.fromEntries(stages.map((s) => [s.stage, s.n])), awaitingConfirmation: awaiting?.n ?? 0 };
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
      const rows = await db
        .select({ producedBy: documents.producedBy, documents: count(), requests: sql<number>`count(distinct ${documents.requestId})::int` })
        .from(documents)
        .where(gte(documents.createdAt, from))
        .groupBy(documents.producedBy);
      return { since: from.toISOString(), byGenerator: rows };
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
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(q.action ? eq(auditLog.action, q.action) : undefined, q.before ? lt(auditLog.id, q.before) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(q.limit);
      return rows.map((r) => ({ id: r.id, actorKind: r.actorKind, actorId: r.actorId, action: r.action, targetType: r.targetType, targetId: r.targetId, details: r.details, at: r.createdAt.toISOString() }));
    },
  );

  async function notFoundOrConflict(id: string) {
    const row = await ctx.repo.get(id);
    if (!row) return new Errors.REQUEST_NOT_FOUND(id);
    return new Errors.NOT_PUBLISHED(row.stage);
  }
}
