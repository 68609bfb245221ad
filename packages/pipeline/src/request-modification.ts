import { decideModification, type ModificationVerdict } from '@statex/core';
import { requests } from '@statex/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { stageText } from './customer-text.ts';
import type { PipelineContext } from './pipeline-context.ts';
import type { RequestRow } from './request-repository.ts';

export type ModificationResult = { ok: true; version: number } | { ok: false; reason: Exclude<ModificationVerdict, { allowed: true }>['reason'] };

/**
 * Starts the one modification round: version + 1, back to `received`, with the change stored. The
 * conditional update makes concurrent attempts race safely: exactly one wins.
 */
export async function requestModification(ctx: PipelineContext, request: RequestRow, change: string): Promise<ModificationResult> {
  const verdict = decideModification({ stage: request.stage as 'published', modificationsUsed: request.modificationsUsed, expired: request.expiredAt !== null });
  if (!verdict.allowed) return { ok: false, reason: verdict.reason };
  const version = request.version + 1;
  const started = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(requests)
      .set({
        stage: 'received',
        version,
        modificationsUsed: sql`${requests.modificationsUsed} + 1`,
        ...(await ctx.repo.sealRequestFields(tx, request.id, { pendingChange: change })),
        failureReason: null,
        dispatchCount: sql`${requests.dispatchCount} + 1`,
        attempts: 0,
        crashStrikes: 0,
        updatedAt: sql`now()`,
      })
      .where(and(eq(requests.id, request.id), eq(requests.stage, 'published'), eq(requests.modificationsUsed, request.modificationsUsed), isNull(requests.expiredAt)))
      .returning({ dispatchCount: requests.dispatchCount });
    const row = rows[0];
    if (!row) return null;
    await ctx.repo.addEvent(tx, { requestId: request.id, type: 'stage', stage: 'received', version, message: stageText(request.locale, 'modificationReceived') });
    return row.dispatchCount;
  });
  if (started === null) return { ok: false, reason: 'used' };
  await ctx.events.signal(request.id);
  await ctx.dispatch(request.id, started);
  return { ok: true, version };
}
