import { randomBytes, randomInt } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AB_VARIANTS, signVariant, verifiedVariant, type AbVariant } from './ab-assignment.ts';

/** The web app's static export (apps/web, built by apps/web/scripts/web-build.ts). */
export const WEB_OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/out');

export const WEB_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar'] as const;
export const AB_COOKIE = 'statex_ab_home';
export const VISITOR_COOKIE = 'statex_vid';
const YEAR = 365 * 24 * 3600;

/** Cookies by name, from the raw header (this plugin must not depend on a cookie plugin's presence). */
export function readCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const raw = part.slice(at + 1).trim();
    // A broken escape (`%E0%A4%A`) is kept as sent: a bad cookie is the visitor's problem, never a 500.
    try {
      cookies[part.slice(0, at).trim()] = decodeURIComponent(raw);
    } catch {
      cookies[part.slice(0, at).trim()] = raw;
    }
  }
  return cookies;
}

/** The best supported locale for an Accept-Language header (q-values honoured), English otherwise. */
export function negotiateLocale(header: string | undefined): (typeof WEB_LOCALES)[number] {
  const ranked = (header ?? '')
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...params] = entry.trim().toLowerCase().split(';');
      const q = Number.parseFloat(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? '1');
      return { lang: tag.split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => WEB_LOCALES.find((l) => l === entry.lang)).find((l) => l !== undefined) ?? 'en';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

interface Build {
  stamp: number;
  scriptHashes: Record<string, string[]>;
}

/**
 * Serves the web app at the API's origin: `/` → `/<locale>` by Accept-Language, `/<locale>` as
 * the visitor's sticky AB variant of the home page, every other page and asset from the export.
 * Until the export exists (first start, build in progress) `/` shows `fallbackPage`.
 */
export async function webApp(app: FastifyInstance, { runtime, fallbackPage, outDir = WEB_OUT_DIR }: { runtime: Runtime; fallbackPage: string; outDir?: string }): Promise<void> {
  const abSecret = runtime.config.access.sessionSecret;
  let build: Build | null = null;
  let checkedAt = 0;
  // The export can appear or be replaced while the process runs: look again at most every 2 s.
  const currentBuild = async (): Promise<Build | null> => {
    if (Date.now() - checkedAt < 2000) return build;
    checkedAt = Date.now();
    const info = await stat(path.join(outDir, '.source-hash')).catch(() => null);
    if (!info) return (build = null);
    if (build?.stamp !== info.mtimeMs) {
      const scriptHashes = JSON.parse(await readFile(path.join(outDir, '.script-hashes.json'), 'utf8').catch(() => '{}')) as Record<string, string[]>;
      build = { stamp: info.mtimeMs, scriptHashes };
    }
    return build;
  };

  /** The build's Brotli copy when the browser accepts it (written by the web build), else the file itself. */
  const sendFile = async (request: FastifyRequest, reply: FastifyReply, file: string, options: { maxAge?: number; immutable?: boolean; cacheControl?: boolean } = {}) => {
    reply.header('vary', [reply.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', '));
    const type = TYPES[path.extname(file)];
    if (type && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const compressed = path.join(outDir, `${file}.br`);
      if (await stat(compressed).catch(() => null)) {
        if (options.immutable) reply.header('cache-control', `public, max-age=${Math.floor((options.maxAge ?? 0) / 1000)}, immutable`);
        return reply.header('content-encoding', 'br').type(type).send(createReadStream(compressed));
      }
    }
    return reply.sendFile(file, outDir, options);
  };

  const sendPage = (request: FastifyRequest, reply: FastifyReply, current: Build, file: string, status = 200) => {
    const hashes = current.scriptHashes[`/${file}`] ?? [];
    // Inline scripts are allowed by hash, recorded at build time; nothing else inline runs.
    const csp = [
      "default-src 'self'",
      `script-src 'self' ${hashes.join(' ')}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "media-src 'self' blob:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    reply.code(status).header('content-security-policy', csp).header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    return sendFile(request, reply, file, { cacheControl: false });
  };

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    if (!(await currentBuild())) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fallbackPage);
    return reply.header('vary', 'accept-language').header('cache-control', 'no-cache').redirect(`/${negotiateLocale(request.headers['accept-language'])}`, 302);
  });

  const home = async (request: FastifyRequest<{ Params: { locale: string } }>, reply: FastifyReply) => {
    const current = await currentBuild();
    const { locale } = request.params;
    if (!current) return reply.callNotFound();
    // `/:locale` also matches `/sw.js`, `/robots.txt`…: those are files of the export.
    if (!(WEB_LOCALES as readonly string[]).includes(locale)) return serveExport(request, reply, locale);
    // Sticky assignment: the variant cookie is set on the first visit and honoured after. It is signed
    // for the visitor id, so AB events can only count the variant the server really assigned.
    const cookies = readCookies(request.headers.cookie);
    const setCookies: string[] = [];
    let visitorId = cookies[VISITOR_COOKIE] ?? '';
    if (!/^[0-9a-f]{32}$/.test(visitorId)) {
      visitorId = randomBytes(16).toString('hex');
      setCookies.push(`${VISITOR_COOKIE}=${visitorId}; Path=/; Max-Age=${YEAR}; SameSite=Lax; HttpOnly`);
    }
    let variant: string | null = verifiedVariant(abSecret, 'home', cookies[AB_COOKIE], visitorId);
    if (!variant) {
      const chosen = AB_VARIANTS[randomInt(AB_VARIANTS.length)] as AbVariant;
      variant = chosen;
      setCookies.push(`${AB_COOKIE}=${signVariant(abSecret, 'home', chosen, visitorId)}; Path=/; Max-Age=${YEAR}; SameSite=Lax`);
    }
    if (setCookies.length > 0) reply.header('set-cookie', setCookies);
    const file = variant === 'a' ? `${locale}.html` : `${locale}/variants/b.html`;
    if (!(await stat(path.join(outDir, file)).catch(() => null))) return reply.callNotFound();
    reply.header('vary', 'cookie');
    return sendPage(request, reply, current, file);
  };
  app.get('/:locale', { schema: { hide: true } }, home);

  /** A file of the export (assets, the service worker, robots.txt…) or a page (`<path>.html`). */
  const serveExport = async (request: FastifyRequest, reply: FastifyReply, raw: string) => {
    const current = await currentBuild();
    let relative: string;
    try {
      relative = decodeURIComponent(raw);
    } catch {
      return reply.callNotFound();
    }
    if (!current || relative.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return reply.callNotFound();
    const file = path.join(outDir, relative);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && !relative.endsWith('.html') && !relative.endsWith('.br')) {
      if (relative.startsWith('_next/static/')) return sendFile(request, reply, relative, { maxAge: YEAR * 1000, immutable: true });
      // The service worker and the manifest must be re-checked on every visit.
      return sendFile(request, reply.header('cache-control', 'no-cache'), relative, { cacheControl: false });
    }
    const page = `${relative.replace(/\/$/, '')}.html`;
    if ((await stat(path.join(outDir, page)).catch(() => null))?.isFile()) return sendPage(request, reply, current, page);
    // A browser asking for a page that is not there gets the web app's 404 page; API clients get JSON.
    if (request.headers.accept?.includes('text/html')) return sendPage(request, reply, current, '404.html', 404);
    return reply.callNotFound();
  };
  app.get('/*', { schema: { hide: true } }, async (request, reply) => serveExport(request, reply, (request.params as { '*': string })['*']));
}
