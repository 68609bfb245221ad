import { describe, expect, it } from 'vitest';
import { businessWindows, inBusinessHours, WORKING_WEEKDAYS, type BusinessHoursConfig } from './business-hours.ts';
import { czechPublicHolidays, easterSunday } from './czech-holidays.ts';
import { parseDuration } from './duration.ts';
import { holidayCalendar } from './holiday-calendar.ts';
import { inMaintenanceWindow, maintenanceWindows } from './maintenance-windows.ts';

const prague: BusinessHoursConfig = { zone: 'Europe/Prague', openHour: 9, closeHour: 18, workingWeekdays: WORKING_WEEKDAYS, calendar: holidayCalendar({ set: 'cz' }) };
const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('Czech public holidays', () => {
  it('computes Easter and the holidays that move with it', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    const dates = czechPublicHolidays(2026).map((h) => h.date);
    expect(dates).toContain('2026-04-03'); // Good Friday
    expect(dates).toContain('2026-04-06'); // Easter Monday
    expect(dates).toHaveLength(13);
    // Good Friday became a holiday in 2016.
    expect(czechPublicHolidays(2015).map((h) => h.name)).not.toContain('Good Friday');
  });

  it('is configurable: none, extra closed days, worked holidays; bad dates are refused', () => {
    expect(holidayCalendar({ set: 'cz' }).holidayOn('2026-07-06')).toBe('Jan Hus Day');
    expect(holidayCalendar({ set: 'none' }).holidayOn('2026-07-06')).toBeNull();
    const company = holidayCalendar({ set: 'cz', extra: ['2026-12-31'], worked: ['2026-05-08'] });
    expect(company.holidayOn('2026-12-31')).toBe('company holiday');
    expect(company.holidayOn('2026-05-08')).toBeNull();
    expect(() => holidayCalendar({ set: 'cz', extra: ['31.12.2026'] })).toThrow(/YYYY-MM-DD/);
  });

  it('makes holidays non-working days: no business hours on Easter Monday', () => {
    expect(inBusinessHours(prague, utc('2026-04-06T10:00:00Z'))).toBe(false);
    expect(inBusinessHours(prague, utc('2026-04-07T10:00:00Z'))).toBe(true);
  });
});

describe('business hours across DST in Europe/Prague', () => {
  it('opens at 09:00 local on both sides of the spring change (Sunday 29 March 2026)', () => {
    // Friday before: CET (UTC+1) → 08:00Z; Monday after: CEST (UTC+2) → 07:00Z.
    expect(businessWindows(prague, utc('2026-03-27T00:00:00Z'), utc('2026-03-31T00:00:00Z'))).toEqual([
      { startMs: utc('2026-03-27T08:00:00Z'), endMs: utc('2026-03-27T17:00:00Z') },
      { startMs: utc('2026-03-30T07:00:00Z'), endMs: utc('2026-03-30T16:00:00Z') },
    ]);
    // The DST day itself is a Sunday: no business hours at all.
    expect(businessWindows(prague, utc('2026-03-28T23:00:00Z'), utc('2026-03-29T22:00:00Z'))).toEqual([]);
  });

  it('opens at 09:00 local on both sides of the autumn change (Sunday 25 October 2026)', () => {
    expect(businessWindows(prague, utc('2026-10-23T00:00:00Z'), utc('2026-10-27T00:00:00Z'))).toEqual([
      { startMs: utc('2026-10-23T07:00:00Z'), endMs: utc('2026-10-23T16:00:00Z') },
      { startMs: utc('2026-10-26T08:00:00Z'), endMs: utc('2026-10-26T17:00:00Z') },
    ]);
  });

  it('scales up 30 minutes before opening: from 08:30 local', () => {
    const lead = 30 * 60_000;
    expect(inBusinessHours(prague, utc('2026-03-30T06:25:00Z'), lead)).toBe(false); // 08:25 CEST
    expect(inBusinessHours(prague, utc('2026-03-30T06:30:00Z'), lead)).toBe(true); // 08:30 CEST
    expect(inBusinessHours(prague, utc('2026-10-26T07:30:00Z'), lead)).toBe(true); // 08:30 CET
    expect(inBusinessHours(prague, utc('2026-10-26T16:59:00Z'), lead)).toBe(true); // 17:59 CET
    expect(inBusinessHours(prague, utc('2026-10-26T17:00:00Z'), lead)).toBe(false); // 18:00 CET
  });
});

describe('maintenance windows', () => {
  it('runs the weekend window from Friday 19:00 to Monday 08:00, an hour shorter across the spring change', () => {
    const [weekend] = maintenanceWindows(prague, utc('2026-03-28T12:00:00Z'), utc('2026-03-28T13:00:00Z'));
    expect(weekend).toEqual({ startMs: utc('2026-03-27T18:00:00Z'), endMs: utc('2026-03-30T06:00:00Z'), tasks: ['vacuum', 'report-retention', 'cache-cleanup', 'certificate-check'] });
    expect((weekend!.endMs - weekend!.startMs) / HOUR).toBe(60);
  });

  it('is an hour longer across the autumn change', () => {
    const [weekend] = maintenanceWindows(prague, utc('2026-10-25T12:00:00Z'), utc('2026-10-25T13:00:00Z'));
    expect(weekend).toMatchObject({ startMs: utc('2026-10-23T17:00:00Z'), endMs: utc('2026-10-26T07:00:00Z') });
    expect((weekend!.endMs - weekend!.startMs) / HOUR).toBe(62);
  });

  it('covers working-day nights 19:00–08:00 but not the working day', () => {
    expect(inMaintenanceWindow(prague, utc('2026-03-31T17:00:00Z'))).toBe(true); // 19:00 CEST Tuesday
    expect(inMaintenanceWindow(prague, utc('2026-03-31T16:59:00Z'))).toBe(false);
    expect(inMaintenanceWindow(prague, utc('2026-03-31T05:59:00Z'))).toBe(true); // 07:59
    expect(inMaintenanceWindow(prague, utc('2026-03-31T06:00:00Z'))).toBe(false); // 08:00
  });
});

describe('durations', () => {
  it('parses units and refuses what is not a duration', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('48h')).toBe(172_800_000);
    expect(parseDuration('0')).toBe(0);
    expect(() => parseDuration('5')).toThrow(/needs a unit/);
    expect(() => parseDuration('soon')).toThrow(/not a duration/);
  });
});
