import { statSync } from 'node:fs';
import path from 'node:path';
import { PROTOTYPE_CSP, NOTICE_PAGE_CSP, renderHostNotice, type HostNotice } from '@statex/templates';
import { REQUEST_ID_PATTERN } from '@statex/core';
import { isDatabaseUnavailable } from '@statex/db';
import { isBrokenCircuit } from '@statex/resilience';
import type { FastifyInstance, FastifyReply } from 'fastify';
import Type from 'typebox';
import type { Runtime } from '@statex/pipeline';

interface SiteState {
  status: 'live' | 'not-ready' | 'expired' | 'unknown';
  version: number | null;
  /** The request's language, for the host's own pages (null when there is no such request). */
  locale: string | null;
  at: number;
}

/**
 * Serves published prototypes by path (`/p/<id>/`) and, through the app's `rewriteUrl`, by Host
 * (`r-<id>.<PROTOTYPE_DOMAIN>/x` is routed as `/p/<id>/x`).
 * Files come from the published version's directory; everything is `noindex` under a strict CSP.
 * An expired prototype answers 410 with an explanatory page.
 */
export async function prototypeHosting(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const { domain } = runtime.config.prototype;
  const cache = new Map<string, SiteState>();
  // Every publication, expiry and deletion signals the request: its cached state goes at once, so a
  // customer who opens the site right after version 2 is published never sees version 1.
  const stopListening = await runtime.transport.events.listenAll((id) => cache.delete(id));
  app.addHook('onClose', async () => stopListening());
  // Publication changes a site's version a few times in its life: a short cache spares the database on every asset.
  const CACHE_MS = 1_000;

  async function siteState(id: string): Promise<SiteState> {
    const cached = cache.get(id);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached;
    const row = await runtime.pipeline.repo.get(id);
    const locale = row?.locale ?? null;
    const state: SiteState = !row
      ? { status: 'unknown', version: null, locale, at: Date.now() }
      : row.expiredAt
        ? { status: 'expired', version: null, locale, at: Date.now() }
        : row.publishedVersion
          ? { status: 'live', version: row.publishedVersion, locale, at: Date.now() }
          : { status: 'not-ready', version: null, locale, at: Date.now() };
    if (cache.size > 10_000) cache.clear();
    cache.set(id, state);
    return state;
  }

  /** One of the host's own pages, in the request's language when the request is known. */
  function notice(reply: FastifyReply, kind: HostNotice, locale: string | null, status?: number) {
    const page = renderHostNotice(kind, locale);
    return reply
      .code(status ?? page.status)
      .header('content-security-policy', NOTICE_PAGE_CSP)
      .header('x-robots-tag', 'noindex, nofollow')
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(page.html);
  }

  async function serve(id: string, filePath: string, reply: FastifyReply) {
    const state = await siteState(id);
    if (state.status === 'unknown') return notice(reply, 'not-found', null);
    if (state.status === 'expired') return notice(reply, 'expired', state.locale);
    if (state.status === 'not-ready' || state.version === null) return notice(reply, 'not-ready', state.locale);
    let root = runtime.pipeline.paths.site(id, state.version);
    let relative = fileIn(root, filePath);
    if (relative === null) {
      // Not in the cached version: a newer version may have been published (and the old one is being
      // removed) since the state was cached. Read it again, so a switch of versions never leaves a gap.
      cache.delete(id);
      const fresh = await siteState(id);
      if (fresh.status !== 'live' || fresh.version === null) return serve(id, filePath, reply);
      root = runtime.pipeline.paths.site(id, fresh.version);
      relative = fileIn(root, filePath);
      if (relative === null) return notice(reply, 'page-missing', fresh.locale);
    }
    reply
      .header('content-security-policy', PROTOTYPE_CSP)
      .header('x-robots-tag', 'noindex, nofollow')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cross-origin-opener-policy', 'same-origin')
      .header('cache-control', 'no-cache');
    return reply.sendFile(relative, root);
  }

  /** The file a path names inside a version's directory (`x` → `x.html`, `dir/` → `dir/index.html`), or null. */
  function fileIn(root: string, filePath: string): string | null {
    const candidates = filePath === '' || filePath.endsWith('/') ? [`${filePath}index.html`] : filePath.includes('.') ? [filePath] : [`${filePath}.html`, filePath];
    const base = path.resolve(root);
    for (const candidate of candidates) {
      const full = path.resolve(base, candidate);
      // Outside the site's directory is never served (sendFile refuses it too; this keeps the 404 a page).
      if (!full.startsWith(`${base}${path.sep}`)) return null;
      try {
        if (statSync(full).isFile()) return candidate;
      } catch {
        // Absent: try the next form of the path.
      }
    }
    return null;
  }

  // The host answers with pages, never the API's JSON: a malformed id or address is no prototype;
  // anything else is our error, logged, and shown as a page in the request's language when known.
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if ((error as { validation?: unknown }).validation || status < 500) return notice(reply, 'not-found', null);
    const id = (request.params as { id?: string } | undefined)?.id;
    const locale = id ? (cache.get(id)?.locale ?? null) : null;
    // An unreachable database is an outage: 503 with a time to come back, as the API answers it.
    if (isDatabaseUnavailable(error) || isBrokenCircuit(error)) {
      request.log.warn({ err: error }, 'dependency unavailable');
      return notice(reply.header('retry-after', '5'), 'error', locale, 503);
    }
    request.log.error({ err: error }, 'prototype hosting failed');
    return notice(reply, 'error', locale);
  });

  const PrototypeParams = Type.Object({ id: Type.String({ pattern: REQUEST_ID_PATTERN }), '*': Type.Optional(Type.String()) });
  app.get('/p/:id', { schema: { tags: ['prototypes'], summary: 'Redirects to /p/:id/', params: Type.Object({ id: Type.String({ pattern: REQUEST_ID_PATTERN }) }) } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    return reply.redirect(`/p/${id}/`, 301);
  });
  app.get('/p/:id/*', { schema: { tags: ['prototypes'], summary: 'A published prototype, by path', params: PrototypeParams } }, async (request, reply) => {
    const { id, '*': path } = request.params as { id: string; '*'?: string };
    return serve(id, path ?? '', reply);
  });

}
