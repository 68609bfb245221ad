import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { accounts, auditLog, authTokens, quotaLedger, requests, sessions } from '@statex/db';
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { recordAudit } from '../accounts/audit.ts';
import { pseudonym, requestIdsOf, tablesWithRequestId } from './account-data.ts';

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
  const ids = await requestIdsOf(ctx.db, account);
  for (const id of ids) {
    await rm(ctx.paths.sites(id), { recursive: true, force: true });
    await rm(ctx.paths.uploads(id), { recursive: true, force: true });
  }
  await options.endSessions?.(accountId);
  const tables = (await tablesWithRequestId(ctx.db)).filter((t) => !['requests', 'quota_ledger', 'audit_log', 'auth_tokens'].includes(t));
  await ctx.db.transaction(async (tx) => {
    if (ids.length > 0) {
      for (const table of tables) await tx.execute(sql`delete from ${sql.identifier(table)} where request_id in ${ids}`);
      for (const id of ids) {
        await tx.update(quotaLedger).set({ requestId: pseudonym(id) }).where(eq(quotaLedger.requestId, id));
        await tx.update(auditLog).set({ targetId: pseudonym(id) }).where(eq(auditLog.targetId, id));
      }
      await tx.delete(requests).where(inArray(requests.id, ids));
    }
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
  await removeOutboxMail(ctx.paths.outbox(), account.email);
  // Live views (SSE readers, the API's status cache) drop what they hold of the erased requests.
  await Promise.all(ids.map((id) => ctx.events.signal(id)));
  ctx.log.info({ receipt, requests: ids.length }, 'account erased');
  return { receipt, erasedAt: erasedAt.toISOString(), requests: ids.length };
}

/** Emails written to the outbox (embedded mode) carry the address: delete those addressed to it. */
async function removeOutboxMail(outboxDir: string, email: string): Promise<void> {
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(outboxDir, name);
    const content = await readFile(file, 'utf8').catch(() => '');
    if (content.toLowerCase().includes(email)) await rm(file, { force: true });
  }
}
