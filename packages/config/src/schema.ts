import Type from 'typebox';
import { AccessEnv } from './access-settings.ts';
import { AiEnv } from './ai-settings.ts';
import { ExtractionEnv } from './extraction-settings.ts';

/**
 * Every setting Statex reads, with its default. Values arrive as strings from the environment;
 * `loadConfig` converts them, checks them against this schema and derives the typed config.
 * Durations accept `ms` notation: `500ms`, `30s`, `10m`, `2h`, `14d`.
 */
const Duration = (defaultValue: string, description: string) =>
  Type.String({ default: defaultValue, pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$', description });

export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080, description: 'HTTP port of the API and prototype hosting' }),
  HOST: Type.String({ minLength: 1, default: 'localhost', description: 'Interface to listen on (0.0.0.0 in containers)' }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+$', description: 'Origin customers use to reach the API, e.g. https://statex.example (default http://localhost:PORT)' })),
  STATEX_DATA_DIR: Type.String({ minLength: 1, default: './.statex', description: 'Embedded database, uploads, sites and mail outbox live here' }),
  PROTOTYPE_DOMAIN: Type.String({ pattern: '^[a-z0-9.-]+$', default: 'localhost', description: 'Prototypes are served at r-<id>.<PROTOTYPE_DOMAIN>' }),
  PROTOTYPE_SCHEME: Type.Union([Type.Literal('http'), Type.Literal('https')], { default: 'http' }),
  PROTOTYPE_PUBLIC_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'Port in prototype URLs (default PORT; 80/443 are left out of the URL)' })),
  PROTOTYPE_TTL: Duration('14d', 'How long a prototype and its inputs are kept'),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL 15+; unset: embedded PGlite in STATEX_DATA_DIR' })),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://', description: 'Redis 7 for BullMQ and live events; unset: in-process queue' })),
  QUEUE_PREFIX: Type.String({ pattern: '^[A-Za-z0-9_-]+$', default: 'statex', description: 'Redis key prefix for queues and events' }),
  INLINE_WORKER: Type.Optional(Type.Boolean({ description: 'Run the pipeline inside the API process (default: true without REDIS_URL, false with it)' })),
  WORKER_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 64, default: 4 }),
  WORKER_LEASE: Duration('60s', 'A worker holds a request this long before another may take it over'),
  WORKER_CRASH_STRIKES: Type.Integer({ minimum: 1, maximum: 100, default: 3, description: 'A request whose stage was running each time a worker process died this many times ends failed (crash-loop safety net)' }),
  STATEX_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'Master secret: wraps the per-request data keys and keys the HMACs of emails and IPs; required in production and when processes do not share STATEX_DATA_DIR (unset: generated once into STATEX_DATA_DIR/keys/master.key, mode 0600)' })),
  WORKER_STAGE_DELAY: Duration('0ms', 'Pause between pipeline stages (demos and fault drills); 0 in production'),
  CLARIFY_TIMEOUT: Duration('30m', 'How long a request whose customer asked to be asked (interview=ask) waits in the brief interview for answers before generating with stated assumptions; 0 turns the interview off'),
  RECONCILE_INTERVAL: Duration('15s', 'How often unfinished requests are re-enqueued from the database'),
  CLEANUP_INTERVAL: Duration('10m', 'How often expired prototypes are deleted'),
  QUOTA_PER_EMAIL: Type.Integer({ minimum: 1, default: 2 }),
  QUOTA_PER_IP: Type.Integer({ minimum: 1, default: 5 }),
  QUOTA_WINDOW: Duration('24h', 'Rolling window of the quotas'),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://', description: 'SMTP server for notifications; unset: .eml files in STATEX_DATA_DIR/outbox' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'Statex <no-reply@statex.localhost>' }),
  REUSE_PORT: Type.Boolean({ default: false, description: 'Let several API processes listen on PORT at once (SO_REUSEPORT; the kernel spreads connections); set by statex-ops up' }),
  PROBE_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'API: also serve /health, /health/ready and /metrics of this one process on 127.0.0.1:PROBE_PORT (supervisor probes when processes share PORT)' })),
  WORKER_HEALTH_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'Worker: serve /health, /health/ready and /metrics on 127.0.0.1:WORKER_HEALTH_PORT' })),
  FAULT_UNREADY_FILE: Type.Optional(Type.String({ minLength: 1, description: 'Fault drills only: /health/ready answers 503 while this file exists (release rollback drills); unset in production' })),
  FAULT_UNREADY_AFTER: Type.Optional(Type.String({ pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$', description: 'Fault drills only: the API answers 503 on /health/ready this long after it started (release rollback drills); unset in production' })),
  OPS_ADMIN_TOKEN: Type.Optional(Type.String({ minLength: 16, description: 'Bearer token for /api/admin/ops/* (until admin accounts exist); unset: those routes answer 404' })),
  SENTRY_DSN: Type.Optional(Type.String({ pattern: '^https?://', description: 'Report errors and traces to Sentry; unset: nothing is sent' })),
  SENTRY_TRACES_SAMPLE_RATE: Type.Number({ minimum: 0, maximum: 1, default: 0.1, description: 'Share of requests traced when SENTRY_DSN is set' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
  ...AccessEnv,
  ...AiEnv,
  ...ExtractionEnv,
});

export type Env = Type.Static<typeof EnvSchema>;
