/**
 * The one catalogue of statex-ops error codes. `status` follows HTTP semantics so the same
 * errors can be served by an admin API later: 4xx = the input is wrong and the message says
 * how to fix it; 5xx = a dependency (Docker, Kubernetes) failed.
 */
export const OPS_ERRORS = {
  OPS_BAD_OPTION: { status: 400, title: 'an option has a wrong value' },
  OPS_TRACE_UNREADABLE: { status: 400, title: 'the trace file cannot be read' },
  OPS_TRACE_COLUMN_MISSING: { status: 400, title: 'a column named on the command line is not in the trace' },
  OPS_TRACE_BAD_ROW: { status: 422, title: 'a row of the trace has a value that is not a timestamp or a count' },
  OPS_TRACE_IRREGULAR: { status: 422, title: 'the trace timestamps are not increasing on a regular interval' },
  OPS_TRACE_TOO_SHORT: { status: 422, title: 'the trace is too short for what was asked' },
  OPS_TARGET_NOT_FOUND: { status: 404, title: 'the service, deployment or autoscaler to scale does not exist' },
  OPS_ACTUATOR_FAILED: { status: 502, title: 'the runtime API refused or failed a scaling call' },
  OPS_SUPERVISOR_NOT_RUNNING: { status: 503, title: 'no supervisor answers on the control socket of this data directory' },
  OPS_SUPERVISOR_REFUSED: { status: 409, title: 'the running supervisor refused or failed the command' },
  OPS_BACKUP_FAILED: { status: 502, title: 'pg_dump, pg_restore or the backup check failed' },
  OPS_MIGRATION_INCOMPATIBLE: { status: 409, title: 'a pending migration is not additive: the running version would break' },
  OPS_RELEASE_INVALID: { status: 400, title: 'the release directory or git ref cannot be used' },
  OPS_RELEASE_FAILED: { status: 409, title: 'the release did not pass validation, canary or watch and was not kept' },
  OPS_RELEASES_NOT_RUNNING: { status: 503, title: 'no `statex-ops serve` answers on the release socket of this data directory' },
} as const;

export type OpsErrorCode = keyof typeof OPS_ERRORS;

export class OpsError extends Error {
  readonly code: OpsErrorCode;
  readonly status: number;
  constructor(code: OpsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OpsError';
    this.code = code;
    this.status = OPS_ERRORS[code].status;
  }
}
