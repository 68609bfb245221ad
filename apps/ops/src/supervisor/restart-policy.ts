export interface RestartDecision {
  delayMs: number;
  crashLoop: boolean;
  recentCrashes: number;
  windowMs: number;
}

export interface RestartPolicyOptions {
  /** First restart is immediate (a killed process must be back within seconds); later ones back off. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** This many crashes within `windowMs` is a crash loop … */
  crashLoopCount?: number;
  windowMs?: number;
  /** … and restarts are then held this long, so a broken build does not spin the CPU. */
  crashLoopHoldMs?: number;
}

/**
 * When to restart a crashed process: at once the first time, then 250 ms, 500 ms, 1 s … up to
 * `maxDelayMs` while crashes keep coming; `crashLoopCount` crashes in `windowMs` is a crash loop,
 * held for `crashLoopHoldMs`. A process that became ready and then crashed counts towards the
 * window too; the backoff (not the window) starts over once a process is ready again.
 */
export class RestartPolicy {
  private readonly o: Required<RestartPolicyOptions>;
  private readonly crashes = new Map<string, number[]>();
  private readonly streak = new Map<string, number>();

  constructor(options: RestartPolicyOptions = {}) {
    this.o = { baseDelayMs: 250, maxDelayMs: 10_000, crashLoopCount: 5, windowMs: 60_000, crashLoopHoldMs: 30_000, ...options };
  }

  onCrash(slot: string, _uptimeMs: number, now = Date.now()): RestartDecision {
    const recent = (this.crashes.get(slot) ?? []).filter((t) => now - t < this.o.windowMs);
    recent.push(now);
    this.crashes.set(slot, recent);
    const streak = this.streak.get(slot) ?? 0;
    this.streak.set(slot, streak + 1);
    if (recent.length >= this.o.crashLoopCount) {
      return { delayMs: this.o.crashLoopHoldMs, crashLoop: true, recentCrashes: recent.length, windowMs: this.o.windowMs };
    }
    const delayMs = streak === 0 ? 0 : Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (streak - 1));
    return { delayMs, crashLoop: false, recentCrashes: recent.length, windowMs: this.o.windowMs };
  }

  /** The process in `slot` is ready again: the next crash restarts at once. */
  onReady(slot: string): void {
    this.streak.delete(slot);
  }
}
