import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BullmqQueue } from './bullmq-queue.ts';
import { InProcessEventBus, RedisEventBus, type EventBus } from './event-bus.ts';
import { InProcessQueue } from './in-process-queue.ts';
import type { Job, JobQueue } from './job.ts';
import { dropPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from './test-redis.ts';

const hasRedis = await redisAvailable();
const REQ = 'abcdefghijklmnop';

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await sleep(20);
  }
}

const adapters: { name: string; enabled: boolean; make: () => { queue: JobQueue; events: EventBus; prefix: string | null } }[] = [
  { name: 'in-process', enabled: true, make: () => ({ queue: new InProcessQueue(), events: new InProcessEventBus(), prefix: null }) },
  {
    name: 'BullMQ on Redis',
    enabled: hasRedis,
    make: () => {
      const prefix = uniquePrefix('queue');
      return { queue: new BullmqQueue({ redisUrl: TEST_REDIS_URL, prefix }), events: new RedisEventBus({ redisUrl: TEST_REDIS_URL, prefix }), prefix };
    },
  },
];

for (const adapter of adapters) {
  describe.skipIf(!adapter.enabled)(`job queue: ${adapter.name}`, () => {
    let current: ReturnType<typeof adapter.make> | undefined;
    afterEach(async () => {
      if (!current) return;
      await current.queue.close();
      await current.events.close();
      if (current.prefix) await dropPrefix(current.prefix);
      current = undefined;
    });

    it('runs each job once, deduplicating equal jobs, and validates payloads', async () => {
      current = adapter.make();
      const seen: Job[] = [];
      current.queue.work(async (job) => {
        seen.push(job);
      }, 2);
      await current.queue.enqueue({ type: 'process-request', requestId: REQ, dispatch: 1 });
      await current.queue.enqueue({ type: 'process-request', requestId: REQ, dispatch: 1 });
      await current.queue.enqueue({ type: 'process-request', requestId: REQ, dispatch: 2 });
      await until(() => seen.length >= 2);
      await sleep(200);
      expect(seen.map((j) => (j.type === 'process-request' ? j.dispatch : -1)).sort()).toEqual([1, 2]);
      await expect(current.queue.enqueue({ type: 'process-request', requestId: 'NOT AN ID', dispatch: 1 } as Job)).rejects.toThrow(/invalid job payload/);
      await expect(current.queue.ping()).resolves.toBeUndefined();
    });

    it('delivers event signals to listeners of that request only', async () => {
      current = adapter.make();
      let mine = 0;
      let other = 0;
      const stopMine = await current.events.listen(REQ, () => (mine += 1));
      await current.events.listen('bbbbbbbbbbbbbbbb', () => (other += 1));
      await sleep(200); // subscriptions are not awaited (a dead Redis must not block a reader)
      await current.events.signal(REQ);
      await until(() => mine === 1);
      await stopMine();
      await current.events.signal(REQ);
      await sleep(150);
      expect(mine).toBe(1);
      expect(other).toBe(0);
      const heard: string[] = [];
      const stopAll = await current.events.listenAll((id) => heard.push(id));
      await sleep(200);
      await current.events.signal('cccccccccccccccc');
      await until(() => heard.length === 1);
      expect(heard).toEqual(['cccccccccccccccc']);
      await stopAll();
    });
  });
}

describe.skipIf(!hasRedis)('BullMQ producer', () => {
  it('fails fast instead of waiting when Redis is unreachable', async () => {
    const queue = new BullmqQueue({ redisUrl: 'redis://127.0.0.1:1', prefix: uniquePrefix('dead') });
    const start = Date.now();
    await expect(queue.enqueue({ type: 'process-request', requestId: REQ, dispatch: 1 })).rejects.toThrow();
    expect(Date.now() - start).toBeLessThan(10_000);
    await queue.close();
  });
});
