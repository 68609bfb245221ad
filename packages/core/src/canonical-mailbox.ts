import { domainToASCII } from 'node:url';

// Gmail ignores dots in the local part and serves googlemail.com as the same mailboxes.
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
// Format characters (zero-width space/joiners, BOM, soft hyphen, bidi marks…) are invisible and
// ignored by mail systems, so they must not make a second identity.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * The one identity of a mailbox, for quotas and ownership: every spelling that reaches the same
 * inbox gives the same string. Unicode NFKC (fullwidth `ａ` → `a`), format characters removed,
 * lower case, `+tag` removed, Gmail dots removed and googlemail.com folded, IDN domains in ASCII.
 * Never used as a destination: mail goes to the address as the customer typed it.
 */
export function canonicalMailbox(address: string): string {
  const cleaned = address.normalize('NFKC').replace(FORMAT_CHARACTERS, '').trim().toLowerCase();
  const at = cleaned.lastIndexOf('@');
  if (at <= 0 || at === cleaned.length - 1) return cleaned;
  let local = cleaned.slice(0, at);
  let domain = cleaned.slice(at + 1).replace(/\.+$/, '');
  // `domainToASCII` answers '' for a name it cannot convert; such a domain is kept as written.
  domain = domainToASCII(domain) || domain;
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '') || local;
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
