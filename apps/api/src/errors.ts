import createError from '@fastify/error';

/**
 * Every error the API answers with, created once with a stable code. Clients branch on `code`;
 * `message` is written for the person reading it. Documented in the README (Errors).
 */
export const Errors = {
  VALIDATION: createError('STX_VALIDATION', '%s', 400),
  MALFORMED_BODY: createError('STX_MALFORMED_BODY', 'The request body could not be read: %s', 400),
  NOT_MULTIPART: createError('STX_NOT_MULTIPART', 'Send the brief as multipart/form-data (fields brief, email; files in "files", a voice note in "voice").', 415),
  TOO_MANY_FILES: createError('STX_TOO_MANY_FILES', 'Attach at most %d files (this request has more). Combine documents or leave some out.', 400),
  BAD_FILE_NAME: createError('STX_BAD_FILE_NAME', '%s', 400),
  UPLOAD_TOO_LARGE: createError('STX_UPLOAD_TOO_LARGE', 'Files may total at most %s; this request is larger. Compress or leave out some files.', 413),
  UNSUPPORTED_FILE: createError('STX_UNSUPPORTED_FILE_TYPE', '%s', 415),
  QUOTA_EXCEEDED: createError('STX_QUOTA_EXCEEDED', '%s', 429),
  TOKEN_REQUIRED: createError('STX_TOKEN_REQUIRED', 'Send the access token you received with the request: "Authorization: Bearer <token>".', 401),
  TOKEN_INVALID: createError('STX_TOKEN_INVALID', 'This access token does not open this request.', 403),
  REQUEST_NOT_FOUND: createError('STX_REQUEST_NOT_FOUND', 'No request has the id "%s". Check the id you received when you sent the brief.', 404),
  DOCUMENT_NOT_READY: createError('STX_DOCUMENT_NOT_READY', 'The %s is not written yet; follow /api/requests/%s/events to know when it is.', 409),
  NOT_PUBLISHED: createError('STX_NOT_PUBLISHED', 'A change can be asked for once the prototype is published; it is now "%s".', 409),
  MODIFICATION_USED: createError('STX_MODIFICATION_USED', 'This request has already had its one modification. Send a new brief for further changes.', 409),
  NO_INTERVIEW: createError('STX_NO_INTERVIEW', '%s', 409),
  INTERVIEW_CLOSED: createError(
    'STX_INTERVIEW_CLOSED',
    'The questions can no longer be answered: the request has moved on to "%s" (answers close once all are answered, when they are skipped, or when the time for them runs out). To change something now, ask for the one modification once the prototype is published.',
    409,
  ),
  UNKNOWN_QUESTION: createError('STX_UNKNOWN_QUESTION', '%s', 400),
  EXPIRED: createError('STX_EXPIRED', 'This request expired on %s and its data was deleted.', 410),
  ROUTE_NOT_FOUND: createError('STX_ROUTE_NOT_FOUND', 'There is no %s %s. The API is described at /docs.', 404),
  RATE_LIMITED: createError('STX_RATE_LIMITED', 'Too many requests from your network address; try again in %d s.', 429),
  SIGN_IN_REQUIRED: createError('STX_SIGN_IN_REQUIRED', 'Sign in first: POST /api/auth/magic-link with your email, or /api/auth/oauth/<provider>.', 401),
  NOT_OWNER: createError('STX_NOT_OWNER', 'This request belongs to another account.', 403),
  ADMIN_ONLY: createError('STX_ADMIN_ONLY', 'Only administrators may do this.', 403),
  CSRF_REJECTED: createError('STX_CSRF_REJECTED', 'Missing or wrong CSRF token: get one from GET /api/auth/csrf and send it as the X-CSRF-Token header.', 403),
  LINK_INVALID: createError('STX_LINK_INVALID', 'This link is unknown, already used or expired. Ask for a new one.', 400),
  OAUTH_FAILED: createError('STX_OAUTH_FAILED', 'Signing in with %s did not succeed: %s. Please try again.', 400),
  OAUTH_DISABLED: createError('STX_OAUTH_DISABLED', 'Signing in with %s is not enabled here.', 404),
  STORAGE_FULL: createError('STX_STORAGE_FULL', 'New briefs cannot be accepted for a few minutes: our storage is nearly full. Please send yours again later; nothing was stored.', 503),
  EVENT_STREAMS_LIMIT: createError('STX_EVENT_STREAMS_LIMIT', '%s', 429),
  UNAVAILABLE: createError('STX_UNAVAILABLE', 'The service is briefly unavailable; please try again in a moment.', 503),
  INTERNAL: createError('STX_INTERNAL', 'Something went wrong on our side. Please try again; if it persists, contact support.', 500),
} as const;

export const ERROR_CODES = Object.values(Errors).map((E) => new E().code);
