/**
 * Nelder–Mead simplex minimisation (standard coefficients). Small and dependency-free; the
 * smoothing-parameter fits need only a few hundred evaluations of a cheap objective.
 */
export function nelderMead(f: (x: number[]) => number, start: number[], options: { step?: number; maxIterations?: number; tolerance?: number } = {}): { x: number[]; value: number } {
  const step = options.step ?? 0.5;
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-7;
  const n = start.length;
  let simplex: { x: number[]; value: number }[] = [{ x: start, value: f(start) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i] = (x[i] ?? 0) + step;
    simplex.push({ x, value: f(x) });
  }
  const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * ((b[i] ?? 0) - ai));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + 1e-12)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.x[j]! / n;
    const reflected = combine(centroid, worst.x, -1);
    const reflectedValue = f(reflected);
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.x, -2);
      const expandedValue = f(expanded);
      simplex[n] = expandedValue < reflectedValue ? { x: expanded, value: expandedValue } : { x: reflected, value: reflectedValue };
    } else if (reflectedValue < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: reflectedValue };
    } else {
      const contracted = combine(centroid, worst.x, reflectedValue < worst.value ? -0.5 : 0.5);
      const contractedValue = f(contracted);
      if (contractedValue < Math.min(worst.value, reflectedValue)) {
        simplex[n] = { x: contracted, value: contractedValue };
      } else {
        simplex = simplex.map((vertex, i) => (i === 0 ? vertex : { x: combine(best.x, vertex.x, 0.5), value: f(combine(best.x, vertex.x, 0.5)) }));
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!;
}

export const logistic = (u: number) => 1 / (1 + Math.exp(-u));
export const logit = (p: number) => Math.log(p / (1 - p));
