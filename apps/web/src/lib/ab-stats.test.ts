import { describe, expect, it } from 'vitest';
import { normalCdf, twoProportionTest, wilsonInterval } from './ab-stats';

describe('AB statistics', () => {
  it('normal CDF matches known quantiles', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 5);
  });

  it('Wilson interval: 10 of 100 → about 5.5 %–17.4 %', () => {
    const [low, high] = wilsonInterval(10, 100);
    expect(low).toBeCloseTo(0.0552, 3);
    expect(high).toBeCloseTo(0.1744, 3);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('two-proportion z-test: 10 % vs 15 % on 1000 each is significant (z ≈ 3.38)', () => {
    const result = twoProportionTest({ variant: 'a', exposures: 1000, conversions: 100 }, { variant: 'b', exposures: 1000, conversions: 150 });
    expect(result.diff).toBeCloseTo(0.05, 6);
    expect(result.z).toBeCloseTo(3.38, 2);
    expect(result.p).toBeLessThan(0.001);
  });

  it('is not significant on small equal samples, and p = 1 without data', () => {
    expect(twoProportionTest({ variant: 'a', exposures: 20, conversions: 2 }, { variant: 'b', exposures: 20, conversions: 3 }).p).toBeGreaterThan(0.5);
    expect(twoProportionTest({ variant: 'a', exposures: 0, conversions: 0 }, { variant: 'b', exposures: 5, conversions: 1 }).p).toBe(1);
  });
});
