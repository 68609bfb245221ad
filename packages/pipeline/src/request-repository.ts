import { ACTIVE_STAGES, canTransition, type Stage } from '@statex/core';
import { documents, notifications, requestEvents, requestFiles, requests, type Db, type Tx } from '@statex/db';
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { openQuestionsOfEvent } from './interview/interview-questions.ts';
import type { PersonalDataVault } from './privacy/personal-data-vault.ts';

/** A request waiting in the brief interview is not work until the interview closed (clarify_until passed or set to now). */
const notWaitingForAnswers = () => or(ne(requests.stage, 'clarifying'), isNull(requests.clarifyUntil), lte(requests.clarifyUntil, sql`now()`));

export type RequestRow = typeof requests.$inferSelect;
export type RequestFileRow = typeof requestFiles.$inferSelect;
export type RequestEventRow = typeof requestEvents.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type DocumentKind = 'terms' | 'plan' | 'terms-diff' | 'terms-json' | 'plan-json' | 'spec';

export interface NewEvent {
  requestId: string;
  /** `document-delta`: streamed text of a document being written (message = the text, data.document). */
  type: 'stage' | 'notice' | 'document-delta';
  stage: Stage;
  version: number;
  message: string;
  data?: Record<string, unknown>;
}

/**
 * Data access for requests and what hangs off them. Knows nothing of HTTP or queues. Personal
 * fields are sealed with the request's data keys on the way in and opened on the way out
 * (`PersonalDataVault`): rows read through here carry plain text; the database never does.
 */
export class RequestRepository {
  readonly db: Db;
  readonly vault: PersonalDataVault;

  constructor(db: Db, vault: PersonalDataVault) {
    this.db = db;
    this.vault = vault;
  }

  async get(id: string): Promise<RequestRow | null> {
    const [row] = await this.db.select().from(requests).where(eq(requests.id, id)).limit(1);
    return row ? this.openRequest(row) : null;
  }

  /** A request row as stored → with its personal fields in plain text (null where the key is gone). */
  async openRequest(row: RequestRow, tx: Db | Tx = this.db): Promise<RequestRow> {
    const open = (field: 'email' | 'name' | 'brief' | 'pendingChange') => this.vault.open(tx, row.id, 'request', field, row[field]);
    const [email, name, brief, pendingChange] = await Promise.all([open('email'), open('name'), open('brief'), open('pendingChange')]);
    return { ...row, email, name, brief, pendingChange };
  }

  /** The stored form of a request's personal fields (the ones given), for inserts and updates. */
  async sealRequestFields(
    tx: Db | Tx,
    requestId: string,
    fields: Partial<Record<'email' | 'name' | 'brief' | 'pendingChange', string | null>>,
  ): Promise<Partial<Record<'email' | 'name' | 'brief' | 'pendingChange', string | null>>> {
    const out: Partial<Record<'email' | 'name' | 'brief' | 'pendingChange', string | null>> = {};
    for (const [field, value] of Object.entries(fields) as [keyof typeof fields, string | null | undefined][]) {
      if (value !== undefined) out[field] = await this.vault.seal(tx, requestId, 'request', field, value);
    }
    return out;
  }

  /** Text read from a file (or a voice transcript), sealed with the request's `inputs` key; null once that key was dropped (standard privacy). */
  async sealExtractedText(tx: Db | Tx, requestId: string, text: string | null): Promise<string | null> {
    if (text === null || !(await this.vault.hasKey(tx, requestId, 'inputs'))) return null;
    return this.vault.seal(tx, requestId, 'inputs', 'extractedText', text);
  }

  async files(requestId: string, tx: Db | Tx = this.db): Promise<RequestFileRow[]> {
    const rows = await tx.select().from(requestFiles).where(eq(requestFiles.requestId, requestId)).orderBy(asc(requestFiles.position));
    return Promise.all(rows.map(async (f) => ({ ...f, extractedText: await this.vault.open(tx, requestId, 'inputs', 'extractedText', f.extractedText) })));
  }

