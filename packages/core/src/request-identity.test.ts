import { describe, expect, it } from 'vitest';
import { hashSecret, isRequestId, newAccessToken, newRequestId, prototypeUrl, quotaSubject, quotaSubjectKey, requestIdFromHost, secretMatches } from './request-identity.ts';

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

  it('counts one inbox and one network as one quota subject', () => {
    expect(quotaSubject('email', 'A.N.N+x@googlemail.com')).toBe(quotaSubject('email', 'ann@gmail.com'));
    expect(quotaSubject('email', 'ann@example.com')).not.toBe(quotaSubject('email', 'bob@example.com'));
    expect(quotaSubject('ip', '2001:db8:0:1::5')).toBe(quotaSubject('ip', '2001:db8:0:1:ffff::9'));
    expect(quotaSubject('ip', '::ffff:198.51.100.4')).toBe(quotaSubject('ip', '198.51.100.4'));
    expect(quotaSubjectKey('ip', '2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(quotaSubjectKey('email', 'Ann+x@Example.com')).toBe('ann@example.com');
  });

  it('builds and reads prototype hosts', () => {
    expect(prototypeUrl('abcdefghijklmnop', { scheme: 'http', domain: 'localhost', publicPort: 8080 })).toBe('http://r-abcdefghijklmnop.localhost:8080/');
    expect(prototypeUrl('abcdefghijklmnop', { scheme: 'https', domain: 'statex.eu', publicPort: 443 })).toBe('https://r-abcdefghijklmnop.statex.eu/');
    expect(requestIdFromHost('r-abcdefghijklmnop.localhost:8080', 'localhost')).toBe('abcdefghijklmnop');
    expect(requestIdFromHost('r-abcdefghijklmnop.evil.com', 'localhost')).toBeNull();
    expect(requestIdFromHost('localhost:8080', 'localhost')).toBeNull();
  });
});
