import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { redactingLoggerOptions, redactUrl, scrubText } from './log-redaction.ts';

function capture(level: pino.Level = 'trace') {
  const lines: string[] = [];
  const log = pino({ level, ...redactingLoggerOptions() }, { write: (line: string) => void lines.push(line) });
  return { log, text: () => lines.join('') };
}

describe('redactUrl', () => {
  it('masks secret query values and keeps the rest', () => {
    expect(redactUrl('/api/requests/abcdefghijklmnop/events?access_token=s3cr3t-Value_x&lang=en')).toBe('/api/requests/abcdefghijklmnop/events?access_token=[redacted]&lang=en');
    expect(redactUrl('/api/auth/magic-link/verify?token=Zm9vYmFy&locale=de')).toBe('/api/auth/magic-link/verify?token=[redacted]&locale=de');
    expect(redactUrl('/api/auth/oauth/google/callback?code=4%2F0Ab&state=xyz')).toBe('/api/auth/oauth/google/callback?code=[redacted]&state=[redacted]');
    expect(redactUrl('/x?who=ann%40example.com')).toBe('/x?who=[redacted]');
  });

  it('masks token-like path segments and emails in paths, keeps request ids', () => {
    expect(redactUrl('/api/links/q8Jx2kLm9PzR4tVb7NcW1yHd5sGf3aEo')).toBe('/api/links/[redacted]');
    expect(redactUrl('/api/accounts/ann@example.com')).toBe('/api/accounts/[redacted]');
    expect(redactUrl('/p/abcdefghijklmnop/index.html')).toBe('/p/abcdefghijklmnop/index.html');
  });
});

describe('scrubText', () => {
  it('masks emails, IPv4, IPv6 and URL tokens in free text, not times or versions of words', () => {
    expect(scrubText('mail ann.b+x@example.co.uk from 203.0.113.9 or 2001:db8:1::7 at 12:30')).toBe('mail [email] from [ip] or [ip] at 12:30');
    expect(scrubText('GET /x?token=abc&y=1')).toBe('GET /x?token=[redacted]&y=1');
  });
});

describe('redacting logger', () => {
  it('keeps secrets, emails, IPs and file names out at every level', () => {
    const { log, text } = capture('trace');
    const error = Object.assign(new Error('Could not read text from "Kaufvertrag Müller.pdf": damaged'), { fileName: 'Kaufvertrag Müller.pdf' });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      log[level](
        {
          req: { method: 'GET', url: '/api/requests/abcdefghijklmnop/events?access_token=TOPSECRETTOKEN', ip: '198.51.100.4', headers: { authorization: 'Bearer TOPSECRETTOKEN', cookie: 'statex_session=TOPSECRETCOOKIE' } },
          email: 'ann@example.com',
          submission: { clientIp: '198.51.100.4', originalName: 'Kaufvertrag Müller.pdf', to: 'ann@example.com' },
          err: error,
          note: 'asked by ann@example.com from 2001:db8:5::1',
        },
        'magic link /api/auth/magic-link/verify?token=TOPSECRETTOKEN for ann@example.com',
      );
    }
    const logged = text();
    expect(logged.split('\n').filter(Boolean)).toHaveLength(6);
    for (const secret of ['TOPSECRETTOKEN', 'TOPSECRETCOOKIE', 'ann@example.com', '198.51.100.4', '2001:db8:5::1', 'Kaufvertrag']) expect(logged, secret).not.toContain(secret);
    // What is needed to follow a request stays.
    expect(logged).toContain('/api/requests/abcdefghijklmnop/events');
    expect(logged).toContain('damaged');
  });
});
