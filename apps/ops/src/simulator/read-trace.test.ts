import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpsError } from '../ops-errors.ts';
import { parseTrace, readTraceFile } from './read-trace.ts';

const columns = { timeCol: 'ts', countCol: 'hits' };
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as OpsError;
  }
  throw new Error('expected an error');
};

describe('reading a trace', () => {
  it('reads any column names, ignores other columns and infers the interval', () => {
    const trace = parseTrace('region,ts,hits\neu,2026-03-29T00:00:00+01:00,10\neu,2026-03-29T00:15:00+01:00,12\neu,2026-03-29T00:30:00+01:00,"7"\n', columns);
    expect(trace).toEqual({ startMs: Date.parse('2026-03-28T23:00:00Z'), intervalMs: 900_000, counts: [10, 12, 7], zone: 'UTC+1', gapsFilled: 0 });
  });

  it('accepts SQL-style timestamps and Unix seconds; fills missing intervals with 0', () => {
    expect(parseTrace('ts,hits\n1995-07-01 00:00:00-04:00,3\n1995-07-01 00:05:00-04:00,4\n', columns).zone).toBe('UTC-4');
    const unix = parseTrace('ts,hits\n1774742400,1\n1774742460,2\n1774742580,5\n', columns);
    expect(unix).toMatchObject({ intervalMs: 60_000, counts: [1, 2, 0, 5], gapsFilled: 1, zone: 'UTC' });
  });

  it('names a missing column and lists the columns there are', () => {
    const error = errorOf(() => parseTrace('time,requests\n2026-01-01T00:00:00Z,1\n', columns));
    expect(error).toBeInstanceOf(OpsError);
    expect(error.code).toBe('OPS_TRACE_COLUMN_MISSING');
    expect(error.status).toBe(400);
    expect(error.message).toBe('the trace has no column "ts" (--time-col); its columns are: time, requests.');
  });

  it('points at the line of a bad row', () => {
    const badCount = errorOf(() => parseTrace('ts,hits\n2026-01-01T00:00:00Z,1\n2026-01-01T00:05:00Z,lots\n', columns));
    expect([badCount.code, badCount.status, badCount.message]).toEqual(['OPS_TRACE_BAD_ROW', 422, 'the trace, line 3: "lots" in column "hits" is not a count (a number ≥ 0).']);
    expect(errorOf(() => parseTrace('ts,hits\nyesterday,1\n2026-01-01T00:05:00Z,1\n', columns)).message).toMatch(/line 2: "yesterday" in column "ts" is not a timestamp/);
    expect(errorOf(() => parseTrace('ts,hits\n2026-01-01T00:00:00Z,-4\n2026-01-01T00:05:00Z,1\n', columns)).code).toBe('OPS_TRACE_BAD_ROW');
    expect(errorOf(() => parseTrace('ts,hits\n2026-01-01T00:05:00Z,1\n2026-01-01T00:00:00Z,1\n', columns)).code).toBe('OPS_TRACE_IRREGULAR');
    expect(errorOf(() => parseTrace('ts,hits\n2026-01-01T00:00:00Z,1\n2026-01-01T00:05:00Z,1\n2026-01-01T00:07:00Z,1\n2026-01-01T00:10:00Z,1\n2026-01-01T00:15:00Z,1\n', columns)).message).toMatch(/line 4: timestamp is off the 5m grid/);
    expect(errorOf(() => parseTrace('ts,hits\n2026-01-01T00:00:00Z,1\n', columns)).code).toBe('OPS_TRACE_TOO_SHORT');
    expect(errorOf(() => parseTrace('ts,hits\n"unterminated,1\n', columns)).code).toBe('OPS_TRACE_UNREADABLE');
  });

  it('says when the file cannot be read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'statex-ops-trace-'));
    try {
      const file = path.join(dir, 'trace.csv');
      await writeFile(file, 'ts,hits\n2026-01-01T00:00:00Z,1\n2026-01-01T01:00:00Z,2\n');
      expect((await readTraceFile(file, columns)).intervalMs).toBe(3_600_000);
      await expect(readTraceFile(path.join(dir, 'missing.csv'), columns)).rejects.toMatchObject({ code: 'OPS_TRACE_UNREADABLE', message: expect.stringMatching(/ENOENT/) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
