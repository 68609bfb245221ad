import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS_FILE, loadThresholds, resolveThresholds } from './release-thresholds.ts';

const document = {
  base: { validation: { maxP95LatencyMs: 1000, probe: { durationSeconds: 3, paths: ['/health'] } }, watch: { failuresToRollback: 5, graceSeconds: 60 } },
  environments: {
    local: { watch: { graceSeconds: 10 } },
    staging: { validation: { probe: { durationSeconds: 4 } }, watch: { graceSeconds: 120 } },
    production: { extends: 'staging', watch: { graceSeconds: 300 } },
    loop: { extends: 'loop' },
    typo: { watch: { graceSecond: 1 } },
  },
};

describe('release thresholds: base + environment', () => {
  it('an environment overrides only what it names; the rest comes from the base', () => {
    const t = resolveThresholds(document, 'local') as unknown as typeof document.base;
    expect(t.watch).toEqual({ failuresToRollback: 5, graceSeconds: 10 });
    expect(t.validation).toEqual(document.base.validation);
  });

  it('extends chains: production inherits staging, then overrides', () => {
    const t = resolveThresholds(document, 'production') as unknown as typeof document.base;
    expect(t.validation.probe).toEqual({ durationSeconds: 4, paths: ['/health'] });
    expect(t.watch.graceSeconds).toBe(300);
    expect(t.validation.maxP95LatencyMs).toBe(1000);
  });

  it('refuses an unknown environment, an unknown key, a wrong type and a circle', () => {
    expect(() => resolveThresholds(document, 'qa')).toThrow(/No environment "qa".*local, staging/);
    expect(() => resolveThresholds(document, 'typo')).toThrow(/environments\.typo\.watch\.graceSecond is not a threshold/);
    expect(() => resolveThresholds({ ...document, environments: { bad: { watch: { graceSeconds: 'x' } } } }, 'bad')).toThrow(/must be a number/);
    expect(() => resolveThresholds(document, 'loop')).toThrow(/circle/);
  });

  it('the committed file gives the documented limits in every environment', async () => {
    for (const env of ['local', 'staging', 'production']) {
      const t = await loadThresholds(DEFAULT_THRESHOLDS_FILE, env);
      expect(t.validation).toMatchObject({ maxP95LatencyMs: 1000, minRequestsPerSecond: 10, maxCpuPercent: 80, maxMemoryPercent: 80, maxDiskPercent: 90 });
      expect(t.canary).toMatchObject({ minSuccessRate: 0.99, maxP99LatencyMs: 500 });
      expect(t.watch.failuresToRollback).toBe(5);
    }
    expect((await loadThresholds(DEFAULT_THRESHOLDS_FILE, 'production')).watch.graceSeconds).toBe(300);
  });
});
