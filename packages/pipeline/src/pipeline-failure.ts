/** A failure the customer is told about, with a reason in plain words. The request ends `failed`. */
export class PipelineFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PipelineFailure';
  }
}

/** After this many takes of one request by workers, it fails instead of being tried again. */
export const MAX_ATTEMPTS = 5;