  async eventsAfter(requestId: string, afterId: number, limit = 500): Promise<RequestEventRow[]> {
    const rows = await this.db
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, requestId), gt(requestEvents.id, afterId)))
      .orderBy(asc(requestEvents.id))
      .limit(limit);
    return Promise.all(rows.map((e) => this.openEvent(e)));
  }

  /** Streamed document text is the customer's content: sealed like the documents; so are the interview's questions. */
  async openEvent(event: RequestEventRow, tx: Db | Tx = this.db): Promise<RequestEventRow> {
    if (event.type === 'stage' && typeof event.data?.questions === 'string') {
      const questions = await openQuestionsOfEvent(tx, this.vault, event.requestId, event.data.questions);
      return { ...event, data: { ...event.data, questions: questions ?? [] } };
    }
    if (event.type !== 'document-delta') return event;
    return { ...event, message: (await this.vault.open(tx, event.requestId, 'request', 'event', event.message)) ?? '' };
  }

  /** The stage history of a request (no notices or streamed text), oldest first. */
  async stageHistory(requestId: string): Promise<Pick<RequestEventRow, 'stage' | 'version' | 'message' | 'createdAt'>[]> {
    return this.db
      .select({ stage: requestEvents.stage, version: requestEvents.version, message: requestEvents.message, createdAt: requestEvents.createdAt })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.type, 'stage')))
      .orderBy(asc(requestEvents.id))
      .limit(200);
  }

  async addEvent(tx: Db | Tx, event: NewEvent): Promise<void> {
    const message = event.type === 'document-delta' ? ((await this.vault.seal(tx, event.requestId, 'request', 'event', event.message)) as string) : event.message;
    await tx.insert(requestEvents).values({ ...event, message, data: event.data ?? null });
  }

  async document(requestId: string, version: number, kind: DocumentKind, tx: Db | Tx = this.db): Promise<DocumentRow | null> {
    const [row] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.requestId, requestId), eq(documents.version, version), eq(documents.kind, kind)))
      .limit(1);
    return row ? this.openDocument(row, tx) : null;
  }

  /** Documents repeat the brief's words: sealed with the request's key, opened here ('' once it is gone). */
  async openDocument(row: DocumentRow, tx: Db | Tx = this.db): Promise<DocumentRow> {
    return { ...row, content: (await this.vault.open(tx, row.requestId, 'request', `document:${row.version}:${row.kind}`, row.content)) ?? '' };
  }

  /** Which documents a version has, and who wrote them — without their (large) contents. */
  async documentsOf(requestId: string, version: number): Promise<Pick<DocumentRow, 'kind' | 'version' | 'producedBy'>[]> {
    return this.db
      .select({ kind: documents.kind, version: documents.version, producedBy: documents.producedBy })
      .from(documents)
      .where(and(eq(documents.requestId, requestId), eq(documents.version, version)));
  }

  async putDocuments(tx: Db | Tx, requestId: string, version: number, producedBy: string, docs: Partial<Record<DocumentKind, string>>): Promise<void> {
    const rows = await Promise.all(
      Object.entries(docs).map(async ([kind, content]) => ({
        requestId,
        version,
        kind,
        content: (await this.vault.seal(tx, requestId, 'request', `document:${version}:${kind}`, content as string)) as string,
        producedBy,
      })),
    );
    if (rows.length === 0) return;
    await tx
      .insert(documents)
      .values(rows)
      .onConflictDoUpdate({
        target: [documents.requestId, documents.version, documents.kind],
        set: { content: sql`excluded.content`, producedBy: sql`excluded.produced_by`, createdAt: sql`now()` },
      });
  }

  /**
   * Takes the request for `owner` until `until`, unless another live lease holds it or it is finished.
   * Taking over a lease that expired while its holder was executing a stage (`running_stage` still
   * set: the holder died mid-stage) counts one crash strike against this request only; requests
   * that merely waited, or sat between stages, are charged nothing. Returns the row as claimed, or null.
   */
  async claim(id: string, owner: string, leaseMs: number): Promise<RequestRow | null> {
    const [row] = await this.db
      .update(requests)
      .set({
        leaseOwner: owner,
        leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
        crashStrikes: sql`${requests.crashStrikes} + case when ${requests.runningStage} is not null and ${requests.leaseUntil} < now() then 1 else 0 end`,
        runningStage: null,
      })
      .where(
        and(
          eq(requests.id, id),
          inArray(requests.stage, [...ACTIVE_STAGES]),
          isNull(requests.expiredAt),
          eq(requests.awaitingConfirmation, false),
          or(isNull(requests.leaseUntil), lt(requests.leaseUntil, sql`now()`), eq(requests.leaseOwner, owner)),
        ),
      )
      .returning();
    return row ? this.openRequest(row) : null;
  }

  /** Whether the request waits in the brief interview: `clarifying`, and its deadline (by the database's clock) not passed. */
  async waitingForAnswers(id: string, tx: Db | Tx = this.db): Promise<boolean> {
    const [row] = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.id, id), eq(requests.stage, 'clarifying'), gt(requests.clarifyUntil, sql`now()`)))
      .limit(1);
    return row !== undefined;
  }

  /** Records that `owner` is now executing `stage` (cleared when the stage advances or the lease is released). */
  async markRunning(id: string, owner: string, stage: Stage): Promise<boolean> {
    const rows = await this.db
      .update(requests)
      .set({ runningStage: stage })
      .where(and(eq(requests.id, id), eq(requests.leaseOwner, owner)))
      .returning({ id: requests.id });
    return rows.length === 1;
  }

  /** Charges one attempt to the request whose own stage failed; returns the attempts so far (null: lease lost). */
  async chargeAttempt(id: string, owner: string): Promise<number | null> {
    const [row] = await this.db
      .update(requests)
      .set({ attempts: sql`${requests.attempts} + 1`, runningStage: null })
      .where(and(eq(requests.id, id), eq(requests.leaseOwner, owner)))
      .returning({ attempts: requests.attempts });
    return row?.attempts ?? null;
  }

  /** Extends a held lease; false when it was lost (taken over after expiry). */
  async renewLease(id: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = await this.db
      .update(requests)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
      .where(and(eq(requests.id, id), eq(requests.leaseOwner, owner)))
      .returning({ id: requests.id });
    return rows.length === 1;
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    await this.db
      .update(requests)
      .set({ leaseOwner: null, leaseUntil: null, runningStage: null })
      .where(and(eq(requests.id, id), eq(requests.leaseOwner, owner)));
  }

  /**
   * Moves the request from `from` to `to` if `owner` still holds it, and records the event, in one
   * transaction. Returns false when the lease was lost: the caller must stop. A change the lifecycle
   * does not allow (core `canTransition`) throws.
   */
  async advance(
    tx: Tx,
    id: string,
    owner: string,
    from: Stage,
    to: Stage,
    version: number,
    message: string,
    extra: { [K in keyof typeof requests.$inferInsert]?: (typeof requests.$inferInsert)[K] | SQL } = {},
    eventData?: Record<string, unknown>,
  ): Promise<boolean> {
    if (!canTransition(from, to)) throw new Error(`a request cannot move from ${from} to ${to}`);
    const rows = await tx
      .update(requests)
      .set({ ...extra, stage: to, runningStage: null, updatedAt: sql`now()` })
      .where(and(eq(requests.id, id), eq(requests.leaseOwner, owner), eq(requests.stage, from)))
      .returning({ id: requests.id });
    if (rows.length !== 1) return false;
    await this.addEvent(tx, { requestId: id, type: 'stage', stage: to, version, message, ...(eventData ? { data: eventData } : {}) });
    return true;
  }

  /**
   * Unfinished requests that nobody holds and that have not moved for `idleMs`: their job was lost.
   * A request waiting for the customer's answers is not one until its interview closed.
   */
  async findOrphans(idleMs: number, limit = 100): Promise<RequestRow[]> {
    return this.db
      .select()
      .from(requests)
      .where(
        and(
          inArray(requests.stage, [...ACTIVE_STAGES]),
          isNull(requests.expiredAt),
          eq(requests.awaitingConfirmation, false),
          notWaitingForAnswers(),
          or(isNull(requests.leaseUntil), lt(requests.leaseUntil, sql`now()`)),
          lt(requests.updatedAt, sql`now() - make_interval(secs => ${idleMs / 1000})`),
        ),
      )
      .orderBy(asc(requests.updatedAt))
      .limit(limit);
  }

  /** Marks a request for another dispatch; returns the new dispatch number, or null if it finished meanwhile. */
  async redispatch(id: string): Promise<number | null> {
    const [row] = await this.db
      .update(requests)
      .set({ dispatchCount: sql`${requests.dispatchCount} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(requests.id, id),
          eq(requests.awaitingConfirmation, false),
          inArray(requests.stage, [...ACTIVE_STAGES]),
          notWaitingForAnswers(),
          or(isNull(requests.leaseUntil), lt(requests.leaseUntil, sql`now()`)),
        ),
      )
      .returning({ dispatchCount: requests.dispatchCount });
    return row?.dispatchCount ?? null;
  }

  async findExpired(now: Date, limit = 100): Promise<RequestRow[]> {
    return this.db
      .select()
      .from(requests)
      .where(and(isNotNull(requests.expiresAt), lte(requests.expiresAt, now), isNull(requests.expiredAt)))
      .limit(limit);
  }

  async pendingNotifications(requestId?: string, maxAttempts = 5): Promise<(typeof notifications.$inferSelect)[]> {
    return this.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.status, 'pending'),
          lt(notifications.attempts, maxAttempts),
          requestId ? eq(notifications.requestId, requestId) : undefined,
        ),
      )
      .orderBy(asc(notifications.id))
      .limit(100);
  }
}
