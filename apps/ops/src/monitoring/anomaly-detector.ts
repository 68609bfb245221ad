/**
 * Robust z-score over a sliding window: how many scaled median absolute deviations a new value
 * lies from the window's median. Medians ignore the spikes they are meant to find (a mean and
 * standard deviation would be dragged by them). Nothing is flagged during the warm-up.
 */
export interface AnomalyOptions {
  /** Points kept as the reference window. */
  window?: number;
  /** Points needed before any verdict. */
  warmUp?: number;
  /** |z| at or above this is an anomaly. */
  threshold?: number;
  /** Smallest spread assumed, in the series' unit, so a flat series does not make every wiggle infinite. */
  minSpread?: number;
  /** Only values above the median count (latency and error rates are bad only when high). */
  upperOnly?: boolean;
}

export interface AnomalyVerdict {
  value: number;
  median: number;
  /** Robust z-score; null during the warm-up. */
  z: number | null;
  anomalous: boolean;
  warmingUp: boolean;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export class RobustAnomalyDetector {
  private readonly o: Required<AnomalyOptions>;
  private readonly values: number[] = [];

  constructor(options: AnomalyOptions = {}) {
    this.o = { window: 60, warmUp: 20, threshold: 3.5, minSpread: 0, upperOnly: true, ...options };
  }

  /** Judges `value` against the window, then adds it (anomalies included: a lasting shift becomes the new normal). */
  push(value: number): AnomalyVerdict {
    const warmingUp = this.values.length < this.o.warmUp;
    let verdict: AnomalyVerdict;
    if (warmingUp) {
      verdict = { value, median: this.values.length ? median([...this.values].sort((a, b) => a - b)) : value, z: null, anomalous: false, warmingUp };
    } else {
      const sorted = [...this.values].sort((a, b) => a - b);
      const m = median(sorted);
      const mad = median(sorted.map((v) => Math.abs(v - m)).sort((a, b) => a - b));
      // 1.4826 × MAD estimates the standard deviation of normal data.
      const spread = Math.max(1.4826 * mad, this.o.minSpread, Number.EPSILON);
      const z = (value - m) / spread;
      const anomalous = this.o.upperOnly ? z >= this.o.threshold : Math.abs(z) >= this.o.threshold;
      verdict = { value, median: m, z, anomalous, warmingUp };
    }
    this.values.push(value);
    if (this.values.length > this.o.window) this.values.shift();
    return verdict;
  }
}
