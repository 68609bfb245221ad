import Type from 'typebox';
import Value from 'typebox/value';

/** Every job the platform runs. Payloads carry ids only; the database holds the rest. */
export const JobSchema = Type.Union([
  Type.Object({
    type: Type.Literal('process-request'),
    requestId: Type.String({ pattern: '^[a-z2-7]{16}$' }),
    /** The request's dispatch count when enqueued; makes a re-dispatch a distinct queue job. */
    dispatch: Type.Integer({ minimum: 0 }),
  }),
  Type.Object({ type: Type.Literal('cleanup-expired') }),
]);
export type Job = Type.Static<typeof JobSchema>;

export class InvalidJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobError';
  }
}

export function parseJob(data: unknown): Job {
  if (!Value.Check(JobSchema, data)) {
    const first = Value.Errors(JobSchema, data)[0];
    throw new InvalidJobError(`invalid job payload${first ? ` at ${first.instancePath || '/'}: ${first.message}` : ''}`);
  }
  return data;
}

/** Queue-level identity: equal jobs are enqueued once. */
export function jobId(job: Job): string {
  switch (job.type) {
    case 'process-request':
      return `process-${job.requestId}-${job.dispatch}`;
    case 'cleanup-expired':
      return `cleanup-${Math.floor(Date.now() / 60_000)}`;
  }
}

export type JobHandler = (job: Job) => Promise<void>;

export interface QueueStats {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** The port both adapters implement. */
export interface JobQueue {
  readonly kind: 'bullmq' | 'in-process';
  /** Adds a job; fails fast when the transport is unreachable. Idempotent per `jobId`. */
  enqueue(job: Job): Promise<void>;
  /** Starts consuming with `concurrency` jobs at a time. Call at most once. */
  work(handler: JobHandler, concurrency: number): void;
  /** Whether the job waits in the queue to be taken (not running, finished, failed or lost). */
  isWaiting(job: Job): Promise<boolean>;
  ping(): Promise<void>;
  stats(): Promise<QueueStats>;
  /** Stops taking jobs, waits for running ones, releases connections. */
  close(): Promise<void>;
}
