import { describe, expect, it } from 'vitest';
import { hashSecret, isRequestId, newAccessToken, newRequestId, prototypeUrl, quotaSubject, requestIdFromHost, secretMatches } from './request-identity.ts';

describe('request identity', () => {
  it('makes unguessable DNS-safe ids (80 bits) without collisions in 10,000 draws', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newRequestId()));
    expect(ids.size).toBe(10_000);
    for (const id of [...ids].slice(0, 100)) expect(isRequestId(id)).toBe(true);
    expect(isRequestId('ABCDEFGHIJKLMNOP')).toBe(false);
    expect(isRequestId('abc')).toBe(false);
  });

  it('stores only a hash of the token and compares in constant time', () => {
    const token = newAccessToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(secretMatches(token, hashSecret(token))).toBe(true);
    expect(secretMatches(`${token}x`, hashSecret(token))).toBe(false);
  });

  it('normalises and hashes quota subjects', () => {
    expect(quotaSubject('email', ' Ann@Example.com ')).toBe(quotaSubject('email', 'ann@example.com'));
    expect(quotaSubject('email', 'ann@example.com')).not.toContain('ann');
  });

  it('builds and reads prototype hosts', () => {
    expect(prototypeUrl('abcdefghijklmnop', { scheme: 'http', domain: 'localhost', publicPort: 8080 })).toBe('http://r-abcdefghijklmnop.localhost:8080/');
    expect(prototypeUrl('abcdefghijklmnop', { scheme: 'https', domain: 'statex.eu', publicPort: 443 })).toBe('https://r-abcdefghijklmnop.statex.eu/');
    expect(requestIdFromHost('r-abcdefghijklmnop.localhost:8080', 'localhost')).toBe('abcdefghijklmnop');
    expect(requestIdFromHost('r-abcdefghijklmnop.evil.com', 'localhost')).toBeNull();
    expect(requestIdFromHost('localhost:8080', 'localhost')).toBeNull();
  });
});
