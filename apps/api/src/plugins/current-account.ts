import { accountById, type AccountRow, type Runtime } from '@statex/pipeline';
import { accounts } from '@statex/db';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';

/** The account of the session, or null (anonymous, or the account was erased meanwhile). */
export async function currentAccount(runtime: Runtime, request: FastifyRequest): Promise<AccountRow | null> {
  const id = request.session?.accountId;
  return id ? accountById(runtime.database.db, id) : null;
}

/** The signed-in account, or 401. Token clients (Authorization header) are not signed in. */
export async function requireAccount(runtime: Runtime, request: FastifyRequest): Promise<AccountRow> {
  const account = request.headers.authorization ? null : await currentAccount(runtime, request);
  if (!account) throw new Errors.SIGN_IN_REQUIRED();
  return account;
}

/**
 * Signs the browser in: a fresh session id (an id planted before sign-in is worthless after,
 * against session fixation), the account on it, and its last-seen time for retention.
 */
export async function signIn(runtime: Runtime, request: FastifyRequest, account: AccountRow): Promise<void> {
  await request.session.regenerate();
  request.session.accountId = account.id;
  request.session.signedInAt = Date.now();
  await runtime.database.db.update(accounts).set({ lastSeenAt: sql`now()` }).where(eq(accounts.id, account.id));
}
