import { DateTime } from 'luxon';

/**
 * Wall-clock time of each interval of a series in its time zone, cached: seasonal features
 * follow the local clock (people start work at 09:00 local time, also after a DST change).
 */
export class SeriesClock {
  readonly startMs: number;
  readonly intervalMs: number;
  readonly zone: string;
  readonly intervalsPerDay: number;
  readonly intervalsPerWeek: number;
  private secondOfDayCache: number[] = [];
  private weekdayCache: number[] = [];

  constructor(startMs: number, intervalMs: number, zone: string) {
    if (!DateTime.fromMillis(startMs, { zone }).isValid) throw new RangeError(`unknown time zone "${zone}"`);
    this.startMs = startMs;
    this.intervalMs = intervalMs;
    this.zone = zone;
    this.intervalsPerDay = Math.max(1, Math.round(86_400_000 / intervalMs));
    this.intervalsPerWeek = this.intervalsPerDay * 7;
  }

  timeOf(index: number): number {
    return this.startMs + index * this.intervalMs;
  }

  /** Seconds since local midnight (wall clock) at the start of interval `index`. */
  secondOfDay(index: number): number {
    this.fill(index);
    return this.secondOfDayCache[index] ?? 0;
  }

  /** ISO weekday 1 (Monday) … 7 (Sunday) in the local zone. */
  weekday(index: number): number {
    this.fill(index);
    return this.weekdayCache[index] ?? 1;
  }

  private fill(index: number): void {
    if (index < 0) throw new RangeError(`index ${index} is before the series start`);
    for (let i = this.secondOfDayCache.length; i <= index; i++) {
      const dt = DateTime.fromMillis(this.timeOf(i), { zone: this.zone });
      this.secondOfDayCache.push(dt.hour * 3600 + dt.minute * 60 + dt.second);
      this.weekdayCache.push(dt.weekday);
    }
  }
}
