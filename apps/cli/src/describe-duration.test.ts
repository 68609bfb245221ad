import { describe, expect, it } from 'vitest';
import { describeDuration, describeExpiry, describeWait } from './describe-duration.ts';

describe('durations for people', () => {
  it('names the two largest adjacent units', () => {
    expect(describeDuration(0)).toBe('a moment');
    expect(describeDuration(1)).toBe('1 second');
    expect(describeDuration(45)).toBe('45 seconds');
    expect(describeDuration(60)).toBe('1 minute');
    expect(describeDuration(2 * 3600 + 5 * 60 + 7)).toBe('2 hours 5 minutes');
    expect(describeDuration(86_400)).toBe('1 day');
    expect(describeDuration(86_400 + 60)).toBe('1 day'); // hours are 0: minutes alone would mislead
    expect(describeDuration(14 * 86_400)).toBe('14 days');
  });

  it('says when a wait ends and when a prototype expires, in UTC', () => {
    const now = Date.parse('2025-07-01T12:00:00Z');
    expect(describeWait(3 * 3600, now)).toBe('in 3 hours (after 2025-07-01 15:00 UTC)');
    expect(describeExpiry('2025-07-15T12:00:00Z', now)).toBe('2025-07-15 12:00 UTC (in 14 days)');
    expect(describeExpiry('2025-06-30T12:00:00Z', now)).toBe('2025-06-30 12:00 UTC (expired)');
  });
});
