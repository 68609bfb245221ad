/**
 * Renders every nginx configuration from `deploy/topology.ts`:
 *
 *   chain/tls.conf        TLS termination: :80 (ACME + redirect) and :443 (HTTP/2, HTTP/3 on nginx ≥ 1.25) → lb
 *   chain/lb.conf         load balancer: by Host, prototype sites → static pool, the rest → api-proxy pool (web later)
 *   chain/static.conf     prototype sites from disk by subdomain; what is not on disk → api-proxy
 *   chain/api-proxy.conf  keepalive upstream of API instances, timeouts, SSE unbuffered
 *   consolidated.conf     all four roles in one nginx
 *
 * Every file is a complete main configuration (`nginx -c FILE`), self-contained (no includes).
 *
 *   node deploy/render.ts [--target compose|host] [--region eu|uae] [--nginx-version 1.27.5] [--out DIR]
 *
 * Without --nginx-version the local `nginx -v` decides whether HTTP/3 is rendered.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
// The same policy the API sends with prototypes (a dependency-free module, so the nginx image can render without npm ci).
import { PROTOTYPE_CSP } from '../packages/templates/src/content-security-policy.ts';
import { settingsFor, type NginxSettings, type Region, type Target } from './topology.ts';

export type Role = 'tls' | 'lb' | 'static' | 'api-proxy' | 'consolidated';

export interface NginxFeatures {
  version: string;
  /** `listen … quic` and Alt-Svc: nginx ≥ 1.25.0. */
  http3: boolean;
  /** `http2 on;` replaces `listen … http2` (deprecated) from 1.25.1. */
  http2Directive: boolean;
}

export function featuresOf(version: string): NginxFeatures {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const at = (a: number, b: number, c: number) => major > a || (major === a && (minor > b || (minor === b && patch >= c)));
  return { version, http3: at(1, 25, 0), http2Directive: at(1, 25, 1) };
}

/** The version of the nginx on PATH (or at `binary`), e.g. `1.22.1`. */
export function detectNginxVersion(binary = 'nginx'): string {
  // nginx prints its version on stderr.
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  if (result.error) throw new Error(`cannot run ${binary} -v: ${result.error.message}`);
  const text = `${result.stderr}${result.stdout}`;
  const match = /nginx\/(\d+\.\d+\.\d+)/.exec(text);
  if (!match?.[1]) throw new Error(`cannot read the nginx version from: ${text.trim()}`);
  return match[1];
}

