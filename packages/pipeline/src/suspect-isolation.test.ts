import { describe, expect, it } from 'vitest';
import { SuspectIsolation } from './suspect-isolation.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SuspectIsolation', () => {
  it('lets ordinary requests run together', async () => {
    const lock = new SuspectIsolation();
    const a = await lock.acquire(false);
    const b = await lock.acquire(false);
    expect(lock.state).toEqual({ shared: 2, exclusive: false, waiting: 0 });
    a();
    b();
    expect(lock.state.shared).toBe(0);
  });

  it('runs a suspect alone: it waits for running requests, and later ones wait for it', async () => {
    const lock = new SuspectIsolation();
    const order: string[] = [];
    const first = await lock.acquire(false);
    const suspect = lock.acquire(true).then((release) => {
      order.push('suspect');
      return release;
    });
    const later = lock.acquire(false).then((release) => {
      order.push('later');
      return release;
    });
    await tick();
    expect(order).toEqual([]);
    expect(lock.state).toEqual({ shared: 1, exclusive: false, waiting: 2 });
    first();
    const releaseSuspect = await suspect;
    await tick();
    expect(order).toEqual(['suspect']);
    expect(lock.state.exclusive).toBe(true);
    releaseSuspect();
    (await later)();
    expect(order).toEqual(['suspect', 'later']);
    expect(lock.state).toEqual({ shared: 0, exclusive: false, waiting: 0 });
  });

  it('gives a slot back once even when released twice', async () => {
    const lock = new SuspectIsolation();
    const release = await lock.acquire(false);
    release();
    release();
    expect(lock.state.shared).toBe(0);
  });
});
