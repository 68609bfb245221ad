import { describe, expect, it } from 'vitest';
import { RobustAnomalyDetector } from './anomaly-detector.ts';
import { extrapolate, formatHours } from './trend-extrapolation.ts';

/** A deterministic noisy series around `level` (no Math.random: the same every run). */
const noisy = (n: number, level: number, amplitude: number) => Array.from({ length: n }, (_, i) => level + amplitude * Math.sin(i * 1.7) * Math.cos(i * 0.3));

describe('RobustAnomalyDetector', () => {
  it('says nothing during the warm-up, even about a spike', () => {
    const d = new RobustAnomalyDetector({ warmUp: 10 });
    const verdicts = [...noisy(5, 0.05, 0.005), 5].map((v) => d.push(v));
    expect(verdicts.every((v) => !v.anomalous && v.warmingUp && v.z === null)).toBe(true);
  });

  it('flags a latency spike after warm-up and not the noise around it', () => {
    const d = new RobustAnomalyDetector({ warmUp: 20 });
    const normal = noisy(40, 0.05, 0.005).map((v) => d.push(v));
    expect(normal.filter((v) => v.anomalous)).toHaveLength(0);
    const spike = d.push(0.25);
    expect(spike.anomalous).toBe(true);
    expect(spike.z).toBeGreaterThan(10);
    expect(d.push(0.051).anomalous).toBe(false);
  });

  it('is not dragged by earlier outliers (median/MAD, not mean/sd)', () => {
    const d = new RobustAnomalyDetector({ warmUp: 20, window: 60 });
    const series = noisy(40, 0.05, 0.005);
    series[10] = 3; // one huge outlier in the reference window
    series[25] = 2;
    for (const v of series) d.push(v);
    expect(d.push(0.08).anomalous).toBe(true);
  });

  it('ignores drops when upperOnly (a faster API is not an incident)', () => {
    const d = new RobustAnomalyDetector({ warmUp: 20 });
    for (const v of noisy(30, 0.05, 0.005)) d.push(v);
    expect(d.push(0.001).anomalous).toBe(false);
  });

  it('a flat error rate of 0 does not make 0.1 % an infinite z (minSpread)', () => {
    const d = new RobustAnomalyDetector({ warmUp: 20, minSpread: 0.005 });
    for (let i = 0; i < 30; i++) d.push(0);
    expect(d.push(0.001).anomalous).toBe(false);
    expect(d.push(0.2).anomalous).toBe(true);
  });
});

describe('extrapolate', () => {
  const hour = 3_600_000;
  it('disk full: used bytes rising 1 GB/h with 10 GB left → 10 h', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ atMs: i * hour / 4, value: 50e9 + (i * 1e9) / 4 }));
    const trend = extrapolate(points, 50e9 + (11 * 1e9) / 4 + 10e9)!;
    expect(trend.slopePerHour).toBeCloseTo(1e9, -3);
    expect(trend.hoursToLimit).toBeCloseTo(10, 5);
  });

  it('queue drains: depth falling 120 per minute from 600 → 5 min', () => {
    const minute = 60_000;
    const points = Array.from({ length: 6 }, (_, i) => ({ atMs: i * minute, value: 1200 - i * 120 }));
    const trend = extrapolate(points, 0)!;
    expect(trend.hoursToLimit! * 60).toBeCloseTo(5, 5);
    expect(formatHours(trend.hoursToLimit!)).toBe('5 min');
  });

  it('never reaches a limit it moves away from, and needs enough points', () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ atMs: i * hour, value: 100 - i }));
    expect(extrapolate(points, 1000)!.hoursToLimit).toBeNull();
    expect(extrapolate(points.slice(0, 3), 0)).toBeNull();
    expect(formatHours(30)).toBe('30 h');
    expect(formatHours(72)).toBe('3 days');
  });
});
