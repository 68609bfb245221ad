import { OpsError } from '../ops-errors.ts';

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "5m", "30s", "48h", "2d", "0" → milliseconds. */
export function parseDuration(text: string, optionName = 'duration'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?\s*$/.exec(text);
  if (!match) throw new OpsError('OPS_BAD_OPTION', `${optionName} "${text}" is not a duration; write e.g. 30s, 5m, 48h or 2d.`);
  const value = Number(match[1]);
  const unit = match[2] ?? (value === 0 ? 'ms' : undefined);
  if (unit === undefined) throw new OpsError('OPS_BAD_OPTION', `${optionName} "${text}" needs a unit: s, m, h or d (e.g. 5m).`);
  return value * (UNITS_MS[unit] ?? 0);
}

export function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0 && ms > 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}
