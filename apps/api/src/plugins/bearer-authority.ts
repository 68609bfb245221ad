import { timingSafeEqual } from 'node:crypto';
import { isRequestId, secretMatches } from '@statex/core';
import type { Runtime } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Whether the `Authorization: Bearer` token is what authorises this request: the OPS_ADMIN_TOKEN, or
 * the access token of the request named in the path. Only then may a write skip CSRF protection —
 * the mere presence of a header (bogus, or for another request) leaves the session cookie in charge.
 */
export async function bearerAuthorises(runtime: Runtime, request: FastifyRequest): Promise<boolean> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return false;
  const opsToken = runtime.config.ops.adminToken;
  if (opsToken && sameSecret(token, opsToken)) return true;
  const id = (request.params as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || !isRequestId(id) || !request.routeOptions.url?.startsWith('/api/requests/:id')) return false;
  const row = await runtime.pipeline.repo.get(id);
  return row !== null && secretMatches(token, row.tokenHash);
}
