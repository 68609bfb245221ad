import { statSync } from 'node:fs';
import path from 'node:path';
import { PROTOTYPE_CSP, NOTICE_PAGE_CSP, renderHostNotice, type HostNotice } from '@statex/templates';
import { REQUEST_ID_PATTERN } from '@statex/core';
import { isDependencyUnavailable } from '@statex/services';
import type { FastifyInstance, FastifyReply } from 'fastify';
import Type from 'typebox';

/**
 * Serves published prototypes by path (`/p/<id>/`) and, through the app's `rewriteUrl`, by Host
 * (`r-<id>.<PROTOTYPE_DOMAIN>/x` is routed as `/p/<id>/x`).
 * Files come from the published version's directory; everything is `noindex` under a strict CSP.
 * An expired prototype answers 410 with an explanatory page.
 */
export async function prototypeHosting(app: FastifyInstance): Promise<void> {
  const sites = app.prototypeSites;

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
    const state = await sites.state(id);
    if (state.status === 'unknown') return notice(reply, 'not-found', null);
    if (state.status === 'expired') return notice(reply, 'expired', state.locale);
    if (state.status === 'not-ready' || state.version === null) return notice(reply, 'not-ready', state.locale);
    let root = sites.directory(id, state.version);
    let relative = fileIn(root, filePath);
    if (relative === null) {
      // Not in the cached version: a newer version may have been published (and the old one is being
      // removed) since the state was cached. Read it again, so a switch of versions never leaves a gap.
      const fresh = await sites.state(id, { fresh: true });
      if (fresh.status !== 'live' || fresh.version === null) return serve(id, filePath, reply);
      root = sites.directory(id, fresh.version);
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
    const locale = id ? sites.knownLocale(id) : null;
    // An unreachable database is an outage: 503 with a time to come back, as the API answers it.
    if (isDependencyUnavailable(error)) {
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
