const UNITS: [name: string, seconds: number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "2 hours 5 minutes", "14 days", "45 seconds": the two largest non-zero units, for people. */
export function describeDuration(totalSeconds: number): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  if (rest === 0) return 'a moment';
  const parts: string[] = [];
  for (const [name, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${name}${count === 1 ? '' : 's'}`);
    else if (parts.length > 0) break;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

const utcMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** "in 2 hours 5 minutes (after 2025-07-01 14:03 UTC)", for a Retry-After. */
export function describeWait(seconds: number, now = Date.now()): string {
  return `in ${describeDuration(seconds)} (after ${utcMinute(new Date(now + seconds * 1000))})`;
}

/** "2025-07-01 14:03 UTC (in 14 days)". */
export function describeExpiry(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  const stamp = utcMinute(at);
  const seconds = (at.getTime() - now) / 1000;
  return seconds > 0 ? `${stamp} (in ${describeDuration(seconds)})` : `${stamp} (expired)`;
}
