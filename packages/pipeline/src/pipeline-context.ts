import type { Config } from '@statex/config';
import type { Db } from '@statex/db';
import { createExtractionSandbox, type ExtractionSandbox } from '@statex/files';
import type { EventBus, JobQueue } from '@statex/queue';
import { BreakerRegistry } from '@statex/resilience';
import type { Logger } from 'pino';
import type { Mailer } from './mailer.ts';
import { PlatformMetrics } from './platform-metrics.ts';
import { RequestRepository } from './request-repository.ts';
import type { PersonalDataVault } from './privacy/personal-data-vault.ts';
import { storagePaths, type StoragePaths } from './storage-paths.ts';

/** What every service of the pipeline needs; built once per process. */
export interface PipelineContext {
  config: Config;
  db: Db;
  repo: RequestRepository;
  /** Seals personal fields with per-request keys, deletes keys, keys the pseudonyms (HMAC). */
  vault: PersonalDataVault;
  queue: JobQueue;
  events: EventBus;
  paths: StoragePaths;
  mailer: Mailer;
  log: Logger;
  breakers: BreakerRegistry;
  metrics: PlatformMetrics;
  /** Reads uploaded files in sandbox threads (time, heap and output limits); threads start on first use. */
  extraction: ExtractionSandbox;
  /**
   * Enqueues the request's job. A transport failure is logged, not thrown: the request is already
   * safe in the database and the reconciler dispatches it again.
   */
  dispatch(requestId: string, dispatchCount: number): Promise<boolean>;
}

export function createPipelineContext(deps: {
  config: Config;
  db: Db;
  queue: JobQueue;
  events: EventBus;
  mailer: Mailer;
  log: Logger;
  vault: PersonalDataVault;
  breakers?: BreakerRegistry;
  role?: string;
}): PipelineContext {
  const breakers = deps.breakers ?? new BreakerRegistry();
  const metrics = new PlatformMetrics({ db: deps.db, queue: deps.queue, breakers, role: deps.role ?? 'api' });
  // Only a real network transport gets a breaker: an open one turns enqueue into an instant failure.
  const queueBreaker = deps.queue.kind === 'bullmq' ? breakers.get('redis', { threshold: 3, halfOpenAfterMs: 5_000 }) : null;
  const ctx: PipelineContext = {
    ...deps,
    breakers,
    metrics,
    repo: new RequestRepository(deps.db, deps.vault),
    paths: storagePaths(deps.config.dataDir),
    extraction: createExtractionSandbox(deps.config.extraction),
    dispatch: async (requestId, dispatchCount) => {
      try {
        const job = { type: 'process-request', requestId, dispatch: dispatchCount } as const;
        if (queueBreaker) await queueBreaker.execute(() => deps.queue.enqueue(job));
        else await deps.queue.enqueue(job);
        return true;
      } catch (error) {
        deps.log.warn({ err: error, requestId }, 'could not enqueue the request; the reconciler will dispatch it again');
        return false;
      }
    },
  };
  return ctx;
}
