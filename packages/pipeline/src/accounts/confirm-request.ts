import { hashSecret } from '@statex/core';
import { authTokens, requests } from '@statex/db';
import { confirmRequestEmail } from '@statex/email';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { stageText } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import { reserveQuota } from '../quota-ledger.ts';
import { personalQuotaLimits } from '../submit-request.ts';
import { accountForVerifiedEmail } from './find-or-create-account.ts';
import { issueLink } from './one-time-links.ts';

/**
 * Mails the link that confirms an anonymous submission's email, in the request's language. A failed
 * send is logged: the request then expires unconfirmed.
 */
export async function sendConfirmationLink(ctx: PipelineContext, requestId: string, email: string): Promise<void> {
  const link = await issueLink(ctx.db, 'confirm-request', email, ctx.config.access.emailConfirmationTtlMs, requestId);
  const [row] = await ctx.db.select({ locale: requests.locale }).from(requests).where(eq(requests.id, requestId)).limit(1);
  const message = confirmRequestEmail({ locale: row?.locale ?? 'en', confirmUrl: `${ctx.config.publicUrl}/api/auth/confirm?token=${link.token}`, expiresAt: link.expiresAt });
  try {
    await ctx.mailer.send({ to: email, subject: message.subject, text: message.text, html: message.html });
  } catch (error) {
    ctx.log.warn({ err: error, requestId }, 'could not send the confirmation link');
  }
}

export type ConfirmResult =
  | { ok: true; requestId: string; accountId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'quota'; retryAt: Date; label: string };

/**
 * Confirms a submission's email with its one-time link: the email's account is verified (created if
 * new) and owns the request, the personal quota is taken, and generation starts. Atomic: a refused
 * quota leaves the link unused.
 */
export async function confirmRequest(ctx: PipelineContext, token: string, now = new Date()): Promise<ConfirmResult> {
  const [link] = await ctx.db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashSecret(token)), eq(authTokens.purpose, 'confirm-request'), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .limit(1);
  if (!link?.requestId) return { ok: false, reason: 'invalid' };
  const requestId = link.requestId;
  const account = await accountForVerifiedEmail(ctx, link.email);
  const outcome = await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.tokenHash, link.tokenHash), isNull(authTokens.usedAt)))
      .returning({ tokenHash: authTokens.tokenHash });
    if (used.length === 0) return { ok: false, reason: 'invalid' } as const;
    const quota = await reserveQuota(tx, requestId, personalQuotaLimits(ctx, link.email, account.id), ctx.config.quota.windowMs, now);
    if (!quota.ok) {
      tx.rollback();
    }
    const rows = await tx
      .update(requests)
      .set({ awaitingConfirmation: false, expiresAt: null, accountId: account.id, dispatchCount: sql`${requests.dispatchCount} + 1`, updatedAt: now })
      .where(and(eq(requests.id, requestId), eq(requests.awaitingConfirmation, true), isNull(requests.expiredAt)))
      .returning({ dispatchCount: requests.dispatchCount, locale: requests.locale });
    if (rows.length === 0) return { ok: false, reason: 'invalid' } as const;
    await ctx.repo.addEvent(tx, { requestId, type: 'notice', stage: 'received', version: 1, message: stageText(rows[0]!.locale, 'emailConfirmed') });
    return { ok: true, dispatchCount: rows[0]!.dispatchCount } as const;
  }).catch(async (error: unknown) => {
    // tx.rollback() throws to abort the transaction; tell the quota refusal apart from real errors.
    if ((error as Error).name === 'TransactionRollbackError') return { ok: false, reason: 'quota' } as const;
    throw error;
  });
  if (!outcome.ok) {
    if (outcome.reason === 'quota') {
      const retry = await quotaRetry(ctx, link.email, account.id, now);
      return { ok: false, reason: 'quota', ...retry };
    }
    return { ok: false, reason: 'invalid' };
  }
  await ctx.events.signal(requestId);
  await ctx.dispatch(requestId, outcome.dispatchCount);
  return { ok: true, requestId, accountId: account.id };
}

/** When the refused personal quota frees up again (read-only: the reservation rolled back). */
async function quotaRetry(ctx: PipelineContext, email: string, accountId: string, now: Date): Promise<{ retryAt: Date; label: string }> {
  let result = { retryAt: new Date(now.getTime() + ctx.config.quota.windowMs), label: 'this email address' };
  await ctx.db
    .transaction(async (tx) => {
      const quota = await reserveQuota(tx, 'probe', personalQuotaLimits(ctx, email, accountId), ctx.config.quota.windowMs, now);
      if (!quota.ok) result = { retryAt: quota.retryAt, label: quota.label };
      tx.rollback();
    })
    .catch(() => {});
  return result;
}
