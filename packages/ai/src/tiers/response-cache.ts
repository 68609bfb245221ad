import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { StructuredRequest } from './chat-model.ts';

/** Validated model answers by normalised prompt + model + schema. */
export interface ResponseCache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** The same prompt (whitespace and case of the text aside), model and schema give the same key. */
export function cacheKey(tier: string, model: string, request: StructuredRequest): string {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const hash = createHash('sha256');
  hash.update(JSON.stringify([tier, model, request.schemaName, request.schema, request.strict, request.messages.map((m) => [m.role, normalise(m.content)])]));
  return hash.digest('hex');
}

/** Embedded mode: a bounded in-memory LRU with a TTL. */
export class MemoryResponseCache implements ResponseCache {
  private readonly lru: LRUCache<string, string>;

  constructor(options: { maxEntries: number; ttlMs: number }) {
    this.lru = new LRUCache({ max: Math.max(1, options.maxEntries), ttl: options.ttlMs });
  }

  async get(key: string): Promise<string | null> {
    return this.lru.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.lru.set(key, value);
  }
}

/** Services mode: Redis with a TTL, shared by every worker. A Redis failure is a miss, never an error. */
export class RedisResponseCache implements ResponseCache {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly ttlMs: number;

  constructor(redis: Redis, options: { prefix: string; ttlMs: number }) {
    this.redis = redis;
    this.prefix = options.prefix;
    this.ttlMs = options.ttlMs;
  }

  async get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key).catch(() => null);
  }

  async set(key: string, value: string): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'PX', this.ttlMs).catch(() => undefined);
  }
}

export class NoResponseCache implements ResponseCache {
  async get(): Promise<string | null> {
    return null;
  }
  async set(): Promise<void> {}
}

/**
 * The cache for a process: Redis (shared by every worker, TTL) in services mode, a bounded
 * in-memory LRU otherwise, none with AI_CACHE_MAX_ENTRIES=0. `close` ends the Redis connection.
 */
export function createResponseCache(options: { redisUrl: string | undefined; prefix: string; ttlMs: number; maxEntries: number }): { cache: ResponseCache; close(): void } {
  if (options.maxEntries <= 0) return { cache: new NoResponseCache(), close() {} };
  if (!options.redisUrl) return { cache: new MemoryResponseCache(options), close() {} };
  // Fail fast while Redis is down: a cache miss is cheaper than a wait.
  const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on('error', () => {});
  return { cache: new RedisResponseCache(redis, { prefix: `${options.prefix}:ai-cache:`, ttlMs: options.ttlMs }), close: () => redis.disconnect() };
}
