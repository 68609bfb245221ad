export * from './job.ts';
export { InProcessQueue } from './in-process-queue.ts';
export { BullmqQueue, type BullmqQueueOptions } from './bullmq-queue.ts';
export { InProcessEventBus, RedisEventBus, type EventBus } from './event-bus.ts';
export { createTransport, type Transport } from './create-transport.ts';
