import { timingSafeEqual } from 'node:crypto';
import type { Runtime } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { currentAccount } from './current-account.ts';

export interface AdminActor {
  kind: 'admin' | 'ops-token';
  id: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    adminActor?: AdminActor;
  }
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Guard of /api/admin/*, used as a preHandler hook of that prefix: an admin's session, or the
 * OPS_ADMIN_TOKEN as a machine credential (`Authorization: Bearer <token>`, for statex-ops and
 * scripts). Anonymous: 401; signed-in customers and wrong tokens: 403.
 */
export function requireAdmin(runtime: Runtime) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization;
    if (header) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
      const opsToken = runtime.config.ops.adminToken;
      if (opsToken && sameSecret(token, opsToken)) {
        request.adminActor = { kind: 'ops-token', id: null };
        return;
      }
      throw new Errors.ADMIN_ONLY();
    }
    const account = await currentAccount(request);
    if (!account) throw new Errors.SIGN_IN_REQUIRED();
    if (account.role !== 'admin') throw new Errors.ADMIN_ONLY();
    request.adminActor = { kind: 'admin', id: account.id };
  };
}
