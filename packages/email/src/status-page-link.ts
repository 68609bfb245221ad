import { resolveLocale } from '@statex/i18n';

/**
 * The web app's status page for a request: `/<locale>/status?id=<id>#token=<token>`. The token rides
 * in the fragment, so it never reaches a server log or a Referer header (as the web app's own links).
 */
export function statusPageUrl(publicUrl: string, locale: string, id: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${resolveLocale(locale)}/status?id=${encodeURIComponent(id)}#token=${encodeURIComponent(token)}`;
}

/** The web app's order page, where a customer sends a brief. */
export function orderPageUrl(publicUrl: string, locale: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${resolveLocale(locale)}/order`;
}
