/**
 * Test and benchmark support: a request-count series with a known daily profile (a business-day
 * bump peaking at 14:00), weekends at `weekendFactor` of weekdays, and seeded noise.
 */
export function syntheticTraffic(options: { days: number; intervalsPerDay: number; base: number; peak: number; weekendFactor: number; noise: number; seed?: number; startWeekday?: number }): number[] {
  let seed = options.seed ?? 42;
  const random = () => {
    // mulberry32: deterministic, so fitted values are reproducible.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const values: number[] = [];
  for (let i = 0; i < options.days * options.intervalsPerDay; i++) {
    const day = Math.floor(i / options.intervalsPerDay);
    const hour = ((i % options.intervalsPerDay) / options.intervalsPerDay) * 24;
    const weekday = ((options.startWeekday ?? 1) - 1 + day) % 7; // 0 = Monday
    const shape = Math.exp(-((hour - 14) ** 2) / (2 * 3.5 ** 2));
    const level = (options.base + (options.peak - options.base) * shape) * (weekday >= 5 ? options.weekendFactor : 1);
    values.push(Math.max(0, Math.round(level * (1 + options.noise * (random() * 2 - 1)))));
  }
  return values;
}

/** The noise-free value of the same profile (to compare fitted levels with). */
export function syntheticLevel(options: { base: number; peak: number; weekendFactor: number }, hour: number, weekend: boolean): number {
  const shape = Math.exp(-((hour - 14) ** 2) / (2 * 3.5 ** 2));
  return (options.base + (options.peak - options.base) * shape) * (weekend ? options.weekendFactor : 1);
}
