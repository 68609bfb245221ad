import { InvalidArgumentError, Option, type Command } from 'commander';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { checkZone, DEFAULT_CLOSE_HOUR, DEFAULT_OPEN_HOUR, WORKING_WEEKDAYS, type BusinessHoursConfig } from '../schedule/business-hours.ts';
import { parseDuration } from '../schedule/duration.ts';
import { HOLIDAY_SETS, holidayCalendar, type HolidaySet } from '../schedule/holiday-calendar.ts';
import { readTraceFile, type Trace } from '../simulator/read-trace.ts';

export const positiveNumber = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a number > 0, got "${value}".`);
  return n;
};

export const wholeNumber = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0, got "${value}".`);
  return n;
};

export const probability = (name: string) => (value: string) => {
  const n = Number(value);
  if (!(n > 0.5 && n < 1)) throw new InvalidArgumentError(`${name} must be between 0.5 and 1 (e.g. 0.95), got "${value}".`);
  return n;
};

export const duration = (name: string) => (value: string) => {
  try {
    return parseDuration(value, name);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export interface TraceOptions {
  trace: string;
  timeCol: string;
  countCol: string;
}

export function addTraceOptions(command: Command): Command {
  return command
    .requiredOption('--trace <file>', 'CSV of timestamped request counts, with a header row')
    .requiredOption('--time-col <name>', 'name of the timestamp column (ISO 8601 or Unix seconds)')
    .requiredOption('--count-col <name>', 'name of the request-count column');
}

export function loadTrace(options: TraceOptions): Promise<Trace> {
  return readTraceFile(options.trace, { timeCol: options.timeCol, countCol: options.countCol });
}

export interface ScheduleOptions {
  timezone?: string;
  holidays: HolidaySet;
  holiday?: string[];
  workedHoliday?: string[];
}

export function addScheduleOptions(command: Command, defaults: { timezone: string | null; holidays: HolidaySet }): Command {
  return command
    .addOption(new Option('--timezone <zone>', 'time zone of business hours (IANA name)').default(defaults.timezone ?? undefined, defaults.timezone ?? "the trace's own UTC offset"))
    .addOption(new Option('--holidays <set>', 'public holidays that are not working days').choices(HOLIDAY_SETS).default(defaults.holidays))
    .option('--holiday <date>', 'an extra closed day, YYYY-MM-DD (repeatable)', collect)
    .option('--worked-holiday <date>', 'a public holiday that is worked, YYYY-MM-DD (repeatable)', collect);
}

export function businessHoursFrom(options: ScheduleOptions, fallbackZone: string): BusinessHoursConfig {
  return {
    zone: checkZone(options.timezone ?? fallbackZone),
    openHour: DEFAULT_OPEN_HOUR,
    closeHour: DEFAULT_CLOSE_HOUR,
    workingWeekdays: WORKING_WEEKDAYS,
    calendar: holidayCalendar({ set: options.holidays, extra: options.holiday, worked: options.workedHoliday }),
  };
}

export function priceOption(settings: OpsSettings): Option {
  return new Option('--price <amount>', `price of one replica-hour in ${settings.currency} (env STATEX_OPS_PRICE_PER_REPLICA_HOUR)`)
    .default(settings.pricePerReplicaHour)
    .argParser(positiveNumber('--price'));
}

export function requireLength(trace: Trace, intervals: number, what: string): void {
  if (trace.counts.length < intervals) {
    throw new OpsError('OPS_TRACE_TOO_SHORT', `${what} needs at least ${intervals} intervals of history; the trace has ${trace.counts.length}.`);
  }
}