/** Headers of every prototype file, as the API's prototype hosting sends them. */
export const PROTOTYPE_HEADERS: [string, string][] = [
  ['Content-Security-Policy', PROTOTYPE_CSP],
  ['X-Robots-Tag', 'noindex, nofollow'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

const HSTS = 'max-age=63072000; includeSubDomains';
const SITE_ID = '[a-z2-7]{16}';
const SSE_ROUTE = '^/api/requests/[^/]+/events$';
const HASHED_ASSET = '\\.[0-9a-f]{8,}\\.(?:css|js|mjs|png|jpe?g|webp|gif|svg|ico|woff2?)$';

const MIME_TYPES: [string, string][] = [
  ['text/html', 'html htm'],
  ['text/css', 'css'],
  ['text/plain', 'txt'],
  ['text/markdown', 'md'],
  ['application/javascript', 'js mjs'],
  ['application/json', 'json map'],
  ['application/manifest+json', 'webmanifest'],
  ['application/xml', 'xml'],
  ['image/svg+xml', 'svg svgz'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg jpeg'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
  ['image/x-icon', 'ico'],
  ['font/woff', 'woff'],
  ['font/woff2', 'woff2'],
  ['application/pdf', 'pdf'],
];

const GZIP_TYPES = 'text/css text/plain text/markdown application/javascript application/json application/manifest+json application/xml image/svg+xml';

/** A double-quoted nginx string. Backslashes stay as they are (regexes need them). */
function quote(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

function indent(lines: string[], depth: number): string[] {
  return lines.map((l) => (l === '' ? l : '    '.repeat(depth) + l));
}

function block(head: string, body: string[]): string[] {
  return [`${head} {`, ...indent(body, 1), '}'];
}

function listenOn(s: NginxSettings, port: number): string {
  return s.listen.address ? `${s.listen.address.includes(':') ? `[${s.listen.address}]` : s.listen.address}:${port}` : String(port);
}

/** `proto\.statex\.example` — a domain for a server_name regex. */
function escapeDomain(domain: string): string {
  return domain.replace(/\./g, '\\.');
}

function prototypeServerName(s: NginxSettings): string {
  // Quoted: the regex has braces.
  return quote(`~^r-(?<site_id>${SITE_ID})\\.${escapeDomain(s.domains.prototypes)}$`);
}

function upstream(name: string, servers: string[], keepalive: number): string[] {
  if (servers.length === 0) throw new Error(`upstream ${name} has no servers`);
  return block(`upstream ${name}`, [...servers.map((server) => `server ${server} max_fails=3 fail_timeout=10s;`), `keepalive ${keepalive};`, 'keepalive_timeout 60s;']);
}

/**
 * The proxy directives every hop uses. `edge`: this nginx talks to the client, so the client's
 * address and scheme are its own; inner hops pass on what the edge set.
 */
function proxyTo(pool: string, edge: boolean, options: { readTimeout?: string; extra?: string[] } = {}): string[] {
  return [
    `proxy_pass http://${pool};`,
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    'proxy_set_header Host $host;',
    'proxy_set_header X-Real-IP $remote_addr;',
    edge ? 'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;' : 'proxy_set_header X-Forwarded-For $http_x_forwarded_for;',
    edge ? 'proxy_set_header X-Forwarded-Proto $scheme;' : 'proxy_set_header X-Forwarded-Proto $http_x_forwarded_proto;',
    'proxy_connect_timeout 5s;',
    'proxy_send_timeout 120s;',
    `proxy_read_timeout ${options.readTimeout ?? '120s'};`,
    // Only idempotent requests are retried on another instance (nginx's default for POST).
    'proxy_next_upstream error timeout http_502 http_503 http_504;',
    'proxy_next_upstream_tries 2;',
    ...(options.extra ?? []),
  ];
}

/** Server-Sent Events: every hop passes each event on as it comes (no buffering, no gzip, long reads). */
function sseLocation(pool: string, edge: boolean): string[] {
  return block(`location ~ ${SSE_ROUTE}`, proxyTo(pool, edge, { readTimeout: '1h', extra: ['proxy_buffering off;', 'proxy_cache off;', 'gzip off;'] }));
}

/** Routes of the app domain: the API, and the web app when it exists. */
function appLocations(pools: { api: string; web: string | null }, edge: boolean): string[] {
  const api = proxyTo(pools.api, edge);
  const lines = [...sseLocation(pools.api, edge)];
  if (pools.web) {
    // The web app owns the site; these paths stay with the API.
    lines.push(...block('location ~ ^/(?:api/|health|docs|openapi\\.json|p/)', api), ...block('location /', proxyTo(pools.web, edge)));
  } else {
    lines.push(...block('location /', api));
  }
  return lines;
}

function addHeaders(headers: [string, string][]): string[] {
  return headers.map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
}

/**
 * A prototype site from `<sites>/<id>/current/`. What is not on disk (not published yet, expired,
 * unknown id, no `current` link) goes to the platform, which answers with the right page (404/410).
 * `tlsHeaders`: add_header in a location hides the server's, so HSTS is repeated here at the edge.
 */
function prototypeLocations(s: NginxSettings, platformPool: string, edge: boolean, tlsHeaders: [string, string][]): string[] {
  const headers = [...PROTOTYPE_HEADERS, ...tlsHeaders];
  return [
    `root ${s.paths.sites}/$site_id/current;`,
    'disable_symlinks off;',
    // Spares the stat/open of hot files; a newly published version shows within 5 s.
    'open_file_cache max=20000 inactive=60s;',
    'open_file_cache_valid 5s;',
    ...block('location /', ['try_files $uri $uri.html $uri/index.html @platform;', ...addHeaders([...headers, ['Cache-Control', 'no-cache']])]),
    // Hashed names never change content: cache for a year.
    ...block(`location ~* ${quote(HASHED_ASSET)}`, ['try_files $uri @platform;', ...addHeaders([...headers, ['Cache-Control', 'public, max-age=31536000, immutable']])]),
    ...block('location @platform', proxyTo(platformPool, edge)),
  ];
}

function mainContext(s: NginxSettings, role: Role, http: string[]): string {
  const runtime = `${s.paths.runtime}/${role}`;
  const lines = [
    `# Rendered by deploy/render.ts (role: ${role}) — do not edit: change deploy/topology.ts and render again.`,
    ...(s.user ? [`user ${s.user};`] : []),
    `worker_processes ${s.workerProcesses};`,
    'worker_rlimit_nofile 65535;',
    `pid ${s.paths.runtime}/${role}.pid;`,
    `error_log ${s.paths.errorLog} warn;`,
    '',
    ...block('events', [`worker_connections ${s.workerConnections};`, 'multi_accept on;']),
    '',
    ...block('http', [
      ...block('types', MIME_TYPES.map(([type, ext]) => `${type} ${ext};`)),
      'default_type application/octet-stream;',
      'charset utf-8;',
      'charset_types text/css text/plain text/markdown application/javascript application/json image/svg+xml;',
      'server_tokens off;',
      'sendfile on;',
      'tcp_nopush on;',
      'tcp_nodelay on;',
      'keepalive_timeout 65s;',
      'keepalive_requests 10000;',
      `client_max_body_size ${s.clientMaxBodySize};`,
      `client_body_temp_path ${runtime}/body;`,
      `proxy_temp_path ${runtime}/proxy;`,
      `fastcgi_temp_path ${runtime}/fastcgi;`,
      `uwsgi_temp_path ${runtime}/uwsgi;`,
      `scgi_temp_path ${runtime}/scgi;`,
      `log_format statex '$remote_addr "$host" [$time_iso8601] "$request" $status $body_bytes_sent $request_time "$upstream_response_time" "$http_user_agent"';`,
      s.paths.accessLog === 'off' ? 'access_log off;' : `access_log ${s.paths.accessLog} statex;`,
      'gzip on;',
      'gzip_comp_level 5;',
      'gzip_min_length 1024;',
      'gzip_proxied any;',
      'gzip_vary on;',
      `gzip_types ${GZIP_TYPES};`,
      '',
      ...http,
    ]),
    '',
  ];
  return lines.join('\n');
}

/** Inner hops believe the X-Forwarded-For of the hops before them. */
function realIp(s: NginxSettings): string[] {
  return [...s.trustedProxies.map((cidr) => `set_real_ip_from ${cidr};`), 'real_ip_header X-Forwarded-For;', 'real_ip_recursive on;'];
}

/** TLS settings at http level, shared by every :443 server of the file. */
function tlsContext(s: NginxSettings): string[] {
  return [
    `ssl_certificate ${s.paths.certificate};`,
    `ssl_certificate_key ${s.paths.certificateKey};`,
    'ssl_protocols TLSv1.2 TLSv1.3;',
    'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
    'ssl_prefer_server_ciphers off;',
    'ssl_session_cache shared:SSL:20m;',
    'ssl_session_timeout 1d;',
    'ssl_session_tickets off;',
    'ssl_stapling on;',
    'ssl_stapling_verify on;',
    `ssl_trusted_certificate ${s.paths.trustedCertificate};`,
    `resolver ${s.resolvers.join(' ')} valid=300s;`,
    'resolver_timeout 5s;',
  ];
}

/**
 * The listen lines of a :443 server. `first`: the file's first TLS server carries the socket
 * options (default_server, reuseport) — nginx allows them once per address.
 */
function tlsListen(s: NginxSettings, f: NginxFeatures, first: boolean): string[] {
  const at = listenOn(s, s.listen.https);
  const lines = f.http2Directive ? [`listen ${at} ssl${first ? ' default_server' : ''};`, 'http2 on;'] : [`listen ${at} ssl http2${first ? ' default_server' : ''};`];
  if (f.http3) lines.push(`listen ${at} quic${first ? ' reuseport' : ''};`);
  return lines;
}

function tlsHeaders(s: NginxSettings, f: NginxFeatures): [string, string][] {
  const headers: [string, string][] = [['Strict-Transport-Security', HSTS]];
  if (f.http3) headers.push(['Alt-Svc', `h3=":${s.listen.https}"; ma=86400`]);
  return headers;
}

/** :80 — the ACME HTTP-01 challenge, everything else redirected to HTTPS. */
function redirectServer(s: NginxSettings): string[] {
  const port = s.listen.https === 443 ? '' : `:${s.listen.https}`;
  return block('server', [
    `listen ${listenOn(s, s.listen.http)} default_server;`,
    'server_name _;',
    ...block('location ^~ /.well-known/acme-challenge/', [`root ${s.paths.acmeWebroot};`, 'default_type text/plain;', 'try_files $uri =404;']),
    ...block('location /', [`return 301 https://$host${port}$request_uri;`]),
  ]);
}

/** A status page for the ops agent and container healthchecks, loopback only. */
function statusLocation(): string[] {
  return block('location = /nginx-status', ['stub_status;', 'access_log off;', 'allow 127.0.0.1;', 'allow ::1;', 'deny all;']);
}

function renderTls(s: NginxSettings, f: NginxFeatures): string {
  return mainContext(s, 'tls', [
    ...upstream('lb_pool', s.upstreams.lb, 128),
    ...tlsContext(s),
    '',
    ...redirectServer(s),
    '',
    ...block('server', [
      ...tlsListen(s, f, true),
      `server_name ${s.domains.app} ${prototypeServerName(s)};`,
      ...addHeaders(tlsHeaders(s, f)),
      ...statusLocation(),
      ...sseLocation('lb_pool', true),
      ...block('location /', proxyTo('lb_pool', true)),
    ]),
  ]);
}

function renderLb(s: NginxSettings): string {
  const web = s.upstreams.web.length > 0;
  return mainContext(s, 'lb', [
    ...upstream('static_pool', s.upstreams.static, 64),
    ...upstream('api_proxy_pool', s.upstreams.apiProxy, 64),
    ...(web ? upstream('web_pool', s.upstreams.web, 64) : []),
    ...realIp(s),
    '',
    ...block('server', [`listen ${listenOn(s, s.listen.lb)} default_server;`, `server_name ${s.domains.app};`, ...statusLocation(), ...appLocations({ api: 'api_proxy_pool', web: web ? 'web_pool' : null }, false)]),
    '',
    ...block('server', [`listen ${listenOn(s, s.listen.lb)};`, `server_name ${prototypeServerName(s)};`, ...block('location /', proxyTo('static_pool', false))]),
  ]);
}

function renderStatic(s: NginxSettings): string {
  return mainContext(s, 'static', [
    ...upstream('api_proxy_pool', s.upstreams.apiProxy, 32),
    ...realIp(s),
    '',
    // A host that is no prototype site is not this role's business.
    ...block('server', [`listen ${listenOn(s, s.listen.static)} default_server;`, 'server_name _;', ...statusLocation(), ...block('location /', ['return 404;'])]),
    '',
    ...block('server', [`listen ${listenOn(s, s.listen.static)};`, `server_name ${prototypeServerName(s)};`, ...prototypeLocations(s, 'api_proxy_pool', false, [])]),
  ]);
}

function renderApiProxy(s: NginxSettings): string {
  return mainContext(s, 'api-proxy', [
    ...upstream('api_pool', s.upstreams.api, 64),
    ...realIp(s),
    '',
    ...block('server', [`listen ${listenOn(s, s.listen.apiProxy)} default_server;`, 'server_name _;', ...statusLocation(), ...sseLocation('api_pool', false), ...block('location /', proxyTo('api_pool', false))]),
  ]);
}

function renderConsolidated(s: NginxSettings, f: NginxFeatures): string {
  const web = s.upstreams.web.length > 0;
  return mainContext(s, 'consolidated', [
    ...upstream('api_pool', s.upstreams.api, 128),
    ...(web ? upstream('web_pool', s.upstreams.web, 64) : []),
    ...tlsContext(s),
    '',
    ...redirectServer(s),
    '',
    ...block('server', [
      ...tlsListen(s, f, true),
      `server_name ${s.domains.app};`,
      ...addHeaders(tlsHeaders(s, f)),
      ...statusLocation(),
      ...appLocations({ api: 'api_pool', web: web ? 'web_pool' : null }, true),
    ]),
    '',
    ...block('server', [...tlsListen(s, f, false), `server_name ${prototypeServerName(s)};`, ...addHeaders(tlsHeaders(s, f)), ...prototypeLocations(s, 'api_pool', true, tlsHeaders(s, f))]),
  ]);
}

export interface RenderedFile {
  /** Relative to the output directory. */
  file: string;
  role: Role;
  content: string;
}

export function renderNginx(settings: NginxSettings, nginxVersion: string): RenderedFile[] {
  const f = featuresOf(nginxVersion);
  return [
    { file: 'chain/tls.conf', role: 'tls', content: renderTls(settings, f) },
    { file: 'chain/lb.conf', role: 'lb', content: renderLb(settings) },
    { file: 'chain/static.conf', role: 'static', content: renderStatic(settings) },
    { file: 'chain/api-proxy.conf', role: 'api-proxy', content: renderApiProxy(settings) },
    { file: 'consolidated.conf', role: 'consolidated', content: renderConsolidated(settings, f) },
  ];
}

export function writeRendered(files: RenderedFile[], outDir: string): void {
  for (const { file, content } of files) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', default: 'compose' },
      region: { type: 'string' },
      'nginx-version': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const target = values.target as Target;
  if (target !== 'compose' && target !== 'host') throw new Error(`--target must be compose or host, not ${target}`);
  const region = values.region as Region | undefined;
  if (region !== undefined && region !== 'eu' && region !== 'uae') throw new Error(`--region must be eu or uae, not ${region}`);
  const version = values['nginx-version'] ?? detectNginxVersion();
  const out = values.out ?? path.join(import.meta.dirname, 'nginx', 'rendered', region ? `${target}-${region}` : target);
  const files = renderNginx(settingsFor({ target, ...(region ? { region } : {}) }), version);
  writeRendered(files, out);
  const f = featuresOf(version);
  console.log(`rendered ${files.length} nginx configurations for nginx ${version} (HTTP/3 ${f.http3 ? 'on' : 'off: needs ≥ 1.25'}) into ${out}`);
}

if (import.meta.main) main();
