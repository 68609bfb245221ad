import { accounts, auditLog, authTokens, sessions } from '@statex/db';
import { eq, inArray, or } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { recordAudit } from '../accounts/audit.ts';
import { pseudonym, requestIdsOf } from './account-data.ts';
import { deleteRequestRows, removeOutboxMail, removeRequestFiles } from './erase-request.ts';

export interface ErasureReceipt {
  receipt: string;
  erasedAt: string;
  requests: number;
}

/**
 * Erases an account and everything of it: requests with their documents, events, files, sites,
 * uploads, notifications, emails in the outbox, one-time links, sessions, consent records, and any
 * row of any table keyed by one of its requests (AI logs, caches). Where a record must stay — the
 * audit log, the quota ledger (else erasure would reset the quota) — ids become pseudonyms.
 * Idempotent: erasing an erased account does nothing more. `endSessions` ends sessions kept outside
 * the database (Redis).
 */
export async function eraseAccount(
  ctx: PipelineContext,
  accountId: string,
  options: { actor: { kind: 'customer' | 'admin' | 'system'; id: string | null }; endSessions?: (accountId: string) => Promise<void> },
): Promise<ErasureReceipt> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  const erasedAt = new Date();
  const receipt = pseudonym(`${accountId}:${erasedAt.toISOString()}`);
  if (!account) return { receipt, erasedAt: erasedAt.toISOString(), requests: 0 };
  const ids = await requestIdsOf(ctx, account);
  // The addresses the requests were sent with (they may differ from the account's): their outbox mail goes too.
  const addresses = new Set<string>([account.email]);
  for (const id of ids) {
    const email = (await ctx.repo.get(id))?.email;
    if (email) addresses.add(email);
  }
  await removeRequestFiles(ctx, ids);
  await options.endSessions?.(accountId);
  await ctx.db.transaction(async (tx) => {
    await deleteRequestRows(ctx, tx, ids);
    await tx.delete(authTokens).where(or(eq(authTokens.email, account.email), ids.length > 0 ? inArray(authTokens.requestId, ids) : undefined));
    await tx.delete(sessions).where(eq(sessions.accountId, accountId));
    await tx.update(auditLog).set({ targetId: pseudonym(accountId) }).where(eq(auditLog.targetId, accountId));
    await tx.update(auditLog).set({ actorId: pseudonym(accountId) }).where(eq(auditLog.actorId, accountId));
    await tx.delete(accounts).where(eq(accounts.id, accountId));
    await recordAudit(tx, {
      actorKind: options.actor.kind,
      actorId: options.actor.id === accountId ? pseudonym(accountId) : options.actor.id,
      action: 'account.erased',
      targetType: 'account',
      targetId: pseudonym(accountId),
      details: { receipt, requests: ids.length },
    });
  });
  await removeOutboxMail(ctx.paths.outbox(), [...addresses, ...ids]);
  // Deleted rows and keys leave the database's files too (VACUUM FULL; PGlite: and its WAL).
  await ctx.vault.compact();
  // Live views (SSE readers, the API's status cache) drop what they hold of the erased requests.
  await Promise.all(ids.map((id) => ctx.events.signal(id)));
  ctx.log.info({ receipt, requests: ids.length }, 'account erased');
  return { receipt, erasedAt: erasedAt.toISOString(), requests: ids.length };
}
