import type { PipelineContext } from '@statex/pipeline';

/** What the prototype host knows of a request's site. */
export interface SiteState {
  status: 'live' | 'not-ready' | 'expired' | 'unknown';
  /** The published version (live sites only). */
  version: number | null;
  /** The request's language, for the host's own pages (null when there is no such request). */
  locale: string | null;
}

interface CachedState extends SiteState {
  at: number;
}

// Publication changes a site's version a few times in its life: a short cache spares the database on every asset.
const CACHE_MS = 1_000;
const CACHE_MAX = 10_000;

/**
 * Which version of a request's site is live, for the prototype host. Reads the request through the
 * request repository and caches the answer briefly; every publication, expiry and deletion signals
 * the request on the event bus, which drops its cached state at once, so a customer who opens the
 * site right after version 2 is published never sees version 1. Call `start()` before use and
 * `close()` at shutdown.
 */
export class PrototypeSiteService {
  readonly #ctx: PipelineContext;
  readonly #cache = new Map<string, CachedState>();
  #stopListening: (() => Promise<void>) | null = null;

  constructor(ctx: PipelineContext) {
    this.#ctx = ctx;
  }

  async start(): Promise<void> {
    this.#stopListening ??= await this.#ctx.events.listenAll((id) => this.#cache.delete(id));
  }

  async close(): Promise<void> {
    const stop = this.#stopListening;
    this.#stopListening = null;
    this.#cache.clear();
    await stop?.();
  }

  /** The site's state; `fresh` reads past the cache (a file missing from the cached version). */
  async state(id: string, { fresh = false }: { fresh?: boolean } = {}): Promise<SiteState> {
    const cached = this.#cache.get(id);
    if (!fresh && cached && Date.now() - cached.at < CACHE_MS) return cached;
    const row = await this.#ctx.repo.get(id);
    const locale = row?.locale ?? null;
    const state: CachedState = !row
      ? { status: 'unknown', version: null, locale, at: Date.now() }
      : row.expiredAt
        ? { status: 'expired', version: null, locale, at: Date.now() }
        : row.publishedVersion
          ? { status: 'live', version: row.publishedVersion, locale, at: Date.now() }
          : { status: 'not-ready', version: null, locale, at: Date.now() };
    if (this.#cache.size > CACHE_MAX) this.#cache.clear();
    this.#cache.set(id, state);
    return state;
  }

  /** The language last seen for the request, without a database read (error pages, when the database may be the error). */
  knownLocale(id: string): string | null {
    return this.#cache.get(id)?.locale ?? null;
  }

  /** The directory holding a published version's files. */
  directory(id: string, version: number): string {
    return this.#ctx.paths.site(id, version);
  }
}
