import type { FastifyError, FastifyInstance } from 'fastify';
import { isDependencyUnavailable } from '@statex/services';
import { Errors } from '../errors.ts';

/**
 * One place turns every error into `{error: {code, message}}`. 4xx keep their message; schema
 * errors become STX_VALIDATION with the field named; 5xx are logged with the request and answered
 * with a generic message, so internals never leak.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // The database being unreachable is an outage, not a bug: 503 with a time to come back.
    const status = isDependencyUnavailable(error) ? 503 : (error.statusCode ?? 500);
    if (error.validation) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'request';
      const field = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : ((first?.params as { missingProperty?: string } | undefined)?.missingProperty ?? '');
      const message = `${where}${field ? ` field "${field}"` : ''} ${first?.message ?? 'is invalid'}`;
      return reply.code(400).send({ error: { code: 'STX_VALIDATION', message } });
    }
    // A catalogued 503 (STX_STORAGE_FULL…) already says what to do and sets its own Retry-After.
    if (status === 503 && error.code?.startsWith('STX_')) {
      if (!reply.hasHeader('retry-after')) reply.header('retry-after', '60');
      return reply.code(503).send({ error: { code: error.code, message: error.message } });
    }
    if (status >= 500) {
      if (status === 503) request.log.warn({ err: error }, 'dependency unavailable');
      else request.log.error({ err: error }, 'request failed');
      const wrapped = status === 503 ? new Errors.UNAVAILABLE() : new Errors.INTERNAL();
      if (status === 503) reply.header('retry-after', '5');
      return reply.code(wrapped.statusCode ?? 500).send({ error: { code: wrapped.code, message: wrapped.message } });
    }
    if (error.code?.startsWith('FST_CSRF')) {
      const csrf = new Errors.CSRF_REJECTED();
      return reply.code(403).send({ error: { code: csrf.code, message: csrf.message } });
    }
    const code = error.code?.startsWith('STX_') ? error.code : statusCode(status);
    return reply.code(status).send({ error: { code, message: error.message } });
  });
  // Rate-limited like every route, so probing for paths costs the prober.
  const notFoundOptions = app.hasDecorator('rateLimit') ? { preHandler: app.rateLimit() } : {};
  app.setNotFoundHandler(notFoundOptions, (request, reply) => {
    const error = new Errors.ROUTE_NOT_FOUND(request.method, request.url.split('?')[0]);
    return reply.code(404).send({ error: { code: error.code, message: error.message } });
  });
}

/** Errors from Fastify itself (415 content type, 413 body limit, bad JSON…) keep their status with a catalogue code. */
function statusCode(status: number): string {
  if (status === 413) return 'STX_UPLOAD_TOO_LARGE';
  if (status === 415) return 'STX_UNSUPPORTED_MEDIA_TYPE';
  if (status === 404) return 'STX_ROUTE_NOT_FOUND';
  return 'STX_BAD_REQUEST';
}
