/**
 * The public origin for canonical URLs, hreflang and the sitemap. Inlined at build time by
 * scripts/build-web.ts from PUBLIC_URL as read by @statex/config (a new origin rebuilds the site).
 */
export const SITE_ORIGIN = (process.env.NEXT_PUBLIC_SITE_ORIGIN ?? 'http://localhost:8080').replace(/\/$/, '');
