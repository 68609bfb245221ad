import { hashSecret, newAccessToken } from '@statex/core';
import { authTokens, type Db, type Tx } from '@statex/db';
import { and, eq, gt } from 'drizzle-orm';

/**
 * The access token in the links of a request's emails. The request's own token is shown once, at
 * submission, and only its hash is kept, so an email sent later cannot carry it. Each email gets a
 * token of its own instead: stored hashed with the request, good for reading and following that one
 * request (not for anything of the account) until the prototype expires, reusable, and deleted with
 * the request (retention purges expired tokens; erasure deletes a request's tokens).
 */
export const EMAILED_ACCESS = 'request-access';

export async function issueEmailedAccess(db: Db | Tx, requestId: string, email: string, expiresAt: Date): Promise<string> {
  const token = newAccessToken();
  await db.insert(authTokens).values({ tokenHash: hashSecret(token), purpose: EMAILED_ACCESS, email: email.trim().toLowerCase(), requestId, expiresAt });
  return token;
}

/** Whether `token` is an unexpired emailed-access token of this request. */
export async function emailedAccessGranted(db: Db, requestId: string, token: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ requestId: authTokens.requestId })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashSecret(token)), eq(authTokens.purpose, EMAILED_ACCESS), eq(authTokens.requestId, requestId), gt(authTokens.expiresAt, now)))
    .limit(1);
  return row !== undefined;
}
