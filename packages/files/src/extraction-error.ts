import { quoteFileName } from './quote-file-name.ts';

export type ExtractionFailure =
  | 'pdf-password-protected'
  | 'pdf-damaged'
  | 'docx-damaged'
  | 'docx-protected-or-legacy'
  | 'text-encoding'
  | 'unreadable'
  | 'too-complex';

/** Which limit a file passed when it was refused as too complex (ExtractionRejected). */
export type ExtractionLimit =
  | 'time'
  | 'memory'
  | 'output'
  | 'zip-entries'
  | 'zip-size'
  | 'zip-ratio'
  | 'xml-depth';

/**
 * Text could not be taken out of a file the customer sent. The message names the file and says what
 * happened in plain words, fit to show the customer; `failure` is stable for code to branch on.
 * `origin` is always `input`: the file itself is the cause (damaged, protected, hostile), so a
 * request that fails for it does not earn a quota refund. A fault of ours is never an ExtractionError.
 */
export class ExtractionError extends Error {
  override readonly name: string = 'ExtractionError';
  readonly failure: ExtractionFailure;
  readonly fileName: string | undefined;
  /** What went wrong, without the file name: lets the sandbox rebuild the error on this side of the thread boundary. */
  readonly detail: string;
  readonly origin = 'input' as const;

  constructor(failure: ExtractionFailure, fileName: string | undefined, what: string, options?: { cause?: unknown }) {
    super(`Could not read text from ${quoteFileName(fileName)}: ${what}`, options);
    this.failure = failure;
    this.fileName = fileName;
    this.detail = what;
  }
}

/** A file refused because it passed one of the sandbox's limits (time, memory, size, nesting…). */
export class ExtractionRejected extends ExtractionError {
  override readonly name = 'ExtractionRejected';
  readonly limit: ExtractionLimit;

  constructor(limit: ExtractionLimit, fileName: string | undefined, options?: { cause?: unknown }) {
    super('too-complex', fileName, 'it is too complex to read safely. Send a simpler export (for example a PDF of fewer pages, or the text itself).', options);
    this.limit = limit;
  }
}

/** True when a failure was caused by what the customer sent (for refund decisions). */
export function isInputFailure(error: unknown): error is ExtractionError {
  return error instanceof ExtractionError && error.origin === 'input';
}
