import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { DateTime, FixedOffsetZone } from 'luxon';
import { OpsError } from '../ops-errors.ts';
import { formatDuration } from '../schedule/duration.ts';

/** A request-count series on a regular interval, as read from a CSV of timestamped counts. */
export interface Trace {
  /** Epoch ms of the first interval's start. */
  startMs: number;
  intervalMs: number;
  /** Requests per interval; index i covers [startMs + i·intervalMs, +intervalMs). */
  counts: number[];
  /**
   * The IANA zone or fixed offset ("UTC-4") the timestamps were written in: the trace's own
   * local clock, used for business hours unless a time zone is given.
   */
  zone: string;
  /** Intervals missing from the file, filled with 0. */
  gapsFilled: number;
}

export interface TraceColumns {
  timeCol: string;
  countCol: string;
}

export async function readTraceFile(file: string, columns: TraceColumns): Promise<Trace> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OpsError('OPS_TRACE_UNREADABLE', `Cannot read the trace "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path.`, { cause: error });
  }
  return parseTrace(text, columns, file);
}

/** Parses a CSV with a header row; other columns are ignored. Rows must be in time order. */
export function parseTrace(text: string, { timeCol, countCol }: TraceColumns, source = 'the trace'): Trace {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    throw new OpsError('OPS_TRACE_UNREADABLE', `${source} is not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const header = records[0];
  if (!header) throw new OpsError('OPS_TRACE_TOO_SHORT', `${source} is empty; it needs a header row and at least two rows of data.`);
  const timeIndex = header.indexOf(timeCol);
  const countIndex = header.indexOf(countCol);
  for (const [name, index, option] of [[timeCol, timeIndex, '--time-col'], [countCol, countIndex, '--count-col']] as const) {
    if (index < 0) {
      throw new OpsError('OPS_TRACE_COLUMN_MISSING', `${source} has no column "${name}" (${option}); its columns are: ${header.join(', ')}.`);
    }
  }
  const times: number[] = [];
  const values: number[] = [];
  let zone: string | null = null;
  for (let row = 1; row < records.length; row++) {
    const record = records[row] ?? [];
    const line = row + 1;
    const rawTime = record[timeIndex];
    const rawCount = record[countIndex];
    if (rawTime === undefined || rawCount === undefined) {
      throw new OpsError('OPS_TRACE_BAD_ROW', `${source}, line ${line}: the row has ${record.length} fields, fewer than the header; fix or remove it.`);
    }
    const time = parseTimestamp(rawTime);
    if (!time) {
      throw new OpsError('OPS_TRACE_BAD_ROW', `${source}, line ${line}: "${rawTime}" in column "${timeCol}" is not a timestamp; use ISO 8601 (2026-03-29T09:00:00+02:00) or Unix seconds.`);
    }
    const count = Number(rawCount);
    if (rawCount === '' || !Number.isFinite(count) || count < 0) {
      throw new OpsError('OPS_TRACE_BAD_ROW', `${source}, line ${line}: "${rawCount}" in column "${countCol}" is not a count (a number ≥ 0).`);
    }
    zone ??= time.zone;
    times.push(time.ms);
    values.push(count);
  }
  if (times.length < 2) throw new OpsError('OPS_TRACE_TOO_SHORT', `${source} has ${times.length} row(s) of data; at least two are needed to infer the interval.`);
  const intervalMs = inferInterval(times, source);
  const startMs = times[0] ?? 0;
  const counts: number[] = [];
  let gapsFilled = 0;
  for (let i = 0; i < times.length; i++) {
    const slot = ((times[i] ?? 0) - startMs) / intervalMs;
    if (!Number.isInteger(slot) || slot < counts.length) {
      throw new OpsError('OPS_TRACE_IRREGULAR', `${source}, line ${i + 2}: timestamp is off the ${formatDuration(intervalMs)} grid or out of order; rows must be in time order, one per interval.`);
    }
    while (counts.length < slot) {
      counts.push(0);
      gapsFilled += 1;
    }
    counts.push(values[i] ?? 0);
  }
  return { startMs, intervalMs, counts, zone: zone ?? 'UTC', gapsFilled };
}

/** The interval is the most common positive step between consecutive timestamps. */
function inferInterval(times: number[], source: string): number {
  const frequency = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const step = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (step <= 0) {
      throw new OpsError('OPS_TRACE_IRREGULAR', `${source}, line ${i + 2}: timestamp is not after the previous row's; sort the rows by time and remove duplicates.`);
    }
    frequency.set(step, (frequency.get(step) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of frequency) if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  return best;
}

function parseTimestamp(raw: string): { ms: number; zone: string } | null {
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    // Unix seconds until the year 5138; larger values are milliseconds.
    return { ms: Math.round(n < 1e11 ? n * 1000 : n), zone: 'UTC' };
  }
  let dt = DateTime.fromISO(raw, { setZone: true, zone: 'UTC' });
  if (!dt.isValid) dt = DateTime.fromSQL(raw, { setZone: true, zone: 'UTC' });
  if (!dt.isValid) return null;
  const zone = dt.zone instanceof FixedOffsetZone ? dt.zone.name : dt.zoneName ?? 'UTC';
  return { ms: dt.toMillis(), zone };
}
