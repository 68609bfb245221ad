import { hashSecret, newAccessToken } from '@statex/core';
import { authTokens, type Db } from '@statex/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';

export type LinkPurpose = 'sign-in' | 'confirm-request';

export interface IssuedLink {
  token: string;
  expiresAt: Date;
}

/** Creates a one-time token for an emailed link; only its hash is stored. */
export async function issueLink(db: Db, purpose: LinkPurpose, email: string, ttlMs: number, requestId: string | null = null): Promise<IssuedLink> {
  const token = newAccessToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.insert(authTokens).values({ tokenHash: hashSecret(token), purpose, email: email.trim().toLowerCase(), requestId, expiresAt });
  return { token, expiresAt };
}

/** Uses a link once: the row if the token is known, of this purpose, unexpired and unused; null otherwise. */
export async function consumeLink(db: Db, purpose: LinkPurpose, token: string): Promise<{ email: string; requestId: string | null } | null> {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.tokenHash, hashSecret(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, sql`now()`)))
    .returning({ email: authTokens.email, requestId: authTokens.requestId });
  return row ?? null;
}
