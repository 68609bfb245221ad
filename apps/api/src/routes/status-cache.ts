import type { Runtime } from '@statex/pipeline';

export interface StatusEntry {
  tokenHash: string;
  accountId: string | null;
  expiredAt: Date | null;
  /** The status as sent: serialised once, replayed byte for byte. */
  body: string;
  at: number;
}

/**
 * The owner's status view of recently read requests, kept in memory so a client polling
 * `GET /api/requests/:id` costs no database round trip. An entry is dropped the moment the event
 * bus signals a change of that request (every stage change, modification, expiry, deletion signals),
 * and in any case after `ttlMs` (5 s), which bounds staleness should a signal be lost. Concurrent
 * misses share one read, so a burst of polls never stampedes the database.
 */
export class StatusCache {
  private readonly entries = new Map<string, StatusEntry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private stopListening: (() => Promise<void>) | null = null;
  /** Loads in flight: concurrent misses for one request share one database read. */
  private readonly loading = new Map<string, Promise<StatusEntry | null>>();

  constructor(options: { ttlMs?: number; maxEntries?: number } = {}) {
    this.ttlMs = options.ttlMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async attach(runtime: Runtime): Promise<void> {
    this.stopListening = await runtime.transport.events.listenAll((id) => this.entries.delete(id));
  }

  async detach(): Promise<void> {
    await this.stopListening?.();
    this.entries.clear();
  }

  get(id: string): StatusEntry | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (Date.now() - entry.at > this.ttlMs) {
      this.entries.delete(id);
      return null;
    }
    return entry;
  }

  set(id: string, entry: Omit<StatusEntry, 'at'>): void {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, { ...entry, at: Date.now() });
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** The cached entry, or the one `loader` reads (once, however many callers wait); null: no such request. */
  async getOrLoad(id: string, loader: () => Promise<Omit<StatusEntry, 'at'> | null>): Promise<StatusEntry | null> {
    const cached = this.get(id);
    if (cached) return cached;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = loader()
        .then((entry) => {
          if (!entry) return null;
          this.set(id, entry);
          return { ...entry, at: Date.now() };
        })
        .finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }
}
