import { secretMatches } from '@statex/core';
import type { RequestRow } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import type { Runtime } from '@statex/pipeline';

/** The bearer token from `Authorization`, or (for EventSource clients, which cannot set headers) `?access_token=`. */
function presentedToken(request: FastifyRequest, allowQuery: boolean): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? null;
  }
  if (allowQuery) {
    const query = request.query as { access_token?: unknown } | undefined;
    if (typeof query?.access_token === 'string' && query.access_token) return query.access_token;
  }
  return null;
}

/**
 * Loads a request for its owner: 404 for an unknown id, 401 without a token, 403 for a wrong one,
 * 410 once expired (unless `allowExpired`).
 */
export async function loadOwnedRequest(
  runtime: Runtime,
  request: FastifyRequest,
  id: string,
  options: { allowQuery?: boolean; allowExpired?: boolean } = {},
): Promise<RequestRow> {
  const row = await runtime.pipeline.repo.get(id);
  if (!row) throw new Errors.REQUEST_NOT_FOUND(id);
  const token = presentedToken(request, options.allowQuery ?? false);
  if (!token) throw new Errors.TOKEN_REQUIRED();
  if (!secretMatches(token, row.tokenHash)) throw new Errors.TOKEN_INVALID();
  if (row.expiredAt && !options.allowExpired) throw new Errors.EXPIRED(row.expiredAt.toUTCString());
  return row;
}
