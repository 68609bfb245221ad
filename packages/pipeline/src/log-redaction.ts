import type { LoggerOptions } from 'pino';
import pino from 'pino';

const CENSOR = '[redacted]';

/** Fields that hold secrets, contact details, client addresses or customer file names, wherever they sit. */
const SENSITIVE_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'x-forwarded-for',
  'x-real-ip',
  'forwarded',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'password',
  'secret',
  'sessionSecret',
  'clientSecret',
  'apiKey',
  'email',
  'to',
  'ip',
  'clientIp',
  'remoteAddress',
  'originalName',
  'fileName',
  'filename',
];

// pino's redact paths: at the top, one level down, and the request/response header objects.
const REDACT_PATHS = [
  ...SENSITIVE_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`]),
  ...SENSITIVE_KEYS.flatMap((key) => [`req.headers["${key}"]`, `res.headers["${key}"]`, `*.headers["${key}"]`]),
];

// Query parameters whose value opens something (links, OAuth codes, SSE tokens) or names a person.
const SECRET_PARAM = /^(?:.*token|code|state|key|api_key|secret|signature|sig|password|email|session)$/i;
// A path segment that is a credential: long and random-looking (request ids are 16 characters and kept).
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{24,}$/;
const EMAIL = /[^\s@"'<>(),;:/?=&]+@[^\s@"'<>(),;:/?=&]+\.[A-Za-z]{2,}/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// Eight groups, or a `::` compression with at least two groups around it (so `12:30` stays).
const IPV6 = /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?|::(?:ffff:)?[0-9a-f]{1,4}(?::[0-9a-f]{1,4})+)(?![\w:])/gi;

/** A URL as it may be logged: secret query values and token-like path segments replaced, emails and addresses masked. */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  const pathPart = query === -1 ? url : url.slice(0, query);
  const maskedPath = pathPart
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) || segment.includes('@') || segment.includes('%40') ? CENSOR : segment))
    .join('/');
  if (query === -1) return scrubText(maskedPath);
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      const name = at === -1 ? pair : pair.slice(0, at);
      let decodedName = name;
      try {
        decodedName = decodeURIComponent(name);
      } catch {
        // A broken escape in a name: judged as written.
      }
      if (at === -1) return pair;
      const value = pair.slice(at + 1);
      return SECRET_PARAM.test(decodedName) || value.includes('@') || value.includes('%40') ? `${name}=${CENSOR}` : pair;
    });
  return scrubText(`${maskedPath}?${params.join('&')}`);
}

/** Free text as it may be logged: emails, IP addresses and URL tokens masked. */
export function scrubText(text: string): string {
  return text
    .replace(/([?&](?:[a-z_]*token|code|state|email)=)[^&\s"']+/gi, `$1${CENSOR}`)
    .replace(EMAIL, '[email]')
    .replace(IPV4, '[ip]')
    .replace(IPV6, '[ip]');
}

/** Only what is needed to follow a request: never its client address, headers or query secrets. */
function requestSerializer(req: { method?: string; url?: string; id?: unknown; routeOptions?: { url?: string } }) {
  return { method: req.method, url: typeof req.url === 'string' ? redactUrl(req.url) : undefined, route: req.routeOptions?.url };
}

/** Errors keep their type, code and stack, with the customer's file name, emails and addresses masked. */
function errorSerializer(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const fileName = (error as { fileName?: unknown } | null)?.fileName;
  const mask = (value: unknown) => {
    if (typeof value !== 'string') return value;
    const withoutName = typeof fileName === 'string' && fileName.length > 0 ? value.split(fileName).join('[file]') : value;
    return scrubText(withoutName);
  };
  for (const key of ['message', 'stack']) if (key in serialized) serialized[key] = mask(serialized[key]);
  return serialized;
}

function scrubPlain(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth <= 0 || value === null || typeof value !== 'object') return value;
  // Only plain data is walked: requests, replies and errors have their own serializers.
  if (Array.isArray(value)) return value.map((item) => scrubPlain(item, depth - 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubPlain(item, depth - 1)]));
}

/**
 * pino options that keep secrets and personal data out of every log line at every level: redacted
 * fields (pino `redact`), request/error serializers that mask URLs, addresses and file names, and
 * free-text scrubbing of messages and plain fields for emails, IPs and URL tokens.
 */
export function redactingLoggerOptions(): Pick<LoggerOptions, 'redact' | 'serializers' | 'formatters' | 'hooks'> {
  return {
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: {
      req: requestSerializer,
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: errorSerializer,
      error: errorSerializer,
    },
    formatters: {
      log: (object) => scrubPlain(object, 3) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        // Messages and printf arguments are free text too.
        return method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
}
