import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalMailbox } from './canonical-mailbox.ts';
import { clientNetworkKey } from './client-key.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 16 base32 characters = 80 random bits; lowercase letters and digits only, so `r-<id>` is a valid DNS label. */
export function newRequestId(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export const REQUEST_ID_PATTERN = '^[a-z2-7]{16}$';
const requestIdRe = new RegExp(REQUEST_ID_PATTERN);
export function isRequestId(value: string): boolean {
  return requestIdRe.test(value);
}

/** The owner's bearer token: 256 random bits. Only its hash is stored. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who a quota counts, before hashing: the canonical mailbox of an email (every spelling of one inbox
 * is one subject), the network of a client address (IPv6 by /64, IPv4-mapped as IPv4).
 */
export function quotaSubjectKey(kind: 'email' | 'ip', value: string): string {
  return kind === 'email' ? canonicalMailbox(value) : clientNetworkKey(value);
}

/** Quota subjects are stored hashed, so the ledger holds no email address or IP in clear. */
export function quotaSubject(kind: 'email' | 'ip', value: string): string {
  return `${kind}:${hashSecret(quotaSubjectKey(kind, value)).slice(0, 40)}`;
}

export function prototypeUrl(id: string, site: { scheme: 'http' | 'https'; domain: string; publicPort: number }): string {
  const defaultPort = site.scheme === 'https' ? 443 : 80;
  const port = site.publicPort === defaultPort ? '' : `:${site.publicPort}`;
  return `${site.scheme}://r-${id}.${site.domain}${port}/`;
}

/** Reads the request id from a Host header such as `r-abc….localhost:8080`, or null. */
export function requestIdFromHost(host: string | undefined, domain: string): string | null {
  if (!host) return null;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const suffix = `.${domain}`;
  if (!name.startsWith('r-') || !name.endsWith(suffix)) return null;
  const id = name.slice(2, -suffix.length);
  return isRequestId(id) ? id : null;
}
