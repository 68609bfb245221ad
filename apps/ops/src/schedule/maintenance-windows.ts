import { DateTime } from 'luxon';
import { isWorkingDay, type BusinessHoursConfig, type TimeWindow } from './business-hours.ts';

/** What runs in a maintenance window, in this order. */
export const MAINTENANCE_TASKS = ['vacuum', 'report-retention', 'cache-cleanup', 'certificate-check'] as const;
export type MaintenanceTask = (typeof MAINTENANCE_TASKS)[number];

export interface MaintenanceConfig {
  /** Evenings from this wall-clock hour (19) … */
  fromHour: number;
  /** … until this hour next morning (08); weekends and holidays all day. */
  untilHour: number;
}

export const DEFAULT_MAINTENANCE: MaintenanceConfig = { fromHour: 19, untilHour: 8 };

export interface MaintenanceWindow extends TimeWindow {
  tasks: readonly MaintenanceTask[];
}

/**
 * Maintenance windows overlapping [fromMs, toMs): working-day nights (19:00–08:00) and whole
 * non-working days, merged into continuous windows (Friday 19:00 → Monday 08:00). Built from
 * local wall-clock times, so a window across a DST change is an hour shorter or longer in real time.
 */
export function maintenanceWindows(hours: BusinessHoursConfig, fromMs: number, toMs: number, config: MaintenanceConfig = DEFAULT_MAINTENANCE): MaintenanceWindow[] {
  const pieces: TimeWindow[] = [];
  // A week either side, so windows that began before or end after the range (a long Christmas
  // weekend) come out whole.
  let day = DateTime.fromMillis(fromMs, { zone: hours.zone }).startOf('day').minus({ days: 7 });
  const last = DateTime.fromMillis(toMs, { zone: hours.zone }).startOf('day').plus({ days: 7 });
  while (day <= last) {
    const nextDay = day.plus({ days: 1 }).startOf('day');
    if (isWorkingDay(hours, day)) {
      pieces.push({ startMs: day.toMillis(), endMs: day.set({ hour: config.untilHour }).toMillis() });
      pieces.push({ startMs: day.set({ hour: config.fromHour }).toMillis(), endMs: nextDay.toMillis() });
    } else {
      pieces.push({ startMs: day.toMillis(), endMs: nextDay.toMillis() });
    }
    day = nextDay;
  }
  const merged: TimeWindow[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (previous && previous.endMs >= piece.startMs) previous.endMs = Math.max(previous.endMs, piece.endMs);
    else merged.push({ ...piece });
  }
  return merged
    .filter((w) => w.endMs > fromMs && w.startMs < toMs)
    .map((w) => ({ startMs: w.startMs, endMs: w.endMs, tasks: MAINTENANCE_TASKS }));
}

export function inMaintenanceWindow(hours: BusinessHoursConfig, ms: number, config: MaintenanceConfig = DEFAULT_MAINTENANCE): boolean {
  return maintenanceWindows(hours, ms, ms + 1, config).length > 0;
}
