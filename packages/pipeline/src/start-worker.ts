import type { Generator } from '@statex/ai';
import type { Job } from '@statex/queue';
import { removeOrphanedUploads } from './remove-orphaned-uploads.ts';
import { cleanupExpired } from './cleanup-expired.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { processRequest } from './process-request.ts';
import { reconcileRequests } from './reconcile-requests.ts';

export interface RunningWorker {
  /** Runs one reconciliation pass now (also runs on its interval). */
  reconcile(): Promise<number>;
  /** Runs one expiry pass now (also runs on its interval). */
  cleanup(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Consumes pipeline jobs and runs the periodic passes: reconciliation (re-dispatch lost work, retry
 * emails) and expiry cleanup. Reconciles once at start, so work left by a previous process resumes.
 */
export function startWorker(ctx: PipelineContext, generator: Generator): RunningWorker {
  const handle = async (job: Job): Promise<void> => {
    switch (job.type) {
      case 'process-request':
        await processRequest(ctx, generator, job.requestId);
        return;
      case 'cleanup-expired':
        await cleanupExpired(ctx);
        return;
    }
  };
  ctx.queue.work(handle, ctx.config.worker.concurrency);
  // Unleased and untouched for a reconcile interval, with no job waiting for it: its job was lost.
  const idleMs = ctx.config.worker.reconcileIntervalMs;
  const reconcile = () =>
    reconcileRequests(ctx, idleMs).catch((error: unknown) => {
      ctx.log.warn({ err: error }, 'reconciliation pass failed; will try again');
      return 0;
    });
  const cleanup = () =>
    cleanupExpired(ctx).catch((error: unknown) => {
      ctx.log.warn({ err: error }, 'cleanup pass failed; will try again');
      return 0;
    });
  // At start, anything unfinished and unleased is resumed at once.
  void reconcileRequests(ctx, 0).catch((error: unknown) => ctx.log.warn({ err: error }, 'start-up reconciliation failed'));
  // Uploads a killed process left behind go at start, not only at the next cleanup pass.
  void removeOrphanedUploads(ctx).catch((error: unknown) => ctx.log.warn({ err: error }, 'start-up removal of orphaned uploads failed'));
  const timers = [setInterval(reconcile, ctx.config.worker.reconcileIntervalMs), setInterval(cleanup, ctx.config.worker.cleanupIntervalMs)];
  for (const t of timers) t.unref();
  return {
    reconcile: () => reconcileRequests(ctx, idleMs),
    cleanup: () => cleanupExpired(ctx),
    stop: async () => {
      for (const t of timers) clearInterval(t);
    },
  };
}
