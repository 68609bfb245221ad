import type { Config } from '@statex/config';
import type { Db } from '@statex/db';
import type { EventBus, JobQueue } from '@statex/queue';
import type { Logger } from 'pino';
import type { Mailer } from './mailer.ts';
import { RequestRepository } from './request-repository.ts';
import { storagePaths, type StoragePaths } from './storage-paths.ts';

/** What every service of the pipeline needs; built once per process. */
export interface PipelineContext {
  config: Config;
  db: Db;
  repo: RequestRepository;
  queue: JobQueue;
  events: EventBus;
  paths: StoragePaths;
  mailer: Mailer;
  log: Logger;
  /**
   * Enqueues the request's job. A transport failure is logged, not thrown: the request is already
   * safe in the database and the reconciler dispatches it again.
   */
  dispatch(requestId: string, dispatchCount: number): Promise<boolean>;
}

export function createPipelineContext(deps: { config: Config; db: Db; queue: JobQueue; events: EventBus; mailer: Mailer; log: Logger }): PipelineContext {
  const ctx: PipelineContext = {
    ...deps,
    repo: new RequestRepository(deps.db),
    paths: storagePaths(deps.config.dataDir),
    dispatch: async (requestId, dispatchCount) => {
      try {
        await deps.queue.enqueue({ type: 'process-request', requestId, dispatch: dispatchCount });
        return true;
      } catch (error) {
        deps.log.warn({ err: error, requestId }, 'could not enqueue the request; the reconciler will dispatch it again');
        return false;
      }
    },
  };
  return ctx;
}
