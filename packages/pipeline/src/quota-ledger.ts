import { decideQuota, quotaSubjectKey } from '@statex/core';
import type { PersonalDataVault } from './privacy/personal-data-vault.ts';
import { quotaLedger, type Db, type Tx } from '@statex/db';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';

export interface QuotaLimit {
  subject: string;
  limit: number;
  /** Says whose quota it is in the customer's message: "this email address", "your network address". */
  label: string;
}

/**
 * The ledger key of a quota subject: the canonical mailbox or network key, as a keyed HMAC
 * (STATEX_SECRET), so the ledger cannot be reversed with a dictionary of addresses.
 */
export function quotaSubjectOf(vault: PersonalDataVault, kind: 'email' | 'ip', value: string): string {
  return vault.pseudonym(kind, quotaSubjectKey(kind, value));
}

export function accountQuotaSubject(vault: PersonalDataVault, accountId: string): string {
  return vault.pseudonym('account', accountId);
}

/** Rows whose window has ended count for nobody: deleted by the cleanup pass. Returns how many. */
export async function purgeEndedQuota(db: Db, windowMs: number, now: Date): Promise<number> {
  const rows = await db
    .delete(quotaLedger)
    .where(lt(quotaLedger.createdAt, new Date(now.getTime() - windowMs)))
    .returning({ id: quotaLedger.id });
  return rows.length;
}

export type QuotaReservation = { ok: true } | { ok: false; retryAt: Date; label: string };

/**
 * Checks and takes one unit of every quota in `limits`, atomically, inside the caller's transaction.
 * Per-subject transaction-scoped advisory locks, taken in sorted order, make concurrent submissions
 * for the same email or IP queue up, so 20 at once accept exactly `limit`. Durable: the ledger is a table.
 */
export async function reserveQuota(tx: Tx, requestId: string, limits: QuotaLimit[], windowMs: number, now: Date): Promise<QuotaReservation> {
  const sorted = [...limits].sort((a, b) => a.subject.localeCompare(b.subject));
  for (const { subject } of sorted) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${subject}, 0))`);
  }
  const refusal = await findRefusal(tx, sorted, windowMs, now);
  if (refusal) return { ok: false, ...refusal };
  await tx.insert(quotaLedger).values(sorted.map((l) => ({ subject: l.subject, requestId, createdAt: now })));
  return { ok: true };
}

/**
 * The refusal a reservation for `limits` would meet now, without taking or locking anything: lets
 * the API refuse an upload before reading it. Advisory only — reserveQuota stays the authority, so
 * a race between two checks still accepts exactly the limit.
 */
export async function quotaRefusal(db: Db | Tx, limits: QuotaLimit[], windowMs: number, now: Date): Promise<{ retryAt: Date; label: string } | null> {
  if (limits.length === 0) return null;
  return findRefusal(db, limits, windowMs, now);
}

async function findRefusal(db: Db | Tx, limits: QuotaLimit[], windowMs: number, now: Date): Promise<{ retryAt: Date; label: string } | null> {
  const since = new Date(now.getTime() - windowMs);
  const rows = await db
    .select({ subject: quotaLedger.subject, createdAt: quotaLedger.createdAt })
    .from(quotaLedger)
    .where(and(inArray(quotaLedger.subject, limits.map((l) => l.subject)), gt(quotaLedger.createdAt, since), isNull(quotaLedger.refundedAt)));
  let refusal: { retryAt: Date; label: string } | null = null;
  for (const limit of limits) {
    const counted = rows.filter((r) => r.subject === limit.subject).map((r) => r.createdAt);
    const decision = decideQuota(counted, limit.limit, windowMs, now);
    if (!decision.allowed && (!refusal || decision.retryAt > refusal.retryAt)) refusal = { retryAt: decision.retryAt, label: limit.label };
  }
  return refusal;
}

/** Gives back what a request took (it failed on our side: see refundsQuota). Idempotent. */
export async function refundQuota(tx: Tx, requestId: string, now: Date): Promise<void> {
  await tx
    .update(quotaLedger)
    .set({ refundedAt: now })
    .where(and(eq(quotaLedger.requestId, requestId), isNull(quotaLedger.refundedAt)));
}
