import { randomBytes } from 'node:crypto';
import { accounts, consentRecords, requests, type Db } from '@statex/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { emailLookupKey } from '../privacy/account-data.ts';
import { CONSENT_TEXTS, CONSENT_TEXT_VERSION } from './consent-texts.ts';

export type AccountRow = typeof accounts.$inferSelect;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export async function accountById(db: Db, id: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row ?? null;
}

export async function verifiedAccountByEmail(db: Db, email: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email))).limit(1);
  return row?.emailVerifiedAt ? row : null;
}

/**
 * The account of an email its holder has just proved (magic link, confirmation link, OAuth with a
 * verified email): created on first sight with the standard privacy choice recorded, promoted to
 * admin when listed in ADMIN_EMAILS. Requests sent with this email and not yet owned become its own.
 */
export async function accountForVerifiedEmail(ctx: PipelineContext, email: string, name: string | null = null): Promise<AccountRow> {
  const normalised = normaliseEmail(email);
  const admin = ctx.config.access.adminEmails.includes(normalised);
  const account = await ctx.db.transaction(async (tx) => {
    const id = randomBytes(12).toString('base64url');
    const [inserted] = await tx
      .insert(accounts)
      .values({ id, email: normalised, name, role: admin ? 'admin' : 'customer', emailVerifiedAt: new Date() })
      .onConflictDoNothing({ target: accounts.email })
      .returning();
    if (inserted) {
      await tx.insert(consentRecords).values({ accountId: inserted.id, choice: 'standard', textVersion: CONSENT_TEXT_VERSION, text: CONSENT_TEXTS.standard, source: 'account-created' });
      return inserted;
    }
    const [updated] = await tx
      .update(accounts)
      .set({ emailVerifiedAt: sql`coalesce(${accounts.emailVerifiedAt}, now())`, lastSeenAt: sql`now()`, ...(admin ? { role: 'admin' } : {}) })
      .where(eq(accounts.email, normalised))
      .returning();
    return updated as AccountRow;
  });
  await ctx.db
    .update(requests)
    .set({ accountId: account.id })
    .where(and(isNull(requests.accountId), eq(requests.emailKey, emailLookupKey(ctx, normalised))));
  return account;
}
