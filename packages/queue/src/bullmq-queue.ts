import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { jobId, parseJob, type Job, type JobHandler, type JobQueue, type QueueStats } from './job.ts';

const QUEUE_NAME = 'pipeline';

export interface BullmqQueueOptions {
  redisUrl: string;
  prefix: string;
  onError?: (error: unknown, job: Job | undefined) => void;
}

/**
 * BullMQ on Redis, following BullMQ's production guide: the producer connection fails fast
 * (no offline queue) so a submission never waits on a dead Redis; the worker connection retries
 * for ever (`maxRetriesPerRequest: null`); both have error listeners.
 */
export class BullmqQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly producerConnection: Redis;
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private readonly options: BullmqQueueOptions;

  constructor(options: BullmqQueueOptions) {
    this.options = options;
    this.producerConnection = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      lazyConnect: false,
    });
    this.producerConnection.on('error', () => {});
    this.queue = new Queue(QUEUE_NAME, {
      connection: this.producerConnection as unknown as ConnectionOptions,
      prefix: options.prefix,
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: { age: 3_600, count: 1_000 },
        removeOnFail: { age: 7 * 24 * 3_600 },
      },
    });
    this.queue.on('error', () => {});
  }

  async enqueue(job: Job): Promise<void> {
    const valid = parseJob(job);
    if (this.producerConnection.status !== 'ready') {
      await this.waitReady(2_000);
    }
    await this.queue.add(valid.type, valid, { jobId: jobId(valid) });
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    if (this.producerConnection.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Redis is not reachable (${this.producerConnection.status})`));
      }, timeoutMs);
      const onReady = () => {
        cleanup();
        resolve();
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.producerConnection.off('ready', onReady);
      };
      this.producerConnection.on('ready', onReady);
    });
  }

  work(handler: JobHandler, concurrency: number): void {
    if (this.worker) throw new Error('work() called twice');
    const connection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    connection.on('error', () => {});
    this.worker = new Worker(
      QUEUE_NAME,
      async (bullJob) => {
        await handler(parseJob(bullJob.data));
      },
      { connection: connection as unknown as ConnectionOptions, prefix: this.options.prefix, concurrency, autorun: true },
    );
    this.worker.on('error', (error) => this.options.onError?.(error, undefined));
    this.worker.on('failed', (bullJob, error) => this.options.onError?.(error, bullJob?.data as Job | undefined));
    // The worker owns this connection; close it with the worker.
    this.worker.on('closed', () => connection.disconnect());
  }

  async isWaiting(job: Job): Promise<boolean> {
    await this.waitReady(1_000);
    const state = await this.queue.getJobState(jobId(job));
    return state === 'waiting' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children';
  }

  async ping(): Promise<void> {
    await this.waitReady(1_000);
    const answer = await this.producerConnection.ping();
    if (answer !== 'PONG') throw new Error(`unexpected Redis PING answer: ${answer}`);
  }

  async stats(): Promise<QueueStats> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.producerConnection.disconnect();
  }
}
