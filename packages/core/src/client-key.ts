import ipaddr from 'ipaddr.js';

/**
 * The network a client address is counted under, for quotas: an IPv4 address as itself (also when
 * it arrives IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address by its /64 — the smallest block a
 * subscriber is given, so one customer cannot rotate through 2^64 addresses to reset a quota.
 * Anything unparseable is counted as written.
 */
export function clientNetworkKey(address: string): string {
  const trimmed = address.trim();
  if (!ipaddr.isValid(trimmed)) return trimmed.toLowerCase();
  const parsed = ipaddr.process(trimmed);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
