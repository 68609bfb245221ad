import { OpsError } from '../ops-errors.ts';
import { czechPublicHolidays } from './czech-holidays.ts';

export const HOLIDAY_SETS = ['cz', 'none'] as const;
export type HolidaySet = (typeof HOLIDAY_SETS)[number];

export interface HolidayConfig {
  /** Built-in public holidays: Czech, or none. */
  set: HolidaySet;
  /** Extra closed days (company holidays), YYYY-MM-DD. */
  extra?: string[];
  /** Built-in holidays the business works anyway, YYYY-MM-DD. */
  worked?: string[];
}

export interface HolidayCalendar {
  /** Name of the holiday on a local date (YYYY-MM-DD), or null. */
  holidayOn(localDate: string): string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function holidayCalendar(config: HolidayConfig): HolidayCalendar {
  for (const date of [...(config.extra ?? []), ...(config.worked ?? [])]) {
    if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw new OpsError('OPS_BAD_OPTION', `"${date}" is not a date; write holidays as YYYY-MM-DD.`);
    }
  }
  const extra = new Set(config.extra ?? []);
  const worked = new Set(config.worked ?? []);
  const byYear = new Map<number, Map<string, string>>();
  return {
    holidayOn(localDate) {
      if (extra.has(localDate)) return 'company holiday';
      if (config.set === 'none' || worked.has(localDate)) return null;
      const year = Number(localDate.slice(0, 4));
      let days = byYear.get(year);
      if (!days) byYear.set(year, (days = new Map(czechPublicHolidays(year).map((h) => [h.date, h.name]))));
      return days.get(localDate) ?? null;
    },
  };
}
