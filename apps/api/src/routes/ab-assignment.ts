import { createHmac, timingSafeEqual } from 'node:crypto';

export const AB_VARIANTS = ['a', 'b'] as const;
export type AbVariant = (typeof AB_VARIANTS)[number];

function signature(secret: string, experiment: string, variant: string, visitorId: string): string {
  return createHmac('sha256', secret).update(`ab:${experiment}:${variant}:${visitorId}`).digest('base64url').slice(0, 22);
}

/**
 * The cookie value that records a visitor's variant: `<variant>.<signature>`, the signature binding
 * it to the experiment and the visitor id the server issued. Starts with the variant letter, which
 * is all the web app's script reads.
 */
export function signVariant(secret: string, experiment: string, variant: AbVariant, visitorId: string): string {
  return `${variant}.${signature(secret, experiment, variant, visitorId)}`;
}

/** The variant a cookie holds, if the server signed it for this visitor and experiment; otherwise null (forged or stale). */
export function verifiedVariant(secret: string, experiment: string, cookieValue: string | undefined, visitorId: string | undefined): AbVariant | null {
  if (!cookieValue || !visitorId) return null;
  const dot = cookieValue.indexOf('.');
  const variant = cookieValue.slice(0, dot);
  if (dot === -1 || !(AB_VARIANTS as readonly string[]).includes(variant)) return null;
  const given = Buffer.from(cookieValue.slice(dot + 1));
  const expected = Buffer.from(signature(secret, experiment, variant, visitorId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? (variant as AbVariant) : null;
}
