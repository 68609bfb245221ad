import { Worker } from 'node:worker_threads';

/**
 * For benchmarks that run the code under test in their own process: if the event loop makes no
 * progress for `limitMs` (a synchronous loop that never ends), no timer of ours can fire, so a
 * worker thread kills the process instead — a benchmark must stop by itself.
 */
export function startStallWatchdog(limitMs: number, label: string): { stop(): void } {
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const source = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    const beat = workerData.beat;
    let last = Atomics.load(beat, 0);
    let since = Date.now();
    setInterval(() => {
      const now = Atomics.load(beat, 0);
      if (now !== last) { last = now; since = Date.now(); return; }
      if (Date.now() - since > workerData.limitMs) {
        writeSync(2, '\\n[' + workerData.label + '] the event loop has been blocked for ' + Math.round((Date.now() - since) / 1000) + ' s: stopping the benchmark (temporary data may be left: /tmp/statex-bench-*, databases statex_bench_*)\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }, 1000);
  `;
  const worker = new Worker(source, { eval: true, workerData: { beat, limitMs, label } });
  worker.unref();
  const timer = setInterval(() => Atomics.add(beat, 0, 1), 500);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      void worker.terminate();
    },
  };
}
