import { notifications, requests } from '@statex/db';
import { prototypeUrl } from '@statex/core';
import { and, eq, sql } from 'drizzle-orm';
import type { PipelineContext } from './pipeline-context.ts';
import type { MailMessage } from './mailer.ts';

export const MAX_MAIL_ATTEMPTS = 5;

function composeMessage(ctx: PipelineContext, kind: string, request: typeof requests.$inferSelect, version: number): MailMessage | null {
  if (!request.email) return null;
  const greeting = request.name ? `Hello ${request.name},` : 'Hello,';
  const statusUrl = `${ctx.config.publicUrl}/api/requests/${request.id}`;
  if (kind === 'published') {
    const url = prototypeUrl(request.id, ctx.config.prototype);
    const expires = request.expiresAt ? request.expiresAt.toUTCString() : 'in 14 days';
    return {
      to: request.email,
      subject: version > 1 ? 'Your modified Statex prototype is ready' : 'Your Statex prototype is ready',
      text: [
        greeting,
        '',
        version > 1 ? 'We applied your change. The new version of your prototype is live:' : 'Your prototype is live:',
        url,
        '',
        `Terms of reference: ${statusUrl}/documents/terms`,
        `Realization plan:   ${statusUrl}/documents/plan`,
        '(Use the access token you received when you sent the brief.)',
        '',
        version > 1 ? 'This was your one modification.' : 'You may ask for one modification.',
        `Everything — the site, your brief and your files — is deleted on ${expires}.`,
        '',
        'Statex',
      ].join('\n'),
    };
  }
  return {
    to: request.email,
    subject: version > 1 ? 'Your Statex modification could not be applied' : 'We could not build your Statex prototype',
    text: [
      greeting,
      '',
      `Something went wrong: ${request.failureReason ?? 'an unexpected error'}.`,
      version > 1 ? 'Your published prototype is unchanged, and you may try the modification again.' : 'This request did not count against your quota; you may send the brief again.',
      '',
      'Statex',
    ].join('\n'),
  };
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
    const request = await ctx.repo.get(pending.requestId);
    const message = request ? composeMessage(ctx, pending.kind, request, pending.version) : null;
    if (!message) {
      await ctx.db.update(notifications).set({ status: 'skipped' }).where(eq(notifications.id, pending.id));
      continue;
    }
    try {
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
