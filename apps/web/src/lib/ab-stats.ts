/** Conversion statistics for an AB test: Wilson intervals and a two-proportion z-test. */
export interface VariantCounts {
  variant: string;
  exposures: number;
  conversions: number;
}

const Z95 = 1.959963984540054;

/** Wilson score interval for a proportion (well-behaved for small counts and rates near 0 or 1). */
export function wilsonInterval(successes: number, trials: number, z = Z95): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const denominator = 1 + (z * z) / trials;
  const centre = (p + (z * z) / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf approximation, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided pooled z-test of B's rate against A's; p = 1 when either arm has no data. */
export function twoProportionTest(a: VariantCounts, b: VariantCounts): { diff: number; z: number; p: number } {
  if (a.exposures === 0 || b.exposures === 0) return { diff: 0, z: 0, p: 1 };
  const pa = a.conversions / a.exposures;
  const pb = b.conversions / b.exposures;
  const pooled = (a.conversions + b.conversions) / (a.exposures + b.exposures);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.exposures + 1 / b.exposures));
  if (se === 0) return { diff: pb - pa, z: 0, p: 1 };
  const z = (pb - pa) / se;
  return { diff: pb - pa, z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}
