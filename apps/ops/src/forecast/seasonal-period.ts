/**
 * The seasonal period among `candidates` (in intervals) with the highest autocorrelation of the
 * series — a check that a trace has the daily or weekly cycle the models assume.
 */
export function detectSeasonalPeriod(values: ArrayLike<number>, candidates: readonly number[]): { period: number; autocorrelation: number } | null {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]! / n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (values[i]! - mean) ** 2;
  if (variance <= 1e-9 * n * (mean * mean + 1)) return null; // constant: no cycle at all
  let best: { period: number; autocorrelation: number } | null = null;
  for (const lag of candidates) {
    if (lag <= 0 || lag * 2 > n) continue;
    let sum = 0;
    for (let i = lag; i < n; i++) sum += (values[i]! - mean) * (values[i - lag]! - mean);
    // Normalised per overlapping pair, so long lags (fewer pairs) are not penalised.
    const autocorrelation = (sum / (n - lag)) / (variance / n);
    if (!best || autocorrelation > best.autocorrelation) best = { period: lag, autocorrelation };
  }
  return best;
}
