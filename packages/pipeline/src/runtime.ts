import { mkdir } from 'node:fs/promises';
import { createAiClients, createGenerator, createResponseCache, type Generator } from '@statex/ai';
import { createPipelineAi } from './ai-clients.ts';
import { DatabaseUsageLedger } from './ai-usage-ledger.ts';
import type { Config } from '@statex/config';
import { openDatabase, type Database } from '@statex/db';
import { createMailer } from './mailer.ts';
import { createPipelineContext, type PipelineContext } from './pipeline-context.ts';
import { loadMasterSecret, PersonalDataVault } from './privacy/personal-data-vault.ts';
import { tablesToCompact } from './privacy/compact-after-erasure.ts';
import { startWorker, type RunningWorker } from './start-worker.ts';
import { createTransport, type Transport } from '@statex/queue';
import { BreakerRegistry } from '@statex/resilience';
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactingLoggerOptions } from './log-redaction.ts';

/** Everything a Statex process holds open: database, transport, mailer, and (inline) the worker. */
export interface Runtime {
  config: Config;
  log: Logger;
  database: Database;
  transport: Transport;
  pipeline: PipelineContext;
  generator: Generator;
  breakers: BreakerRegistry;
  /** The inline worker, once started (null in an API-only process). */
  worker: RunningWorker | null;
  close(): Promise<void>;
}

/**
 * The process's logger. Secrets and personal data never reach the logs, at any level: tokens,
 * cookies, authorization, emails, client IPs and customer file names (see log-redaction.ts).
 * `destination` replaces stdout (tests read what was logged).
 */
export function createLogger(config: Config, destination?: DestinationStream): Logger {
  const options = { level: config.logLevel, ...redactingLoggerOptions() };
  return destination ? pino(options, destination) : pino(options);
}

export interface RuntimeOptions {
  log?: Logger;
  /** Overrides the INLINE_WORKER setting (the worker app passes true). */
  withWorker?: boolean;
  /** Replaces the configured generator tier. */
  generator?: Generator;
  /**
   * Wait until the database is reached and migrated before returning (default). A server passes
   * false: it listens at once, not ready, while PostgreSQL is retried with backoff.
   */
  waitForDatabase?: boolean;
  /** Label on this process's metrics: `api` or `worker`. */
  role?: string;
}

/** Opens the runtime for one process. */
export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? createLogger(config);
  await mkdir(config.dataDir, { recursive: true });
  const breakers = new BreakerRegistry();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onRetry: (error, attempt, delayMs) =>
      log.warn({ err: error, attempt: attempt + 1, retryInMs: delayMs }, 'database unreachable; not ready, retrying'),
  });
  const transport = createTransport({
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    onJobError: (error, job) => log.warn({ err: error, job }, 'job failed'),
  });
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, outboxDir: `${config.dataDir}/outbox`, log, breaker: breakers.get('smtp') });
  const vault = new PersonalDataVault(await loadMasterSecret(config.secret, config.dataDir), {
    compact: async () => {
      const tables = await tablesToCompact(database);
      const ms = await database.compact(tables);
      log.info({ tables: tables.length, ms: Math.round(ms) }, 'database compacted after erasure');
    },
  });
  const pipeline = createPipelineContext({ vault, config, db: database.db, queue: transport.queue, events: transport.events, mailer, log, breakers, role: options.role ?? 'api' });
  const aiCache = createResponseCache({
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    ttlMs: config.ai.cache.ttlMs,
    // Only a process with model tiers has answers to cache (and needs a Redis connection for them).
    maxEntries: config.ai.tierOrder.some((t) => t !== 'offline') ? config.ai.cache.maxEntries : 0,
  });
  // Every AI client (chat, vision, transcription) built once here and injected; the residency policy picks per request.
  const aiClients = createAiClients(config.ai);
  pipeline.ai = createPipelineAi(pipeline, aiClients);
  const generator =
    options.generator ??
    createGenerator(config.ai, { breakers, ledger: new DatabaseUsageLedger(database.db), cache: aiCache.cache, telemetry: pipeline.metrics.aiTelemetry(), log, models: aiClients.chat });
  const runWorker = options.withWorker ?? config.worker.inline;
  let closed = false;
  const runtime: Runtime = {
    config,
    log,
    database,
    transport,
    pipeline,
    generator,
    breakers,
    worker: null,
    close: async () => {
      if (closed) return;
      closed = true;
      await runtime.worker?.stop();
      await pipeline.extraction.close();
      await transport.close();
      mailer.close();
      aiCache.close();
      await database.close();
    },
  };
  if (runWorker) {
    // The worker starts once the database answers; until then there is nothing it could do.
    const started = database.ready.then(() => {
      if (!closed) runtime.worker = startWorker(pipeline, generator);
    });
    if (options.waitForDatabase ?? true) await started;
    else started.catch(() => {});
  } else if (options.waitForDatabase ?? true) {
    await database.ready;
  }
  return runtime;
}
