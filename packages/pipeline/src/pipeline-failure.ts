import type { FailureCause } from '@statex/core';
import type { MessageValues, StageMessageKey } from '@statex/i18n';

/**
 * A failure the customer is told about, with a reason in plain words. The request ends `failed`.
 * `cause` says whose it is: `input` (the brief or files sent) keeps the quota spent; `platform`
 * (ours) gives it back.
 */
export class PipelineFailure extends Error {
  override readonly cause: FailureCause;
  /** The reason from the stage catalogue, told to the customer in their language (the message is for the logs). */
  readonly reason: { key: StageMessageKey; values?: MessageValues } | undefined;

  constructor(message: string, options: { cause?: FailureCause; reason?: StageMessageKey; values?: MessageValues } = {}) {
    super(message);
    this.name = 'PipelineFailure';
    this.cause = options.cause ?? 'platform';
    this.reason = options.reason ? { key: options.reason, ...(options.values ? { values: options.values } : {}) } : undefined;
  }
}

/**
 * Whose fault an error that ended a request is. Errors raised by the handling of customer files
 * carry `cause: 'input'` (a PipelineFailure) or `origin: 'input'` (the file sandbox's errors); anything else —
 * an unexpected exception, an outage — is ours.
 */
export function failureCauseOf(error: unknown): FailureCause {
  if (typeof error !== 'object' || error === null) return 'platform';
  // @statex/files marks its errors about a customer's file with `origin: 'input'` (ExtractionError).
  const { cause, origin } = error as { cause?: unknown; origin?: unknown };
  return cause === 'input' || origin === 'input' ? 'input' : 'platform';
}

/** After this many failures of its own stages (errors that may be transient), a request fails instead of being tried again. */
export const MAX_ATTEMPTS = 5;
