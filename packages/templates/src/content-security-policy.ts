/**
 * The Content-Security-Policy of every prototype: the hosting server sends it as a header and
 * each page repeats it in a `<meta>` tag, so files opened any other way are held to it too.
 * Pages load only their own stylesheet and script; no inline code, no remote anything, and
 * forms cannot submit.
 */
export const PROTOTYPE_CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * A policy as a `<meta>` tag may carry it: without `frame-ancestors`, which browsers ignore
 * there and complain about on the console. The header keeps it.
 */
export function policyForMetaTag(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
    .join('; ');
}

export const PROTOTYPE_META_CSP = policyForMetaTag(PROTOTYPE_CSP);

/** For `renderNoticePage`: its one `<style>` element is its only resource. */
export const NOTICE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
