import { requests, type Db } from '@statex/db';
import type { JobQueue } from '@statex/queue';
import type { BreakerRegistry } from '@statex/resilience';
import { inArray, sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const UNFINISHED = ['received', 'extracting', 'generating', 'rendering', 'publishing'];
const BREAKER_LEVEL = { closed: 0, 'half-open': 1, open: 2, isolated: 3 } as const;

/**
 * The process's Prometheus metrics, on a registry of its own (not prom-client's global one, so
 * several runtimes can live in one test process). Gauges that describe shared state (queue depth,
 * oldest unfinished request, requests per stage) are read when scraped.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly stageDuration: Histogram<'stage'>;
  readonly outcomes: Counter<'outcome'>;

  constructor(deps: { db: Db; queue: JobQueue; breakers: BreakerRegistry; role: string }) {
    this.registry.setDefaultLabels({ role: deps.role });
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({ name: 'statex_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
    this.httpDuration = new Histogram({
      name: 'statex_http_request_duration_seconds',
      help: 'HTTP request duration by route',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.stageDuration = new Histogram({
      name: 'statex_pipeline_stage_duration_seconds',
      help: 'Time spent in each pipeline stage',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [this.registry],
    });
    this.outcomes = new Counter({ name: 'statex_requests_finished_total', help: 'Requests that reached published or failed in this process', labelNames: ['outcome'], registers: [this.registry] });
    new Gauge({
      name: 'statex_queue_jobs',
      help: 'Jobs in the queue by state',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const stats = await deps.queue.stats().catch(() => null);
        if (!stats) return;
        for (const [state, count] of Object.entries(stats)) this.set({ state }, count);
      },
    });
    new Gauge({
      name: 'statex_oldest_unfinished_request_age_seconds',
      help: 'Age of the oldest request not yet published or failed (0 when none)',
      registers: [this.registry],
      async collect() {
        const rows = await deps.db
          .select({ oldest: sql<string | null>`extract(epoch from now() - min(${requests.createdAt}))` })
          .from(requests)
          .where(inArray(requests.stage, UNFINISHED))
          .catch(() => null);
        if (rows) this.set(Number(rows[0]?.oldest ?? 0));
      },
    });
    new Gauge({
      name: 'statex_requests_in_stage',
      help: 'Unexpired requests per stage',
      labelNames: ['stage'],
      registers: [this.registry],
      async collect() {
        const rows = await deps.db
          .select({ stage: requests.stage, count: sql<number>`count(*)::int` })
          .from(requests)
          .where(sql`${requests.expiredAt} is null`)
          .groupBy(requests.stage)
          .catch(() => null);
        if (!rows) return;
        this.reset();
        for (const r of rows) this.set({ stage: r.stage }, r.count);
      },
    });
    new Gauge({
      name: 'statex_circuit_breaker_state',
      help: 'Circuit breaker state per dependency: 0 closed, 1 half-open, 2 open, 3 isolated',
      labelNames: ['dependency'],
      registers: [this.registry],
      collect() {
        for (const b of deps.breakers.snapshot()) this.set({ dependency: b.name }, BREAKER_LEVEL[b.state]);
      },
    });
  }
}
