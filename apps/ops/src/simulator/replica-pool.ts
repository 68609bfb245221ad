/**
 * Replicas of one service over simulated intervals: a replica asked for at interval t serves
 * from interval t + startupIntervals; removing one takes effect at once (newest first, so a
 * replica still starting is cancelled before a ready one is stopped). Every replica that
 * exists, ready or starting, is paid for.
 */
export class ReplicaPool {
  private readyAt: number[];
  private readonly startupIntervals: number;

  constructor(initialReady: number, startupIntervals: number) {
    this.readyAt = new Array<number>(initialReady).fill(Number.NEGATIVE_INFINITY);
    this.startupIntervals = startupIntervals;
  }

  get provisioned(): number {
    return this.readyAt.length;
  }

  readyAtInterval(t: number): number {
    let ready = 0;
    for (const at of this.readyAt) if (at <= t) ready += 1;
    return ready;
  }

  /** Sets the replica count wanted from interval `t` on. */
  scaleTo(t: number, replicas: number): void {
    while (this.readyAt.length < replicas) this.readyAt.push(t + this.startupIntervals);
    if (this.readyAt.length > replicas) {
      this.readyAt.sort((a, b) => a - b);
      this.readyAt.length = replicas;
    }
  }
}
