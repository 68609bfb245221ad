import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Type from 'typebox';

/**
 * Settings of accounts, access control, abuse protection and data protection. Kept apart from the
 * main schema (which spreads them in) so the many settings of this area read together.
 */
const Duration = (defaultValue: string, description: string) =>
  Type.String({ default: defaultValue, pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$', description });
const Url = (description: string) => Type.Optional(Type.String({ pattern: '^https?://', description }));
const List = (description: string) => Type.Optional(Type.String({ description: `${description} (comma-separated)` }));

export const AccessEnv = {
  DEPLOYMENT: Type.Union([Type.Literal('demo'), Type.Literal('production')], {
    default: 'demo',
    description: 'production: the public service (email confirmation on, SESSION_SECRET required); demo: the embedded try-out',
  }),
  REQUIRE_EMAIL_CONFIRMATION: Type.Optional(Type.Boolean({ description: 'Anonymous submissions are generated only after the email is confirmed by a link (default: on in production, off in demo)' })),
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'Signs session cookies; required in production (demo: random per start)' })),
  SESSION_TTL: Duration('7d', 'A session ends this long after sign-in'),
  MAGIC_LINK_TTL: Duration('15m', 'A sign-in or confirmation link works this long, once'),
  EMAIL_CONFIRMATION_TTL: Duration('48h', 'An unconfirmed anonymous submission is deleted after this'),
  ADMIN_EMAILS: List('Accounts with these verified emails get the admin role when they sign in'),
  OAUTH_GOOGLE_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_GOOGLE_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_GOOGLE_AUTHORIZE_URL: Url('default https://accounts.google.com/o/oauth2/v2/auth'),
  OAUTH_GOOGLE_TOKEN_URL: Url('default https://oauth2.googleapis.com/token'),
  OAUTH_GOOGLE_USERINFO_URL: Url('default https://openidconnect.googleapis.com/v1/userinfo'),
  OAUTH_GITHUB_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_GITHUB_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_GITHUB_AUTHORIZE_URL: Url('default https://github.com/login/oauth/authorize'),
  OAUTH_GITHUB_TOKEN_URL: Url('default https://github.com/login/oauth/access_token'),
  OAUTH_GITHUB_USERINFO_URL: Url('default https://api.github.com/user (emails from <this>/emails)'),
  OAUTH_FACEBOOK_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_FACEBOOK_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  OAUTH_FACEBOOK_AUTHORIZE_URL: Url('default https://www.facebook.com/v19.0/dialog/oauth'),
  OAUTH_FACEBOOK_TOKEN_URL: Url('default https://graph.facebook.com/v19.0/oauth/access_token'),
  OAUTH_FACEBOOK_USERINFO_URL: Url('default https://graph.facebook.com/v19.0/me'),
  TRUSTED_PROXIES: List('Addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed; default none'),
  CORS_ORIGINS: List('Origins allowed to call the API from a browser; default none (same origin only)'),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 1, default: 300, description: 'Requests per client IP per RATE_LIMIT_WINDOW on every route' }),
  RATE_LIMIT_WINDOW: Duration('1m', 'Window of RATE_LIMIT_MAX'),
  EVENT_STREAMS_PER_CLIENT: Type.Integer({ minimum: 1, default: 8, description: 'Live-event (SSE) connections one client IP may hold open at once; beyond: 429' }),
  EVENT_STREAMS_TOTAL: Type.Integer({ minimum: 1, default: 2000, description: 'Live-event (SSE) connections one API process holds open at once; beyond: 429' }),
  UPLOAD_MIN_FREE_MB: Type.Integer({ minimum: 0, default: 512, description: 'New submissions get 503 while the data directory\'s disk has less free space than this (MiB)' }),
  UPLOAD_MIN_FREE_PERCENT: Type.Number({ minimum: 0, maximum: 99, default: 2, description: 'New submissions get 503 while the data directory\'s disk has less free space than this share (%)' }),
  ACCOUNT_RETENTION: Duration('730d', 'An account not seen for this long is erased with all its data'),
  AUDIT_LOG_RETENTION: Duration('730d', 'Audit log entries are kept this long'),
};

/** Settings that may come from a file instead (Docker secrets): `NAME_FILE=/run/secrets/name`. */
export const SECRET_SETTINGS = [
  'SESSION_SECRET',
  'STATEX_SECRET',
  'OAUTH_GOOGLE_CLIENT_SECRET',
  'OAUTH_GITHUB_CLIENT_SECRET',
  'OAUTH_FACEBOOK_CLIENT_SECRET',
  'OPS_ADMIN_TOKEN',
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'SENTRY_DSN',
  'OPENAI_API_KEY',
  'AZURE_OPENAI_API_KEY',
  'TRANSCRIBE_API_KEY',
] as const;

/**
 * Fills `NAME` from the file named by `NAME_FILE` (trailing newline dropped). Setting both is a
 * mistake worth stopping for; an unreadable file too.
 */
