import { DateTime } from 'luxon';
import { OpsError } from '../ops-errors.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';

export interface BusinessHoursConfig {
  /** IANA zone, e.g. Europe/Prague; wall-clock hours hold across DST changes. */
  zone: string;
  /** Opening and closing wall-clock hour (09 and 18). */
  openHour: number;
  closeHour: number;
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workingWeekdays: readonly number[];
  calendar: HolidayCalendar;
}

export interface TimeWindow {
  startMs: number;
  endMs: number;
}

export const DEFAULT_OPEN_HOUR = 9;
export const DEFAULT_CLOSE_HOUR = 18;
export const WORKING_WEEKDAYS = [1, 2, 3, 4, 5] as const;

export function checkZone(zone: string): string {
  if (!DateTime.now().setZone(zone).isValid) throw new OpsError('OPS_BAD_OPTION', `"${zone}" is not a time zone; use an IANA name such as Europe/Prague or UTC+1.`);
  return zone;
}

/** Local date (YYYY-MM-DD) and whether it is a working day (weekday, not a holiday). */
export function isWorkingDay(config: BusinessHoursConfig, localDate: DateTime): boolean {
  return config.workingWeekdays.includes(localDate.weekday) && config.calendar.holidayOn(localDate.toISODate() ?? '') === null;
}

/** Business-hours windows that overlap [fromMs, toMs), in real (UTC) time. */
export function businessWindows(config: BusinessHoursConfig, fromMs: number, toMs: number): TimeWindow[] {
  const windows: TimeWindow[] = [];
  let day = DateTime.fromMillis(fromMs, { zone: config.zone }).startOf('day');
  while (day.toMillis() < toMs) {
    if (isWorkingDay(config, day)) {
      // Built from wall-clock fields, so 09:00 is 09:00 local whether the day is CET or CEST.
      const startMs = day.set({ hour: config.openHour }).toMillis();
      const endMs = day.set({ hour: config.closeHour }).toMillis();
      if (endMs > fromMs && startMs < toMs) windows.push({ startMs, endMs });
    }
    day = day.plus({ days: 1 });
  }
  return windows;
}

/**
 * Whether `ms` falls in business hours, or up to `leadMs` before they open (capacity has to be
 * ready when the first customer arrives).
 */
export function inBusinessHours(config: BusinessHoursConfig, ms: number, leadMs = 0): boolean {
  return businessWindows(config, ms - 86_400_000, ms + leadMs + 1).some((w) => ms >= w.startMs - leadMs && ms < w.endMs);
}
