import path from 'node:path';
import ms from 'ms';
import Value from 'typebox/value';
import { EnvSchema, type Env } from './schema.ts';
import { deriveAccessConfig, readSecretFiles, type AccessConfig } from './access-settings.ts';
import { deriveAiConfig, type AiConfig } from './ai-settings.ts';
import { deriveExtractionConfig, type ExtractionConfig } from './extraction-settings.ts';

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  prototype: { domain: string; scheme: 'http' | 'https'; publicPort: number; ttlMs: number };
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  queuePrefix: string;
  mode: 'embedded' | 'services';
  worker: { inline: boolean; concurrency: number; leaseMs: number; stageDelayMs: number; reconcileIntervalMs: number; cleanupIntervalMs: number; crashStrikes: number };
  /** STATEX_SECRET; unset: the runtime generates one into the data directory. */
  secret: string | undefined;
  quota: { perEmail: number; perIp: number; windowMs: number };
  /** The brief interview: how long a request waits for answers (0: never asks). */
  interview: { clarifyTimeoutMs: number };
  mail: { smtpUrl: string | undefined; from: string };
  logLevel: Env['LOG_LEVEL'];
  /** Process supervision and error reporting (statex-ops, Sentry). */
  /** Accounts, sessions, abuse protection, retention (access-settings.ts). */
  access: AccessConfig;
  /** Generator tiers, transcription, cost and cache (ai-settings.ts). */
  ai: AiConfig;
  /** Limits of the sandbox that reads uploaded files (extraction-settings.ts). */
  extraction: ExtractionConfig;
  ops: { reusePort: boolean; probePort: number | undefined; faultUnreadyAfterMs: number | undefined; faultUnreadyFile: string | undefined; workerHealthPort: number | undefined; adminToken: string | undefined; sentryDsn: string | undefined; sentryTracesSampleRate: number };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const keys = Object.keys(EnvSchema.properties) as (keyof Env)[];

/** Reads the settings once from `source` (the process environment by default). Throws ConfigError naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  const secrets = readSecretFiles(source);
  if (secrets.problems.length > 0) throw new ConfigError(secrets.problems);
  for (const key of keys) {
    const value = secrets.values[key] ?? source[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const withDefaults = Value.Default(EnvSchema, raw);
  const converted = Value.Convert(EnvSchema, withDefaults);
  if (!Value.Check(EnvSchema, converted)) {
    const problems = Value.Errors(EnvSchema, converted).map((e) => {
      const name = e.instancePath.replace(/^\//, '') || '(environment)';
      const given = name in raw ? ` (got ${JSON.stringify(raw[name])})` : '';
      return `${name}: ${e.message}${given}`;
    });
    throw new ConfigError([...new Set(problems)]);
  }
  const env = converted as Env;
  const duration = (name: keyof Env): number => {
    const value = ms(String(env[name]).replace(/\s+/g, '') as ms.StringValue);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ConfigError([`${name}: not a duration (got ${JSON.stringify(env[name])})`]);
    return value;
  };
  const ttlMs = duration('PROTOTYPE_TTL');
  if (ttlMs < 1000) throw new ConfigError([`PROTOTYPE_TTL: must be at least 1s (got ${JSON.stringify(env.PROTOTYPE_TTL)})`]);
  const inline = env.INLINE_WORKER ?? !env.REDIS_URL;
  if (!inline && !env.REDIS_URL) {
    throw new ConfigError(['INLINE_WORKER: cannot be false without REDIS_URL (the in-process queue needs the worker in the same process)']);
  }
  const access = deriveAccessConfig(env, duration);
  // Every process must share the master secret: a generated one lives in one data directory only.
  if (env.DEPLOYMENT === 'production' && !env.STATEX_SECRET) access.problems.push('STATEX_SECRET: required when DEPLOYMENT=production (or STATEX_SECRET_FILE); every process must share it');
  if (access.problems.length > 0) throw new ConfigError(access.problems);
  const ai = deriveAiConfig(env, duration);
  if (ai.problems.length > 0) throw new ConfigError(ai.problems);
  const extraction = deriveExtractionConfig(env, duration);
  if (extraction.problems.length > 0) throw new ConfigError(extraction.problems);
  return {
    access: access.config,
    ai: ai.config,
    extraction: extraction.config,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    dataDir: path.resolve(env.STATEX_DATA_DIR),
    prototype: {
      domain: env.PROTOTYPE_DOMAIN,
      scheme: env.PROTOTYPE_SCHEME,
      publicPort: env.PROTOTYPE_PUBLIC_PORT ?? env.PORT,
      ttlMs,
    },
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    queuePrefix: env.QUEUE_PREFIX,
    mode: env.DATABASE_URL || env.REDIS_URL ? 'services' : 'embedded',
    worker: {
      inline,
      concurrency: env.WORKER_CONCURRENCY,
      leaseMs: duration('WORKER_LEASE'),
      stageDelayMs: duration('WORKER_STAGE_DELAY'),
      reconcileIntervalMs: duration('RECONCILE_INTERVAL'),
      cleanupIntervalMs: duration('CLEANUP_INTERVAL'),
      crashStrikes: env.WORKER_CRASH_STRIKES,
    },
    secret: env.STATEX_SECRET,
    interview: { clarifyTimeoutMs: duration('CLARIFY_TIMEOUT') },
    quota: { perEmail: env.QUOTA_PER_EMAIL, perIp: env.QUOTA_PER_IP, windowMs: duration('QUOTA_WINDOW') },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    logLevel: env.LOG_LEVEL,
    ops: {
      reusePort: env.REUSE_PORT,
      probePort: env.PROBE_PORT,
      faultUnreadyAfterMs: env.FAULT_UNREADY_AFTER === undefined ? undefined : duration('FAULT_UNREADY_AFTER'),
      faultUnreadyFile: env.FAULT_UNREADY_FILE,
      workerHealthPort: env.WORKER_HEALTH_PORT,
      adminToken: env.OPS_ADMIN_TOKEN,
      sentryDsn: env.SENTRY_DSN,
      sentryTracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
    },
  };
}

/** For a process's entry point: the config, or the list of bad settings on stderr and exit code 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
