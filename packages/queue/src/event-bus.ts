import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

/**
 * Tells listeners that a request has new events. It carries only the request id: the events
 * themselves are read from the database, which stays the source of truth. A lost signal only
 * delays a live view until its next periodic read.
 */
export interface EventBus {
  signal(requestId: string): Promise<void>;
  /** Returns a function that removes the listener. */
  listen(requestId: string, listener: () => void): Promise<() => Promise<void>>;
  /** Hears every request's signals (for caches of request state). */
  listenAll(listener: (requestId: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const ANY = Symbol('any request');

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  async signal(requestId: string): Promise<void> {
    this.emitter.emit(requestId);
    this.emitter.emit(ANY, requestId);
  }

  async listen(requestId: string, listener: () => void): Promise<() => Promise<void>> {
    this.emitter.on(requestId, listener);
    return async () => {
      this.emitter.off(requestId, listener);
    };
  }

  async listenAll(listener: (requestId: string) => void): Promise<() => Promise<void>> {
    this.emitter.on(ANY, listener);
    return async () => {
      this.emitter.off(ANY, listener);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Redis pub/sub: one publishing and one subscribing connection per process, channels subscribed while someone listens. */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private subscriber: Redis | undefined;
  private readonly local = new InProcessEventBus();
  private readonly counts = new Map<string, number>();
  private readonly anyListeners = new Set<(requestId: string) => void>();
  private readonly redisUrl: string;
  private readonly prefix: string;

  constructor(options: { redisUrl: string; prefix: string }) {
    this.redisUrl = options.redisUrl;
    this.prefix = `${options.prefix}:events:`;
    this.publisher = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.publisher.on('error', () => {});
  }

  async signal(requestId: string): Promise<void> {
    // Delivery is best effort by design: a reader falls back to periodic reads.
    await this.publisher.publish(this.prefix + requestId, '1').catch(() => 0);
  }

  private ensureSubscriber(): Redis {
    if (!this.subscriber) {
      const sub = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
      sub.on('error', () => {});
      sub.on('message', (channel: string) => {
        if (channel.startsWith(this.prefix)) void this.local.signal(channel.slice(this.prefix.length));
      });
      sub.on('pmessage', (_pattern: string, channel: string) => {
        if (channel.startsWith(this.prefix)) this.anyListeners.forEach((l) => l(channel.slice(this.prefix.length)));
      });
      this.subscriber = sub;
    }
    return this.subscriber;
  }

  async listen(requestId: string, listener: () => void): Promise<() => Promise<void>> {
    const sub = this.ensureSubscriber();
    const count = this.counts.get(requestId) ?? 0;
    this.counts.set(requestId, count + 1);
    const removeLocal = await this.local.listen(requestId, listener);
    // Not awaited: with Redis down the subscription waits for it, and readers fall back to periodic reads.
    if (count === 0) void sub.subscribe(this.prefix + requestId).catch(() => {});
    return async () => {
      await removeLocal();
      const left = (this.counts.get(requestId) ?? 1) - 1;
      if (left <= 0) {
        this.counts.delete(requestId);
        await sub.unsubscribe(this.prefix + requestId).catch(() => {});
      } else {
        this.counts.set(requestId, left);
      }
    };
  }

  async listenAll(listener: (requestId: string) => void): Promise<() => Promise<void>> {
    const sub = this.ensureSubscriber();
    if (this.anyListeners.size === 0) void sub.psubscribe(`${this.prefix}*`).catch(() => {});
    this.anyListeners.add(listener);
    return async () => {
      this.anyListeners.delete(listener);
      if (this.anyListeners.size === 0) await sub.punsubscribe(`${this.prefix}*`).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.anyListeners.clear();
    await this.local.close();
    this.subscriber?.disconnect();
    this.publisher.disconnect();
  }
}