export function readSecretFiles(source: Record<string, string | undefined>): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of SECRET_SETTINGS) {
    const file = source[`${name}_FILE`]?.trim();
    if (!file) continue;
    if (source[name]?.trim()) {
      problems.push(`${name}_FILE: set together with ${name}; set only one`);
      continue;
    }
    try {
      values[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`${name}_FILE: cannot read ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return { values, problems };
}

export type OAuthProviderName = 'google' | 'github' | 'facebook';

export interface OAuthProviderConfig {
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  userInfoUrl: string;
}

export interface AccessConfig {
  deployment: 'demo' | 'production';
  requireEmailConfirmation: boolean;
  sessionSecret: string;
  sessionTtlMs: number;
  magicLinkTtlMs: number;
  emailConfirmationTtlMs: number;
  /** Cookies get `Secure` when the public URL is https (TLS in front). */
  secureCookies: boolean;
  adminEmails: string[];
  oauth: Partial<Record<OAuthProviderName, OAuthProviderConfig>>;
  trustedProxies: string[];
  corsOrigins: string[];
  rateLimit: { max: number; windowMs: number };
  /** Open live-event streams allowed per client IP and per process. */
  eventStreams: { perClient: number; total: number };
  /** Free space the data directory's disk keeps: below either, new uploads are refused with 503. */
  uploadMinFree: { bytes: number; percent: number };
  retention: { accountMs: number; auditLogMs: number };
}

const OAUTH_DEFAULTS: Record<OAuthProviderName, Omit<OAuthProviderConfig, 'clientId' | 'clientSecret'>> = {
  google: {
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    userInfoUrl: 'https://openidconnect.googleapis.com/v1/userinfo',
  },
  github: {
    authorizeUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl: 'https://github.com/login/oauth/access_token',
    userInfoUrl: 'https://api.github.com/user',
  },
  facebook: {
    authorizeUrl: 'https://www.facebook.com/v19.0/dialog/oauth',
    tokenUrl: 'https://graph.facebook.com/v19.0/oauth/access_token',
    userInfoUrl: 'https://graph.facebook.com/v19.0/me',
  },
};

const AccessEnvSchema = Type.Object(AccessEnv);
type AccessEnvValues = Type.Static<typeof AccessEnvSchema>;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Derives the typed access settings; `problems` lists what is missing or contradictory. */
export function deriveAccessConfig(
  env: AccessEnvValues & { PUBLIC_URL?: string | undefined },
  duration: (name: keyof typeof AccessEnv) => number,
): { config: AccessConfig; problems: string[] } {
  const problems: string[] = [];
  const production = env.DEPLOYMENT === 'production';
  if (production && !env.SESSION_SECRET) problems.push('SESSION_SECRET: required when DEPLOYMENT=production (or SESSION_SECRET_FILE)');
  const oauth: AccessConfig['oauth'] = {};
  for (const name of ['google', 'github', 'facebook'] as const) {
    const key = name.toUpperCase() as 'GOOGLE' | 'GITHUB' | 'FACEBOOK';
    const clientId = env[`OAUTH_${key}_CLIENT_ID`];
    const clientSecret = env[`OAUTH_${key}_CLIENT_SECRET`];
    if (!clientId && !clientSecret) continue;
    if (!clientId || !clientSecret) {
      problems.push(`OAUTH_${key}_CLIENT_ID and OAUTH_${key}_CLIENT_SECRET: set both to enable ${name} sign-in, or neither`);
      continue;
    }
    oauth[name] = {
      clientId,
      clientSecret,
      authorizeUrl: env[`OAUTH_${key}_AUTHORIZE_URL`] ?? OAUTH_DEFAULTS[name].authorizeUrl,
      tokenUrl: env[`OAUTH_${key}_TOKEN_URL`] ?? OAUTH_DEFAULTS[name].tokenUrl,
      userInfoUrl: env[`OAUTH_${key}_USERINFO_URL`] ?? OAUTH_DEFAULTS[name].userInfoUrl,
    };
  }
  return {
    problems,
    config: {
      deployment: env.DEPLOYMENT,
      requireEmailConfirmation: env.REQUIRE_EMAIL_CONFIRMATION ?? production,
      // Demo: a fresh secret per start; sessions then end with the process, which a demo can afford.
      sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
      sessionTtlMs: duration('SESSION_TTL'),
      magicLinkTtlMs: duration('MAGIC_LINK_TTL'),
      emailConfirmationTtlMs: duration('EMAIL_CONFIRMATION_TTL'),
      secureCookies: (env.PUBLIC_URL ?? '').startsWith('https://'),
      adminEmails: list(env.ADMIN_EMAILS).map((e) => e.toLowerCase()),
      oauth,
      trustedProxies: list(env.TRUSTED_PROXIES),
      corsOrigins: list(env.CORS_ORIGINS),
      rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: duration('RATE_LIMIT_WINDOW') },
      eventStreams: { perClient: env.EVENT_STREAMS_PER_CLIENT, total: env.EVENT_STREAMS_TOTAL },
      uploadMinFree: { bytes: env.UPLOAD_MIN_FREE_MB * 1024 * 1024, percent: env.UPLOAD_MIN_FREE_PERCENT },
      retention: { accountMs: duration('ACCOUNT_RETENTION'), auditLogMs: duration('AUDIT_LOG_RETENTION') },
    },
  };
}
