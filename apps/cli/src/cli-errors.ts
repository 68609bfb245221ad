/**
 * Exit codes: 0 done; 1 the request failed, or the command line / local input is wrong;
 * 2 the API refused (its `code: message` is printed); 3 Statex could not be reached;
 * 130 interrupted (the request carries on).
 */
export const EXIT = { OK: 0, FAILED: 1, INPUT: 1, API: 2, UNREACHABLE: 3, INTERRUPTED: 130 } as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Something the customer can fix before anything is sent. */
export class InputError extends CliError {
  readonly problems: string[];
  constructor(problems: string[], lead = 'Nothing was sent. Please correct:') {
    super(`${lead}\n${problems.map((p) => `  - ${p}`).join('\n')}`, EXIT.INPUT);
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** The API answered with `{error: {code, message}}` (or an unexpected status). */
export class ApiError extends CliError {
  readonly status: number;
  readonly code: string;
  readonly apiMessage: string;
  /** From `Retry-After` on 429, in seconds. */
  readonly retryAfterSeconds: number | null;
  constructor(status: number, code: string, apiMessage: string, retryAfterSeconds: number | null = null) {
    super(`${code}: ${apiMessage}`, EXIT.API);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.apiMessage = apiMessage;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class UnreachableError extends CliError {
  constructor(message: string) {
    super(message, EXIT.UNREACHABLE);
    this.name = 'UnreachableError';
  }
}
