import type { AiTelemetry } from '@statex/ai';
import { ACTIVE_STAGES } from '@statex/core';
import { requests, type Db } from '@statex/db';
import type { JobQueue } from '@statex/queue';
import type { BreakerRegistry } from '@statex/resilience';
import { and, inArray, sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
  readonly aiCallDuration: Histogram<'tier' | 'outcome'>;
  readonly aiErrors: Counter<'tier' | 'failure'>;
  readonly aiTokens: Counter<'tier' | 'model' | 'direction'>;
  readonly aiCost: Counter<'tier' | 'model'>;
  readonly aiCacheLookups: Counter<'result'>;

  /** The AI router's telemetry, bound to these metrics. */
  aiTelemetry(): AiTelemetry {
    return {
      call: (tier, seconds, outcome) => {
        this.aiCallDuration.observe({ tier, outcome }, seconds);
        if (outcome !== 'ok') this.aiErrors.inc({ tier, failure: outcome });
      },
      usage: (tier, model, tokensIn, tokensOut, costUsd) => {
        this.aiTokens.inc({ tier, model, direction: 'in' }, tokensIn);
        this.aiTokens.inc({ tier, model, direction: 'out' }, tokensOut);
        this.aiCost.inc({ tier, model }, costUsd);
      },
      cacheLookup: (hit) => this.aiCacheLookups.inc({ result: hit ? 'hit' : 'miss' }),
    };
  }

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
    this.aiCallDuration = new Histogram({
      name: 'statex_ai_call_duration_seconds',
      help: 'Model calls per tier (retries included) by outcome: ok or the failure kind',
      labelNames: ['tier', 'outcome'],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160],
      registers: [this.registry],
    });
    this.aiErrors = new Counter({ name: 'statex_ai_errors_total', help: 'Failed model calls per tier and failure kind', labelNames: ['tier', 'failure'], registers: [this.registry] });
    this.aiTokens = new Counter({ name: 'statex_ai_tokens_total', help: 'Tokens sent (in) and received (out) per tier and model', labelNames: ['tier', 'model', 'direction'], registers: [this.registry] });
    this.aiCost = new Counter({ name: 'statex_ai_cost_usd_total', help: 'Model cost in USD per tier and model (AI_PRICES)', labelNames: ['tier', 'model'], registers: [this.registry] });
    this.aiCacheLookups = new Counter({ name: 'statex_ai_cache_lookups_total', help: 'AI answer cache lookups by result (hit|miss)', labelNames: ['result'], registers: [this.registry] });
    const lookups = this.aiCacheLookups;
    new Gauge({
      name: 'statex_ai_cache_hit_ratio',
      help: 'Share of AI answer cache lookups that hit, since the process started',
      registers: [this.registry],
      async collect() {
        const values = (await lookups.get()).values;
        const count = (result: string) => values.filter((v) => v.labels.result === result).reduce((n, v) => n + v.value, 0);
        const total = count('hit') + count('miss');
        this.set(total === 0 ? 0 : count('hit') / total);
      },
    });
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
      help: 'Age of the oldest request not yet published or failed, not counting time spent waiting for the customer\'s answers (0 when none)',
      registers: [this.registry],
      async collect() {
        const rows = await deps.db
          // A request waiting in the brief interview is the customer's time, not a stuck pipeline.
          .select({ oldest: sql<string | null>`extract(epoch from now() - min(${requests.createdAt}))` })
          .from(requests)
          .where(and(inArray(requests.stage, [...ACTIVE_STAGES]), sql`not (${requests.stage} = 'clarifying' and ${requests.clarifyUntil} > now())`))
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
