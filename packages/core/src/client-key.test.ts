import { describe, expect, it } from 'vitest';
import { clientNetworkKey } from './client-key.ts';

describe('clientNetworkKey', () => {
  it('counts IPv4 addresses as themselves, also when IPv4-mapped in IPv6', () => {
    expect(clientNetworkKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetworkKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetworkKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(clientNetworkKey('203.0.113.8')).not.toBe(clientNetworkKey('203.0.113.7'));
  });

  it('counts every IPv6 address of one /64 as one client, whatever its spelling', () => {
    const key = clientNetworkKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(clientNetworkKey('2001:0DB8:0001:0002:ffff:ffff:ffff:fffe')).toBe(key);
    expect(clientNetworkKey('2001:db8:1:2:a:b:c:d')).toBe(key);
  });

  it('keeps neighbouring /64 networks apart', () => {
    expect(clientNetworkKey('2001:db8:1:3::1')).not.toBe(clientNetworkKey('2001:db8:1:2::1'));
  });

  it('counts an unparseable address as written', () => {
    expect(clientNetworkKey(' unknown ')).toBe('unknown');
  });
});
