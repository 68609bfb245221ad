import { mkdir } from 'node:fs/promises';
import { createGenerator, type Generator } from '@statex/ai';
import type { Config } from '@statex/config';
import { openDatabase, type Database } from '@statex/db';
import { createMailer } from './mailer.ts';
import { createPipelineContext, type PipelineContext } from './pipeline-context.ts';
import { startWorker, type RunningWorker } from './start-worker.ts';
import { createTransport, type Transport } from '@statex/queue';
import pino, { type Logger } from 'pino';

/** Everything a Statex process holds open: database, transport, mailer, and (inline) the worker. */
export interface Runtime {
  config: Config;
  log: Logger;
  database: Database;
  transport: Transport;
  pipeline: PipelineContext;
  generator: Generator;
  worker: RunningWorker | null;
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({
    level: config.logLevel,
    redact: { paths: ['req.headers.authorization', 'token', 'email', '*.email'], censor: '[redacted]' },
  });
}

/**
 * Opens the runtime for one process. `withWorker` overrides the INLINE_WORKER setting (the worker
 * app passes true); `generator` replaces the configured generator tier.
 */
export async function createRuntime(config: Config, options: { log?: Logger; withWorker?: boolean; generator?: Generator } = {}): Promise<Runtime> {
  const log = options.log ?? createLogger(config);
  await mkdir(config.dataDir, { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const transport = createTransport({
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    onJobError: (error, job) => log.warn({ err: error, job }, 'job failed'),
  });
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, outboxDir: `${config.dataDir}/outbox`, log });
  const pipeline = createPipelineContext({ config, db: database.db, queue: transport.queue, events: transport.events, mailer, log });
  const generator = options.generator ?? createGenerator();
  const runWorker = options.withWorker ?? config.worker.inline;
  const worker = runWorker ? startWorker(pipeline, generator) : null;
  let closed = false;
  return {
    config,
    log,
    database,
    transport,
    pipeline,
    generator,
    worker,
    close: async () => {
      if (closed) return;
      closed = true;
      await worker?.stop();
      await transport.close();
      mailer.close();
      await database.close();
    },
  };
}
