import { rm } from 'node:fs/promises';
import { documents, notifications, requestFiles, requestQuestions, requests } from '@statex/db';
import { and, eq, isNull } from 'drizzle-orm';
import { stageText } from './customer-text.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { applyRetention } from './privacy/apply-retention.ts';
import { purgeEndedQuota } from './quota-ledger.ts';
import { remindBeforeExpiry } from './remind-before-expiry.ts';
import { removeOrphanedUploads } from './remove-orphaned-uploads.ts';

/**
 * Deletes everything of requests whose time is up: the site, stored uploads, documents, extracted
 * text, the brief, the interview's questions and answers, and the customer's contact details. The row stays, without personal data, so the
 * prototype URL can answer 410 "expired" instead of a puzzling 404. Returns how many it expired.
 */
export async function cleanupExpired(ctx: PipelineContext, now = new Date()): Promise<number> {
  let expired = 0;
  for (const request of await ctx.repo.findExpired(now)) {
    await rm(ctx.paths.sites(request.id), { recursive: true, force: true });
    await rm(ctx.paths.uploads(request.id), { recursive: true, force: true });
    const done = await ctx.db.transaction(async (tx) => {
      const rows = await tx
        .update(requests)
        .set({ expiredAt: now, clarifyUntil: null, brief: null, email: null, emailKey: null, name: null, pendingChange: null, notices: [], leaseOwner: null, leaseUntil: null, updatedAt: now })
        .where(and(eq(requests.id, request.id), isNull(requests.expiredAt)))
        .returning({ id: requests.id });
      if (rows.length === 0) return false;
      await tx.delete(documents).where(eq(documents.requestId, request.id));
      await tx.delete(requestFiles).where(eq(requestFiles.requestId, request.id));
      await tx.delete(requestQuestions).where(eq(requestQuestions.requestId, request.id));
      await tx.delete(notifications).where(eq(notifications.requestId, request.id));
      // Whatever copies of its sealed fields remain (streamed text, dead rows, WAL) become unreadable.
      await ctx.vault.shred(tx, [request.id]);
      await ctx.repo.addEvent(tx, { requestId: request.id, type: 'notice', stage: request.stage as 'published', version: request.version, message: stageText(request.locale, 'expired') });
      return true;
    });
    if (done) {
      expired += 1;
      await ctx.events.signal(request.id);
      ctx.log.info({ requestId: request.id }, 'request expired and its data deleted');
    }
  }
  // The same pass warns the owners of prototypes that are about to go.
  await remindBeforeExpiry(ctx, now);
  await applyRetention(ctx, now);
  await removeOrphanedUploads(ctx, now);
  // Quota rows whose window has ended count for nobody: they go rather than pile up.
  await purgeEndedQuota(ctx.db, ctx.config.quota.windowMs, now);
  if (expired > 0) await ctx.vault.compact();
  return expired;
}
