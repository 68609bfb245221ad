import { notifications, requests } from '@statex/db';
import { and, eq, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import { notifyCustomer } from './notify-customer.ts';
import type { PipelineContext } from './pipeline-context.ts';

const TWO_DAYS_MS = 48 * 3600 * 1000;

/**
 * How long before expiry the reminder goes out: 48 hours, or a seventh of a shorter lifetime (the
 * same share as 48 hours of the default 14 days), so a short PROTOTYPE_TTL still leaves time to act.
 */
export function reminderLeadMs(ttlMs: number): number {
  return Math.min(TWO_DAYS_MS, Math.floor(ttlMs / 7));
}

/**
 * Queues the reminder email of every published prototype that expires within the lead time, and
 * sends it. Once per request: the outbox row's unique (request, kind, version) key, with version
 * fixed at 0, makes a second pass (or a second process) insert nothing — a modification published
 * in between does not earn a second reminder. Returns how many reminders it queued.
 */
export async function remindBeforeExpiry(ctx: PipelineContext, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + reminderLeadMs(ctx.config.prototype.ttlMs));
  const due = await ctx.db
    .select({ id: requests.id })
    .from(requests)
    .where(
      and(
        eq(requests.stage, 'published'),
        isNotNull(requests.publishedVersion),
        isNotNull(requests.email),
        isNull(requests.expiredAt),
        gt(requests.expiresAt, now),
        lte(requests.expiresAt, until),
      ),
    );
  let queued = 0;
  for (const { id } of due) {
    const rows = await ctx.db.insert(notifications).values({ requestId: id, kind: 'expiry-reminder', version: 0 }).onConflictDoNothing().returning({ id: notifications.id });
    if (rows.length === 0) continue;
    queued += 1;
    await notifyCustomer(ctx, id);
  }
  return queued;
}
