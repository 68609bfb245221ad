import type { Runtime } from '@statex/pipeline';

interface Entry {
  tokenHash: string;
  accountId: string | null;
  /** The status as sent: serialised once, replayed byte for byte. */
  body: string;
  at: number;
}

/**
 * The owner's status view of recently read requests, kept in memory so a client polling
 * `GET /api/requests/:id` costs no database round trip. An entry is dropped the moment the event
 * bus signals a change of that request (every stage change, modification, expiry, deletion signals),
 * and in any case after `ttlMs`, which bounds staleness should a signal be lost.
 */
export class StatusCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(options: { ttlMs?: number; maxEntries?: number } = {}) {
    this.ttlMs = options.ttlMs ?? 2_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async attach(runtime: Runtime): Promise<void> {
    this.stopListening = await runtime.transport.events.listenAll((id) => this.entries.delete(id));
  }

  async detach(): Promise<void> {
    await this.stopListening?.();
    this.entries.clear();
  }

  get(id: string): Entry | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (Date.now() - entry.at > this.ttlMs) {
      this.entries.delete(id);
      return null;
    }
    return entry;
  }

  set(id: string, entry: Omit<Entry, 'at'>): void {
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
}
