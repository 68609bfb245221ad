import { quoteFileName } from './quote-file-name.ts';

export type ExtractionFailure =
  | 'pdf-password-protected'
  | 'pdf-damaged'
  | 'docx-damaged'
  | 'docx-protected-or-legacy'
  | 'text-encoding'
  | 'unreadable';

/**
 * Text could not be taken out of a file the customer sent. The message names the file and says what
 * happened in plain words, fit to show the customer; `failure` is stable for code to branch on.
 */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  readonly failure: ExtractionFailure;
  readonly fileName: string | undefined;

  constructor(failure: ExtractionFailure, fileName: string | undefined, what: string, options?: { cause?: unknown }) {
    super(`Could not read text from ${quoteFileName(fileName)}: ${what}`, options);
    this.failure = failure;
    this.fileName = fileName;
  }
}
