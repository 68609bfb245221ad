import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.prototype).toMatchObject({ domain: 'localhost', scheme: 'http', publicPort: 8080, ttlMs: 14 * 24 * 3600 * 1000 });
    expect(config.dataDir.endsWith('.statex')).toBe(true);
    expect(config.mode).toBe('embedded');
    expect(config.worker.inline).toBe(true);
    expect(config.quota).toEqual({ perEmail: 2, perIp: 5, windowMs: 24 * 3600 * 1000 });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('converts and derives values from strings', () => {
    const config = loadConfig({ PORT: '9000', PROTOTYPE_TTL: '2h', REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://x@h/db', WORKER_LEASE: '1500ms' });
    expect(config.port).toBe(9000);
    expect(config.prototype.publicPort).toBe(9000);
    expect(config.prototype.ttlMs).toBe(7_200_000);
    expect(config.worker.leaseMs).toBe(1500);
    expect(config.mode).toBe('services');
    expect(config.worker.inline).toBe(false);
    expect(config.publicUrl).toBe('http://localhost:9000');
  });

  it('names every bad variable and what it got', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', PROTOTYPE_TTL: 'forever' });
      expect.unreachable('loadConfig accepted bad values');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('"eighty"');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('PROTOTYPE_TTL');
    }
  });

  it('reads the brief interview timeout: 30 minutes by default, 0 turns it off, a non-duration is named', () => {
    expect(loadConfig({}).interview.clarifyTimeoutMs).toBe(30 * 60_000);
    expect(loadConfig({ CLARIFY_TIMEOUT: '0' }).interview.clarifyTimeoutMs).toBe(0);
    expect(loadConfig({ CLARIFY_TIMEOUT: '90s' }).interview.clarifyTimeoutMs).toBe(90_000);
    expect(() => loadConfig({ CLARIFY_TIMEOUT: 'soon' })).toThrow(/CLARIFY_TIMEOUT/);
  });

  it('refuses a worker-less API without Redis', () => {
    expect(() => loadConfig({ INLINE_WORKER: 'false' })).toThrow(/INLINE_WORKER/);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', DATABASE_URL: '' }).port).toBe(8080);
  });
});
