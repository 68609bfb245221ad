import { diffTerms, prototypeUrl, type Terms } from '@statex/core';
import { notifications, requestEvents } from '@statex/db';
import { expiryReminderEmail, failedEmail, modificationPublishedEmail, orderPageUrl, publishedEmail, questionsEmail, statusPageUrl, type RenderedEmail } from '@statex/email';
import { and, desc, eq, sql } from 'drizzle-orm';
import { issueEmailedAccess } from './accounts/emailed-access.ts';
import { viewInterview } from './interview/record-answers.ts';
import type { MailMessage } from './mailer.ts';
import type { PipelineContext } from './pipeline-context.ts';
import type { RequestRow } from './request-repository.ts';

export const MAX_MAIL_ATTEMPTS = 5;

/** The kinds of customer email the outbox holds (the `kind` of a notifications row). */
export type NotificationKind = 'published' | 'failed' | 'expiry-reminder' | 'questions';

async function termsOf(ctx: PipelineContext, requestId: string, version: number): Promise<Terms | null> {
  const doc = await ctx.repo.document(requestId, version, 'terms-json');
  if (!doc?.content) return null;
  try {
    return JSON.parse(doc.content) as Terms;
  } catch {
    ctx.log.warn({ requestId, version }, 'stored terms are not JSON; the email goes without them');
    return null;
  }
}

/** The reason and cause recorded with the request's latest failure (see processRequest's fail). */
async function failureOf(ctx: PipelineContext, request: RequestRow): Promise<{ reason: string; cause: string | null }> {
  const [event] = await ctx.db
    .select({ data: requestEvents.data })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.type, 'stage'), sql`${requestEvents.data} ->> 'reason' is not null`))
    .orderBy(desc(requestEvents.id))
    .limit(1);
  const data = event?.data ?? {};
  const reason = typeof data.reason === 'string' ? data.reason : (request.failureReason ?? '');
  return { reason, cause: typeof data.cause === 'string' ? data.cause : null };
}

/**
 * Writes the email of one outbox row in the request's language: published (version 1), modification
 * published (with what changed between the versions), failed, the reminder before expiry, or the
 * brief interview's questions (only while answers are still taken). Its
 * links carry an access token of their own (the request's token is never stored), valid until the
 * request expires. Null when there is no one to write to.
 */
async function composeMessage(ctx: PipelineContext, kind: string, request: RequestRow, version: number): Promise<MailMessage | null> {
  if (!request.email || request.expiredAt) return null;
  // Questions that can no longer be answered are not sent.
  const interview = kind === 'questions' ? await viewInterview(ctx, request.id) : null;
  if (interview && (!interview.open || !interview.answerBy)) return null;
  const expiresAt = request.expiresAt ?? new Date(Date.now() + ctx.config.prototype.ttlMs);
  const token = await issueEmailedAccess(ctx.db, request.id, request.email, expiresAt);
  const published = request.publishedVersion ?? version;
  const terms = kind === 'failed' || kind === 'questions' ? null : await termsOf(ctx, request.id, published);
  const recipient = {
    locale: request.locale,
    name: request.name,
    business: terms?.business?.name ?? null,
    statusUrl: statusPageUrl(ctx.config.publicUrl, request.locale, request.id, token),
  };
  const siteUrl = prototypeUrl(request.id, ctx.config.prototype);
  let email: RenderedEmail;
  if (kind === 'published' && version > 1) {
    const before = await termsOf(ctx, request.id, version - 1);
    const diff = before && terms ? diffTerms(before, terms) : { added: [], changed: [], removed: [] };
    email = modificationPublishedEmail({ ...recipient, prototypeUrl: siteUrl, version, diff, expiresAt });
  } else if (kind === 'published') {
    email = publishedEmail({ ...recipient, prototypeUrl: siteUrl, requirementCount: terms?.requirements.length ?? 0, expiresAt, modificationAvailable: request.modificationsUsed === 0 });
  } else if (kind === 'failed') {
    const failure = await failureOf(ctx, request);
    email = failedEmail({ ...recipient, reason: failure.reason, modification: version > 1, quotaRefunded: failure.cause !== 'input', orderUrl: orderPageUrl(ctx.config.publicUrl, request.locale) });
  } else if (kind === 'questions' && interview?.answerBy) {
    email = questionsEmail({ ...recipient, questions: interview.questions, answerBy: interview.answerBy });
  } else if (kind === 'expiry-reminder') {
    if (request.publishedVersion === null) return null;
    email = expiryReminderEmail({ ...recipient, prototypeUrl: siteUrl, expiresAt, modificationAvailable: request.modificationsUsed === 0 });
  } else {
    ctx.log.warn({ requestId: request.id, kind }, 'no email is written for this kind of notification');
    return null;
  }
  return { to: request.email, subject: email.subject, text: email.text, html: email.html };
}

/**
 * Sends the request's pending emails from the outbox table. Each row is marked `sending` first so
 * two processes never send the same one; a failed send goes back to pending with the error.
 */
export async function notifyCustomer(ctx: PipelineContext, requestId?: string): Promise<number> {
  let sent = 0;
  for (const pending of await ctx.repo.pendingNotifications(requestId, MAX_MAIL_ATTEMPTS)) {
    const taken = await ctx.db
      .update(notifications)
      .set({ status: 'sending', attempts: sql`${notifications.attempts} + 1` })
      .where(and(eq(notifications.id, pending.id), eq(notifications.status, 'pending')))
      .returning({ id: notifications.id, attempts: notifications.attempts });
    if (taken.length === 0) continue;
    try {
      const request = await ctx.repo.get(pending.requestId);
      const message = request ? await composeMessage(ctx, pending.kind, request, pending.version) : null;
      if (!message) {
        await ctx.db.update(notifications).set({ status: 'skipped' }).where(eq(notifications.id, pending.id));
        continue;
      }
      const where = await ctx.mailer.send(message);
      await ctx.db.update(notifications).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(notifications.id, pending.id));
      ctx.log.info({ requestId: pending.requestId, kind: pending.kind, where }, 'customer notified');
      sent += 1;
    } catch (error) {
      const attempts = taken[0]?.attempts ?? MAX_MAIL_ATTEMPTS;
      await ctx.db
        .update(notifications)
        .set({ status: attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'pending', lastError: (error as Error).message.slice(0, 500) })
        .where(eq(notifications.id, pending.id));
      ctx.log.warn({ err: error, requestId: pending.requestId, attempts }, 'email not delivered; will retry');
    }
  }
  return sent;
}
