import type { AccountRow } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';

/** The account of the session, or null (anonymous, or the account was erased meanwhile). */
export async function currentAccount(request: FastifyRequest): Promise<AccountRow | null> {
  const id = request.session?.accountId;
  return id ? request.server.accounts.byId(id) : null;
}

/** The signed-in account, or 401. Token clients (Authorization header) are not signed in. */
export async function requireAccount(request: FastifyRequest): Promise<AccountRow> {
  const account = request.headers.authorization ? null : await currentAccount(request);
  if (!account) throw new Errors.SIGN_IN_REQUIRED();
  return account;
}

/**
 * Signs the browser in: a fresh session id (an id planted before sign-in is worthless after,
 * against session fixation), the account on it, and its last-seen time for retention.
 */
export async function signIn(request: FastifyRequest, account: AccountRow): Promise<void> {
  await request.session.regenerate();
  request.session.accountId = account.id;
  request.session.signedInAt = Date.now();
  await request.server.accounts.markSeen(account.id);
}
