/**
 * Ports, domains, upstreams and paths of every nginx configuration — defined here once and
 * rendered into each file by `deploy/render.ts`. A target (compose, a single host) or a region
 * changes only what differs; tests and benchmarks pass their own overrides.
 */

export interface NginxSettings {
  domains: {
    /** API (and later the web app): https://<app>/ */
    app: string;
    /** Prototype sites: https://r-<id>.<prototypes>/ — must equal the API's PROTOTYPE_DOMAIN. */
    prototypes: string;
  };
  /** Where each role listens. `address` null: every interface. */
  listen: { address: string | null; http: number; https: number; lb: number; static: number; apiProxy: number };
  /** `host:port` of each pool. `web` empty: the app domain goes to the API until the web app exists. */
  upstreams: { api: string[]; web: string[]; lb: string[]; static: string[]; apiProxy: string[] };
  paths: {
    /** `<sites>/<id>/current` → the published `v<version>` directory (kept by the worker). */
    sites: string;
    certificate: string;
    certificateKey: string;
    /** CA chain for OCSP stapling verification. */
    trustedCertificate: string;
    acmeWebroot: string;
    /** pid files and temp directories, one subdirectory per role. Must exist. */
    runtime: string;
    accessLog: string | 'off';
    errorLog: string;
  };
  /** DNS resolvers for OCSP stapling. */
  resolvers: string[];
  /** Addresses whose X-Forwarded-For is believed (the inner hops of the chain). */
  trustedProxies: string[];
  /** Unprivileged user of the worker processes when the master runs as root; null: leave unset. */
  user: string | null;
  workerProcesses: 'auto' | number;
  workerConnections: number;
  /** Largest request body (uploads are ≤ 50 MB in all, plus multipart overhead). */
  clientMaxBodySize: string;
}

/** The production defaults: the compose network's service names, standard ports. */
export const production: NginxSettings = {
  domains: { app: 'statex.example', prototypes: 'proto.statex.example' },
  listen: { address: null, http: 80, https: 443, lb: 8081, static: 8082, apiProxy: 8083 },
  upstreams: { api: ['api:8080'], web: [], lb: ['lb:8081'], static: ['static:8082'], apiProxy: ['api-proxy:8083'] },
  paths: {
    sites: '/var/lib/statex/sites',
    certificate: '/etc/letsencrypt/live/statex/fullchain.pem',
    certificateKey: '/etc/letsencrypt/live/statex/privkey.pem',
    trustedCertificate: '/etc/letsencrypt/live/statex/chain.pem',
    acmeWebroot: '/var/www/acme',
    runtime: '/var/cache/nginx',
    accessLog: '/dev/stdout',
    errorLog: '/dev/stderr',
  },
  resolvers: ['127.0.0.11'],
  trustedProxies: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.1'],
  user: 'nginx',
  workerProcesses: 'auto',
  workerConnections: 8192,
  clientMaxBodySize: '55m',
};

export type Region = 'eu' | 'uae';

/** What a region changes: its domains (the UAE edge has its own database and prototype domain). */
export const regions: Record<Region, { domains: NginxSettings['domains'] }> = {
  eu: { domains: { app: 'eu.statex.example', prototypes: 'proto.eu.statex.example' } },
  uae: { domains: { app: 'ae.statex.example', prototypes: 'proto.ae.statex.example' } },
};

export type Target = 'compose' | 'host';

/** compose: service names on the compose network. host: every role on one machine, loopback hops. */
export const targets: Record<Target, DeepPartial<NginxSettings>> = {
  compose: {},
  host: {
    upstreams: { api: ['127.0.0.1:8080'], lb: ['127.0.0.1:8081'], static: ['127.0.0.1:8082'], apiProxy: ['127.0.0.1:8083'] },
    paths: { accessLog: '/var/log/nginx/statex-access.log', errorLog: '/var/log/nginx/statex-error.log', runtime: '/run/statex-nginx' },
    resolvers: ['127.0.0.53'],
    trustedProxies: ['127.0.0.1'],
    user: 'www-data',
  },
};

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** `base` with `patch` laid over it; arrays are replaced, not merged. */
export function withOverrides<T extends object>(base: T, patch: DeepPartial<T>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      value !== null && typeof value === 'object' && !Array.isArray(value) && current !== null && typeof current === 'object' && !Array.isArray(current)
        ? withOverrides(current as object, value as DeepPartial<object>)
        : value;
  }
  return out as T;
}

export function settingsFor(options: { target?: Target; region?: Region; overrides?: DeepPartial<NginxSettings> } = {}): NginxSettings {
  let settings = withOverrides(production, targets[options.target ?? 'compose']);
  if (options.region) settings = withOverrides(settings, regions[options.region]);
  if (options.overrides) settings = withOverrides(settings, options.overrides);
  return settings;
}
