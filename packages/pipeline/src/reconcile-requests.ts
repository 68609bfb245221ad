import { notifications } from '@statex/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { notifyCustomer } from './notify-customer.ts';
import type { PipelineContext } from './pipeline-context.ts';

/**
 * PostgreSQL is the source of truth; the queue is only a transport. This finds unfinished requests
 * that nobody holds and that have not moved for `idleMs`, and whose job no longer waits in the
 * queue — it was lost (Redis restarted or was down at submission, a worker died, the embedded
 * process stopped) — and dispatches each again under a fresh job id. A job still waiting is left
 * alone, so a long backlog is not multiplied. Also retries emails left pending.
 * Returns how many requests it dispatched.
 */
export async function reconcileRequests(ctx: PipelineContext, idleMs: number): Promise<number> {
  let dispatched = 0;
  for (const orphan of await ctx.repo.findOrphans(idleMs)) {
    const waiting = await ctx.queue.isWaiting({ type: 'process-request', requestId: orphan.id, dispatch: orphan.dispatchCount }).catch(() => null);
    // null: the transport is unreachable; try again next pass rather than pile up dispatches.
    if (waiting !== false) continue;
    const dispatch = await ctx.repo.redispatch(orphan.id);
    if (dispatch === null) continue;
    if (await ctx.dispatch(orphan.id, dispatch)) {
      dispatched += 1;
      ctx.log.info({ requestId: orphan.id, stage: orphan.stage, dispatch }, 'reconciler dispatched an unfinished request again');
    }
  }
  // A process that died while sending leaves a row in `sending`: give it back after a while.
  await ctx.db
    .update(notifications)
    .set({ status: 'pending' })
    .where(and(eq(notifications.status, 'sending'), lt(notifications.createdAt, sql`now() - interval '5 minutes'`)));
  await notifyCustomer(ctx);
  return dispatched;
}
