import { basename } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ExtractionError, ExtractionRejected } from './extraction-error.ts';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction-limits.ts';
import type { ExtractedText, ExtractTextOptions, NoText } from './extract-text.ts';
import type { SandboxOutcome, SandboxTask } from './extraction-worker.ts';
import type { FileKind, ImageKind } from './file-kinds.ts';

export type SandboxStats = {
  /** Files extracted (or refused by a structural check) inside the sandbox. */
  completed: number;
  /** Threads killed for passing the time or memory limit. */
  killed: number;
  running: number;
  waiting: number;
};

export interface ExtractionSandbox {
  readonly limits: ExtractionLimits;
  /** Like extractText, but in a sandbox thread with a wall-clock limit, a heap limit and an output cap. */
  extract(path: string, kind: FileKind, options?: Pick<ExtractTextOptions, 'name'>): Promise<ExtractedText | NoText>;
  stats(): SandboxStats;
  /** Ends the threads; files still being read fail. */
  close(): Promise<void>;
}

const WORKER_URL = new URL('./extraction-worker.ts', import.meta.url).href;
// Far more than a thread needs to load its parsers, even on a busy machine.
const BOOT_ALLOWANCE_MS = 30_000;

/**
 * A pool of worker threads (piscina) that run the parsers of customer files. Threads are reused
 * between files (a new thread costs tens of milliseconds to load pdf.js and mammoth), each with a
 * V8 heap limit; a file running past the wall-clock limit has its thread terminated, and a
 * replacement starts on the next file. The clock starts when a thread takes the file, not when it
 * is queued, so a file waiting behind a hostile one is not punished for the wait. The pool is
 * created on first use: a process that never extracts never starts a thread.
 */
export function createExtractionSandbox(overrides: Partial<ExtractionLimits> = {}): ExtractionSandbox {
  const limits: ExtractionLimits = { ...DEFAULT_EXTRACTION_LIMITS, ...overrides };
  let pool: Piscina<SandboxTask, SandboxOutcome> | undefined;
  let closed = false;
  let running = 0;
  let completed = 0;
  let killed = 0;
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];

  const poolFor = () => {
    pool ??= new Piscina<SandboxTask, SandboxOutcome>({
      filename: WORKER_URL,
      minThreads: 1,
      maxThreads: limits.threads,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      // Parsers yield the CPU to the thread that serves HTTP and runs the pipeline (Linux/macOS nice, per thread).
      niceIncrement: 10,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(limits.memoryMb / 8))),
        stackSizeMb: 4,
      },
    });
    return pool;
  };

  async function slot(): Promise<void> {
    if (running < limits.threads) {
      running++;
      return;
    }
    // release() hands its slot straight to the first waiter, so `running` stays the number of holders.
    await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next.resolve();
    else running--;
  }

  async function runTask(task: Omit<SandboxTask, 'started'>): Promise<SandboxOutcome> {
    if (closed) throw new Error('the extraction sandbox is closed');
    await slot();
    const controller = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    // The clock starts when the thread begins the file, so a thread still booting (a replacement
    // for a killed one loads pdf.js and mammoth first) costs the file nothing. A thread that never
    // starts is our fault, not the file's: a plain error, and the request is retried.
    const boot = setTimeout(() => controller.abort(), BOOT_ALLOWANCE_MS);
    port1.once('message', () => {
      clearTimeout(boot);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, limits.timeoutMs);
    });
    try {
      return await poolFor().run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] });
    } catch (error) {
      if (timedOut) {
        killed++;
        throw new ExtractionRejected('time', task.name, { cause: error });
      }
      if (isOutOfMemory(error)) {
        killed++;
        throw new ExtractionRejected('memory', task.name, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(boot);
      clearTimeout(timer);
      port1.close();
      completed++;
      release();
    }
  }

  return {
    limits,
    async extract(path, kind, options = {}) {
      const name = options.name ?? basename(path);
      if (isTextless(kind)) return { text: null, truncated: false };
      const outcome = await runTask({ path, kind, name, limits });
      if (!outcome.ok) {
        if (outcome.failure === 'too-complex') throw new ExtractionRejected(outcome.limit ?? 'memory', name);
        throw new ExtractionError(outcome.failure, name, outcome.detail);
      }
      // The thread already capped the text; this keeps the cap true even if a parser misbehaved.
      if (outcome.text.length > limits.maxChars) return { ...outcome, text: outcome.text.slice(0, limits.maxChars), truncated: true };
      return { text: outcome.text, truncated: outcome.truncated, ...(outcome.pages === undefined ? {} : { pages: outcome.pages }) };
    },
    stats: () => ({ completed, killed, running, waiting: waiting.length }),
    async close() {
      closed = true;
      for (const next of waiting.splice(0)) next.reject(new Error('the extraction sandbox is closed'));
      await pool?.destroy();
      pool = undefined;
    },
  };
}

function isTextless(kind: FileKind): kind is ImageKind | 'audio' {
  return kind === 'png' || kind === 'jpeg' || kind === 'webp' || kind === 'audio';
}

function isOutOfMemory(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' || (error instanceof Error && /memory limit|out of memory/i.test(error.message));
}
