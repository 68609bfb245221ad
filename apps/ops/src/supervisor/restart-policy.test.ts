import { describe, expect, it } from 'vitest';
import { parseScaleArgs } from '../commands/scale-command.ts';
import { RestartPolicy } from './restart-policy.ts';

describe('RestartPolicy', () => {
  it('restarts at once, then backs off while crashes continue, and starts over once ready', () => {
    const p = new RestartPolicy({ baseDelayMs: 250, maxDelayMs: 1_000, crashLoopCount: 10 });
    const delays = [0, 1, 2, 3, 4].map((i) => p.onCrash('api-1', 100, 1_000 + i).delayMs);
    expect(delays).toEqual([0, 250, 500, 1_000, 1_000]);
    p.onReady('api-1');
    expect(p.onCrash('api-1', 100, 2_000).delayMs).toBe(0);
    expect(p.onCrash('api-2', 100, 2_000).delayMs).toBe(0); // slots are independent
  });

  it('calls N crashes within the window a crash loop and holds restarts', () => {
    const p = new RestartPolicy({ crashLoopCount: 3, windowMs: 60_000, crashLoopHoldMs: 30_000 });
    expect(p.onCrash('w', 0, 0).crashLoop).toBe(false);
    expect(p.onCrash('w', 0, 10_000).crashLoop).toBe(false);
    expect(p.onCrash('w', 0, 20_000)).toEqual({ delayMs: 30_000, crashLoop: true, recentCrashes: 3, windowMs: 60_000 });
    // Crashes older than the window no longer count.
    expect(p.onCrash('w', 0, 200_000).crashLoop).toBe(false);
  });
});

describe('scale arguments', () => {
  it('reads api=N and workers=M', () => {
    expect(parseScaleArgs(['api=4'])).toEqual({ api: 4 });
    expect(parseScaleArgs(['api=3', 'worker=2'])).toEqual({ api: 3, workers: 2 });
    expect(() => parseScaleArgs(['db=2'])).toThrow(/ROLE=N/);
    expect(() => parseScaleArgs([])).toThrow(/say what to scale/);
  });
});
