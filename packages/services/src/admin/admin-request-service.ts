import { ACTIVE_STAGES, canTransition, type Stage } from '@statex/core';
import { auditLog, documents, requests } from '@statex/db';
import { emailLookupKey, eraseRequest, recordAudit, refundQuota, type AuditEntry, type PipelineContext } from '@statex/pipeline';
import { and, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';

export interface RequestFilter {
  stage?: Stage;
  /** Matched through the keyed lookup of its canonical mailbox (emails are stored sealed). */
  email?: string;
  accountId?: string;
  since?: Date;
  before?: Date;
  limit: number;
}

/** A request as the operator sees it (personal fields opened). */
export interface AdminRequestView {
  id: string;
  stage: string;
  version: number;
  email: string | null;
  accountId: string | null;
  privacy: string;
  awaitingConfirmation: boolean;
  failureReason: string | null;
  createdAt: Date;
  expiresAt: Date | null;
}

/** Why an operator's change was not made: no such request, or its stage does not allow it. */
export type RefusedChange = { refused: 'not-found' } | { refused: 'stage'; stage: string };

export interface AuditLogFilter {
  action?: string;
  /** Entries with a smaller id (paging backwards). */
  before?: number;
  limit: number;
}

// A request may be cancelled in every stage from which the lifecycle lets it fail.
const CANCELLABLE = ACTIVE_STAGES.filter((stage) => canTransition(stage, 'failed'));
// A rerun starts the version again from `received`: from an unfinished stage, or after a failure.
const RERUNNABLE: Stage[] = [...ACTIVE_STAGES, 'failed'];

/**
 * The operator's view of requests: listing, rerun, cancel, erase, the queue and generation work,
 * the audit log. Reads `requests`, `documents` and `audit_log` for the admin API; stage changes go
 * through the request's event history and the transport like the pipeline's own.
 */
export class AdminRequestService {
  readonly #ctx: PipelineContext;

  constructor(ctx: PipelineContext) {
    this.#ctx = ctx;
  }

  async list(filter: RequestFilter): Promise<AdminRequestView[]> {
    const rows = await this.#ctx.db
      .select()
      .from(requests)
      .where(
        and(
          filter.stage ? eq(requests.stage, filter.stage) : undefined,
          filter.email ? eq(requests.emailKey, emailLookupKey(this.#ctx, filter.email)) : undefined,
          filter.accountId ? eq(requests.accountId, filter.accountId) : undefined,
          filter.since ? gte(requests.createdAt, filter.since) : undefined,
          filter.before ? lt(requests.createdAt, filter.before) : undefined,
        ),
      )
      .orderBy(desc(requests.createdAt))
      .limit(filter.limit);
    const opened = await Promise.all(rows.map((r) => this.#ctx.repo.openRequest(r)));
    return opened.map((r) => ({
      id: r.id,
      stage: r.stage,
      version: r.version,
      email: r.email,
      accountId: r.accountId,
      privacy: r.privacy,
      awaitingConfirmation: r.awaitingConfirmation,
      failureReason: r.failureReason,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
    }));
  }

  /** Runs a failed or stuck request again from the start of its version, and dispatches it. */
  async rerun(id: string): Promise<{ stage: 'received' } | RefusedChange> {
    const { db, repo } = this.#ctx;
    const [row] = await db
      .update(requests)
      .set({ stage: 'received', attempts: 0, failureReason: null, leaseOwner: null, leaseUntil: null, expiresAt: null, dispatchCount: sql`${requests.dispatchCount} + 1`, updatedAt: sql`now()` })
      .where(and(eq(requests.id, id), inArray(requests.stage, RERUNNABLE), eq(requests.awaitingConfirmation, false), isNull(requests.expiredAt)))
      .returning({ dispatchCount: requests.dispatchCount, version: requests.version });
    if (!row) return this.#refusal(id);
    await repo.addEvent(db, { requestId: id, type: 'stage', stage: 'received', version: row.version, message: 'Started again by an operator' });
    await this.#ctx.dispatch(id, row.dispatchCount);
    await this.#ctx.events.signal(id);
    return { stage: 'received' };
  }

  /** Stops an unfinished request: it fails with "cancelled", its quota is refunded, it expires after PROTOTYPE_TTL. */
  async cancel(id: string): Promise<{ stage: 'failed' } | RefusedChange> {
    const { db, repo, config } = this.#ctx;
    const now = new Date();
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(requests)
        .set({ stage: 'failed', failureReason: 'cancelled by an operator', leaseOwner: null, leaseUntil: null, awaitingConfirmation: false, expiresAt: new Date(now.getTime() + config.prototype.ttlMs), updatedAt: now })
        .where(and(eq(requests.id, id), inArray(requests.stage, CANCELLABLE)))
        .returning({ version: requests.version });
      if (!row) return false;
      await refundQuota(tx, id, now);
      await repo.addEvent(tx, { requestId: id, type: 'stage', stage: 'failed', version: row.version, message: 'Failed: cancelled by an operator' });
      return true;
    });
    if (!done) return this.#refusal(id);
    await this.#ctx.events.signal(id);
    return { stage: 'failed' };
  }

  /** Deletes a request with its rows, data keys, files, site and outbox mail; false when there was none. */
  erase(id: string): Promise<boolean> {
    return eraseRequest(this.#ctx, id);
  }

  /** Jobs in the transport, and requests per stage in the database. */
  async queueState(): Promise<{ transport: string; jobs: Record<string, number>; stages: Record<string, number>; awaitingConfirmation: number }> {
    const { db, queue } = this.#ctx;
    const [jobs, stages, [awaiting]] = await Promise.all([
      queue.stats(),
      db.select({ stage: requests.stage, n: count() }).from(requests).groupBy(requests.stage),
      db.select({ n: count() }).from(requests).where(eq(requests.awaitingConfirmation, true)),
    ]);
    return { transport: queue.kind, jobs: { ...jobs }, stages: Object.fromEntries(stages.map((s) => [s.stage, s.n])), awaitingConfirmation: awaiting?.n ?? 0 };
  }

  /** Documents produced per generator tier since `since`, and how many requests they were for. */
  generationWork(since: Date): Promise<{ producedBy: string; documents: number; requests: number }[]> {
    return this.#ctx.db
      .select({ producedBy: documents.producedBy, documents: count(), requests: sql<number>`count(distinct ${documents.requestId})::int` })
      .from(documents)
      .where(gte(documents.createdAt, since))
      .groupBy(documents.producedBy);
  }

  /** Audit entries, newest first. */
  auditLog(filter: AuditLogFilter): Promise<(typeof auditLog.$inferSelect)[]> {
    return this.#ctx.db
      .select()
      .from(auditLog)
      .where(and(filter.action ? eq(auditLog.action, filter.action) : undefined, filter.before ? lt(auditLog.id, filter.before) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(filter.limit);
  }

  audit(entry: AuditEntry): Promise<void> {
    return recordAudit(this.#ctx.db, entry);
  }

  async #refusal(id: string): Promise<RefusedChange> {
    const row = await this.#ctx.repo.get(id);
    return row ? { refused: 'stage', stage: row.stage } : { refused: 'not-found' };
  }
}
