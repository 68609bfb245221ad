import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

const production = { DEPLOYMENT: 'production', SESSION_SECRET: 's'.repeat(40) };

describe('STATEX_SECRET and WORKER_CRASH_STRIKES', () => {
  it('production refuses to start without a master secret, and accepts one of 32+ characters', () => {
    expect(() => loadConfig(production)).toThrow(/STATEX_SECRET: required when DEPLOYMENT=production/);
    expect(loadConfig({ ...production, STATEX_SECRET: 'm'.repeat(32) }).secret).toBe('m'.repeat(32));
  });
  it('refuses a short secret, and leaves it unset in a demo (generated into the data directory)', () => {
    expect(() => loadConfig({ STATEX_SECRET: 'too-short' })).toThrow(ConfigError);
    expect(loadConfig({}).secret).toBeUndefined();
  });
  it('crash strikes default to 3 and must be at least 1', () => {
    expect(loadConfig({}).worker.crashStrikes).toBe(3);
    expect(loadConfig({ WORKER_CRASH_STRIKES: '5' }).worker.crashStrikes).toBe(5);
    expect(() => loadConfig({ WORKER_CRASH_STRIKES: '0' })).toThrow(/WORKER_CRASH_STRIKES/);
  });
});
