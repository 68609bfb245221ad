/**
 * Runs inside a sandbox thread (see extraction-sandbox.ts): the parsers of customer files live
 * here, never on the event loop that serves HTTP or runs the pipeline. Errors cross the thread
 * boundary as plain data, since a structured clone drops their class.
 */
import { extractText } from './extract-text.ts';
import { ExtractionError, ExtractionRejected, type ExtractionFailure, type ExtractionLimit } from './extraction-error.ts';
import type { ExtractionLimits } from './extraction-limits.ts';
import type { MessagePort } from 'node:worker_threads';
import type { DocumentKind } from './file-kinds.ts';

export type SandboxTask = {
  path: string;
  kind: Exclude<DocumentKind, 'png' | 'jpeg' | 'webp'>;
  name: string;
  limits: ExtractionLimits;
  /** Told the moment this thread begins the file: the wall-clock limit runs from then. */
  started: MessagePort;
};

export type SandboxOutcome =
  | { ok: true; text: string; pages?: number; truncated: boolean }
  | { ok: false; failure: ExtractionFailure; detail: string; limit?: ExtractionLimit };

export default async function extractInSandbox(task: SandboxTask): Promise<SandboxOutcome> {
  task.started.postMessage('started');
  task.started.close();
  try {
    const result = await extractText(task.path, task.kind, { name: task.name, limits: task.limits });
    return { ok: true, text: result.text, truncated: result.truncated, ...(result.pages === undefined ? {} : { pages: result.pages }) };
  } catch (error) {
    if (error instanceof ExtractionRejected) return { ok: false, failure: error.failure, detail: error.detail, limit: error.limit };
    if (error instanceof ExtractionError) return { ok: false, failure: error.failure, detail: error.detail };
    // A parser crashing on its own (stack overflow on deep nesting, an internal assertion) is the file's doing too.
    if (error instanceof RangeError) return { ok: false, failure: 'too-complex', detail: 'too-complex', limit: 'memory' };
    throw error;
  }
}
