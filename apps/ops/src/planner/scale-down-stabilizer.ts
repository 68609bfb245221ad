/**
 * HPA's scale-down stabilization: the replica count applied is the highest recommendation made
 * within the window (default 5 minutes), so a dip must last the whole window before replicas
 * go away; scaling up is not delayed.
 */
export class ScaleDownStabilizer {
  readonly windowMs: number;
  private recommendations: { atMs: number; replicas: number }[] = [];

  constructor(windowMs: number) {
    this.windowMs = windowMs;
  }

  /** Records a recommendation and returns the stabilized replica count. */
  apply(atMs: number, replicas: number): number {
    // Inclusive bound: with one decision per 5-minute interval the window still holds the
    // previous one, as HPA's 15-second loop would hold the last 5 minutes' recommendations.
    this.recommendations = this.recommendations.filter((r) => r.atMs >= atMs - this.windowMs && r.atMs <= atMs);
    this.recommendations.push({ atMs, replicas });
    return Math.max(...this.recommendations.map((r) => r.replicas));
  }
}
