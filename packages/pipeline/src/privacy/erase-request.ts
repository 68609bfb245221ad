import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { auditLog, authTokens, quotaLedger, requests, type Tx } from '@statex/db';
import { eq, inArray, sql } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { pseudonym, tablesWithRequestId } from './account-data.ts';

/**
 * Deletes requests with everything that hangs off them, inside the caller's transaction: rows of
 * every table keyed by a request (documents, events, files, notifications, AI logs, data keys,
 * links mailed for them…), then the requests. The quota ledger and audit log keep their rows with the ids replaced by
 * pseudonyms (else erasure would give quota back and the audit would lose what happened).
 */
export async function deleteRequestRows(ctx: PipelineContext, tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const tables = (await tablesWithRequestId(tx as unknown as PipelineContext['db'])).filter((t) => !['requests', 'quota_ledger', 'audit_log', 'auth_tokens'].includes(t));
  for (const table of tables) await tx.execute(sql`delete from ${sql.identifier(table)} where request_id in ${ids}`);
  await ctx.vault.shred(tx, ids);
  // Links mailed for these requests carry the address they went to.
  await tx.delete(authTokens).where(inArray(authTokens.requestId, ids));
  for (const id of ids) {
    await tx.update(quotaLedger).set({ requestId: pseudonym(id) }).where(eq(quotaLedger.requestId, id));
    await tx.update(auditLog).set({ targetId: pseudonym(id) }).where(eq(auditLog.targetId, id));
  }
  await tx.delete(requests).where(inArray(requests.id, ids));
}

/** Removes a request's site and uploads from disk. */
export async function removeRequestFiles(ctx: PipelineContext, ids: string[]): Promise<void> {
  for (const id of ids) {
    await rm(ctx.paths.sites(id), { recursive: true, force: true });
    await rm(ctx.paths.uploads(id), { recursive: true, force: true });
  }
}

/**
 * Erases one request (admin deletion): files on disk, every row of it, its data keys, its emails
 * in the outbox; then compacts the database so neither the rows nor the keys stay in its files.
 * Returns false when there was no such request.
 */
export async function eraseRequest(ctx: PipelineContext, id: string): Promise<boolean> {
  const row = await ctx.repo.get(id);
  if (!row) return false;
  await removeRequestFiles(ctx, [id]);
  await ctx.db.transaction((tx) => deleteRequestRows(ctx, tx, [id]));
  if (row.email) await removeOutboxMail(ctx.paths.outbox(), [row.email, id]);
  await ctx.vault.compact();
  await ctx.events.signal(id);
  return true;
}

/** Emails written to the outbox (embedded mode) that mention any of `needles` (an address, a request id) are deleted. */
export async function removeOutboxMail(outboxDir: string, needles: string[]): Promise<void> {
  const wanted = needles.map((n) => n.toLowerCase());
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(outboxDir, name);
    const content = (await readFile(file, 'utf8').catch(() => '')).toLowerCase();
    if (wanted.some((n) => content.includes(n))) await rm(file, { force: true });
  }
}
