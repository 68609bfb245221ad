import { describe, expect, it } from 'vitest';
import { signVariant, verifiedVariant } from './ab-assignment.ts';

const SECRET = 'a-session-secret-of-at-least-32-chars';
const VISITOR = '0123456789abcdef0123456789abcdef';

describe('AB variant cookies', () => {
  it('accept the variant the server signed for this visitor', () => {
    const cookie = signVariant(SECRET, 'home', 'b', VISITOR);
    expect(cookie).toMatch(/^b\.[A-Za-z0-9_-]{22}$/);
    expect(verifiedVariant(SECRET, 'home', cookie, VISITOR)).toBe('b');
  });

  it('refuse a variant written by hand, moved to another visitor or experiment, or signed with another secret', () => {
    const cookie = signVariant(SECRET, 'home', 'a', VISITOR);
    expect(verifiedVariant(SECRET, 'home', 'a', VISITOR)).toBeNull();
    expect(verifiedVariant(SECRET, 'home', `b${cookie.slice(1)}`, VISITOR)).toBeNull();
    expect(verifiedVariant(SECRET, 'home', cookie, 'f'.repeat(32))).toBeNull();
    expect(verifiedVariant(SECRET, 'pricing', cookie, VISITOR)).toBeNull();
    expect(verifiedVariant('another-secret-of-at-least-32-chars!!', 'home', cookie, VISITOR)).toBeNull();
    expect(verifiedVariant(SECRET, 'home', undefined, VISITOR)).toBeNull();
    expect(verifiedVariant(SECRET, 'home', cookie, undefined)).toBeNull();
  });
});
