import { canonicalMailbox, hashSecret } from '@statex/core';
import { requests, type Db } from '@statex/db';
import { eq, or, sql } from 'drizzle-orm';
import type { PersonalDataVault } from './personal-data-vault.ts';

/** Finds a person's requests by email (erasure, export, linking to an account) without the address in clear: a keyed HMAC of the canonical mailbox. */
export function emailLookupKey(ctx: { vault: PersonalDataVault }, email: string): string {
  return ctx.vault.pseudonym('mailbox', canonicalMailbox(email));
}

/** The ids of every request of an account: owned by it, or sent with its email before it existed. */
export async function requestIdsOf(ctx: { db: Db; vault: PersonalDataVault }, account: { id: string; email: string }): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: requests.id })
    .from(requests)
    .where(or(eq(requests.accountId, account.id), eq(requests.emailKey, emailLookupKey(ctx, account.email))));
  return rows.map((r) => r.id);
}

/** Tables (of this schema) with a `request_id` column: whatever hangs off a request, including tables added later (AI logs, caches). */
export async function tablesWithRequestId(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.columns where column_name = 'request_id' and table_schema = current_schema() order by table_name`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { table_name: string }[];
  return rows.map((r) => r.table_name);
}

/** Stands in for an erased id where a record must stay (audit log, quota ledger): not reversible to the id. */
export const pseudonym = (id: string): string => `erased:${hashSecret(`erased:${id}`).slice(0, 16)}`;
