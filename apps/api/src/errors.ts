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
  EXPIRED: createError('STX_EXPIRED', 'This request expired on %s and its data was deleted.', 410),
  ROUTE_NOT_FOUND: createError('STX_ROUTE_NOT_FOUND', 'There is no %s %s. The API is described at /docs.', 404),
  UNAVAILABLE: createError('STX_UNAVAILABLE', 'The service is briefly unavailable; please try again in a moment.', 503),
  INTERNAL: createError('STX_INTERNAL', 'Something went wrong on our side. Please try again; if it persists, contact support.', 500),
} as const;

export const ERROR_CODES = Object.values(Errors).map((E) => new E().code);
