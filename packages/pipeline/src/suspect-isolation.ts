/**
 * Within one process, a request suspected of crashing it (it was executing when an earlier
 * process died) runs alone: it waits until the requests running here finish, and new ones wait
 * for it. If the process dies again, that request is the only one executing, so the crash strike
 * lands on it and not on its neighbours. Ordinary requests share the process freely.
 * A write-preferring readers–writer lock: a waiting suspect is not starved by a stream of new work.
 */
export class SuspectIsolation {
  private shared = 0;
  private exclusive = false;
  private readonly queue: { exclusive: boolean; grant: () => void }[] = [];

  /** Waits for a slot and returns the function that gives it back (call it exactly once). */
  async acquire(alone: boolean): Promise<() => void> {
    if (this.canGrant(alone) && this.queue.length === 0) this.take(alone);
    else await new Promise<void>((grant) => this.queue.push({ exclusive: alone, grant }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (alone) this.exclusive = false;
      else this.shared -= 1;
      this.drain();
    };
  }

  /** How many run now and wait, for tests and metrics. */
  get state(): { shared: number; exclusive: boolean; waiting: number } {
    return { shared: this.shared, exclusive: this.exclusive, waiting: this.queue.length };
  }

  private canGrant(alone: boolean): boolean {
    return alone ? !this.exclusive && this.shared === 0 : !this.exclusive;
  }

  private take(alone: boolean): void {
    if (alone) this.exclusive = true;
    else this.shared += 1;
  }

  private drain(): void {
    // In arrival order: a queued suspect blocks the shared ones behind it until it has run.
    while (this.queue.length > 0 && this.canGrant(this.queue[0]!.exclusive)) {
      const next = this.queue.shift()!;
      this.take(next.exclusive);
      next.grant();
    }
  }
}

/** One per process: every pipeline run in this process goes through it. */
export const processSlots = new SuspectIsolation();
