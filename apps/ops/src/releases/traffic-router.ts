import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Where a share of the traffic goes: one version's API on its private loopback port. */
export interface Route {
  version: string;
  port: number;
  /** Share of new requests, 0–100; the weights of all routes add up to 100. */
  weight: number;
}

export interface UpstreamStats {
  requests: number;
  /** 5xx answers and requests that got no answer at all. */
  failures: number;
  durationsMs: number[];
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const MAX_SAMPLES = 50_000;

/**
 * The public port of a release-managed platform: a small reverse proxy in the statex-ops process
 * that picks a version per request, by weight (100/0 normally, e.g. 90/10 during a canary). A
 * switch only changes which version *new* requests go to; requests already forwarded finish on
 * the version they started on, and that version keeps running until it is retired. Counts
 * answers and latency per version, which the canary analysis reads.
 */
export class TrafficRouter {
  private routes: Route[] = [];
  private readonly agents = new Map<string, Agent>();
  private readonly stats = new Map<string, UpstreamStats>();
  private server: Server | null = null;
  private readonly forwardedFor: boolean;

  constructor(options: { forwardedFor?: boolean } = {}) {
    this.forwardedFor = options.forwardedFor ?? true;
  }

  async listen(port: number, host: string): Promise<number> {
    const server = createServer((req, res) => this.forward(req, res));
    server.keepAliveTimeout = 65_000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  setRoutes(routes: Route[]): void {
    const total = routes.reduce((sum, r) => sum + r.weight, 0);
    if (routes.length === 0 || Math.abs(total - 100) > 1e-9) throw new Error(`route weights must add up to 100, got ${total}`);
    this.routes = routes.filter((r) => r.weight > 0);
    for (const r of this.routes) {
      if (!this.agents.has(r.version)) this.agents.set(r.version, new Agent({ keepAlive: true, maxSockets: 256 }));
      if (!this.stats.has(r.version)) this.stats.set(r.version, { requests: 0, failures: 0, durationsMs: [] });
    }
  }

  currentRoutes(): Route[] {
    return this.routes.map((r) => ({ ...r }));
  }

  statsOf(version: string): UpstreamStats {
    const s = this.stats.get(version);
    return s ? { requests: s.requests, failures: s.failures, durationsMs: [...s.durationsMs] } : { requests: 0, failures: 0, durationsMs: [] };
  }

  resetStats(version: string): void {
    this.stats.set(version, { requests: 0, failures: 0, durationsMs: [] });
  }

  /** Closes the pooled connections to a version that no longer gets traffic (after it stopped). */
  forget(version: string): void {
    if (this.routes.some((r) => r.version === version)) return;
    this.agents.get(version)?.destroy();
    this.agents.delete(version);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(timer);
    }
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private pick(): Route | null {
    if (this.routes.length <= 1) return this.routes[0] ?? null;
    let roll = Math.random() * 100;
    for (const r of this.routes) {
      roll -= r.weight;
      if (roll < 0) return r;
    }
    return this.routes[this.routes.length - 1]!;
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const route = this.pick();
    if (!route) {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' }).end(JSON.stringify({ error: { code: 'STX_UNAVAILABLE', message: 'No version of Statex is serving right now; try again in a few seconds.' } }));
      return;
    }
    const started = performance.now();
    const stats = this.stats.get(route.version)!;
    const headers: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(key)) headers[key] = value;
    if (this.forwardedFor) {
      const peer = req.socket.remoteAddress ?? '';
      headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${peer}` : peer;
      headers['x-forwarded-proto'] ??= 'http';
      if (req.headers.host) headers['x-forwarded-host'] ??= req.headers.host;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: route.port, method: req.method, path: req.url, headers, agent: this.agents.get(route.version) }, (answer) => {
      const out: Record<string, string | string[]> = {};
      for (const [key, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(key)) out[key] = value;
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
      answer.once('end', () => this.count(stats, (answer.statusCode ?? 502) >= 500, started));
      answer.once('error', () => res.destroy());
    });
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      this.count(stats, true, started);
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'STX_UNAVAILABLE', message: `The service did not answer (${error.code ?? 'error'}); try again.` } }));
    });
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  private count(stats: UpstreamStats, failed: boolean, started: number): void {
    stats.requests += 1;
    if (failed) stats.failures += 1;
    if (stats.durationsMs.length < MAX_SAMPLES) stats.durationsMs.push(performance.now() - started);
  }
}

/** The p-th percentile (0–100) of a list, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
