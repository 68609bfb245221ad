import { BullmqQueue } from './bullmq-queue.ts';
import { InProcessEventBus, RedisEventBus, type EventBus } from './event-bus.ts';
import { InProcessQueue } from './in-process-queue.ts';
import type { Job, JobQueue } from './job.ts';

export interface Transport {
  queue: JobQueue;
  events: EventBus;
  close(): Promise<void>;
}

/** BullMQ + Redis pub/sub when `redisUrl` is set, in-process otherwise. */
export function createTransport(options: {
  redisUrl?: string | undefined;
  prefix: string;
  onJobError?: (error: unknown, job: Job | undefined) => void;
}): Transport {
  const queue: JobQueue = options.redisUrl
    ? new BullmqQueue({ redisUrl: options.redisUrl, prefix: options.prefix, ...(options.onJobError ? { onError: options.onJobError } : {}) })
    : new InProcessQueue(options.onJobError ? { onError: options.onJobError } : {});
  const events: EventBus = options.redisUrl
    ? new RedisEventBus({ redisUrl: options.redisUrl, prefix: options.prefix })
    : new InProcessEventBus();
  return {
    queue,
    events,
    close: async () => {
      await queue.close();
      await events.close();
    },
  };
}
