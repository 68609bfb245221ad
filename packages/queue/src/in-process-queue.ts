import { jobId, parseJob, type Job, type JobHandler, type JobQueue, type QueueStats } from './job.ts';

/**
 * The embedded transport: jobs live in memory and run in this process. Nothing survives a
 * restart — the reconciler re-enqueues unfinished requests from the database at start.
 */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly waiting: Job[] = [];
  private readonly known = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private handler: JobHandler | undefined;
  private concurrency = 1;
  private failed = 0;
  private closed = false;
  private readonly onError: (error: unknown, job: Job) => void;

  constructor(options: { onError?: (error: unknown, job: Job) => void } = {}) {
    this.onError = options.onError ?? (() => {});
  }

  async enqueue(job: Job): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
    const valid = parseJob(job);
    const id = jobId(valid);
    if (this.known.has(id)) return;
    this.known.add(id);
    this.waiting.push(valid);
    this.pump();
  }

  work(handler: JobHandler, concurrency: number): void {
    if (this.handler) throw new Error('work() called twice');
    this.handler = handler;
    this.concurrency = concurrency;
    this.pump();
  }

  private pump(): void {
    const handler = this.handler;
    if (!handler || this.closed) return;
    while (this.running.size < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift() as Job;
      const run: Promise<void> = handler(job)
        .catch((error: unknown) => {
          this.failed += 1;
          this.onError(error, job);
        })
        .finally(() => {
          this.known.delete(jobId(job));
          this.running.delete(run);
          this.pump();
        });
      this.running.add(run);
    }
  }

  async isWaiting(job: Job): Promise<boolean> {
    const id = jobId(job);
    return this.waiting.some((j) => jobId(j) === id);
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
  }

  async stats(): Promise<QueueStats> {
    return { waiting: this.waiting.length, active: this.running.size, delayed: 0, failed: this.failed };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    await Promise.allSettled([...this.running]);
  }
}
