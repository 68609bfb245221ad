import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { accountIdentities, accounts, auditLog, consentRecords, documents, requestEvents, requestFiles, requests } from '@statex/db';
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { requestIdsOf } from './account-data.ts';

export interface AccountExport {
  /** Everything recorded about the account, as JSON. */
  data: Record<string, unknown>;
  /** Stored files: path inside the archive → absolute path on disk. */
  files: { archivePath: string; diskPath: string }[];
}

/** Gathers all data of one account and nothing of anyone else's (GDPR art. 15 and 20). */
export async function exportAccount(ctx: PipelineContext, accountId: string): Promise<AccountExport | null> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  if (!account) return null;
  const ids = await requestIdsOf(ctx, account);
  const [identities, consents, storedRequests, storedEvents, storedFiles, storedDocs, audit] = await Promise.all([
    ctx.db.select({ provider: accountIdentities.provider, providerUserId: accountIdentities.providerUserId, createdAt: accountIdentities.createdAt }).from(accountIdentities).where(eq(accountIdentities.accountId, accountId)),
    ctx.db.select().from(consentRecords).where(eq(consentRecords.accountId, accountId)).orderBy(asc(consentRecords.id)),
    ids.length ? ctx.db.select().from(requests).where(inArray(requests.id, ids)) : [],
    ids.length ? ctx.db.select().from(requestEvents).where(inArray(requestEvents.requestId, ids)).orderBy(asc(requestEvents.id)) : [],
    ids.length ? ctx.db.select().from(requestFiles).where(inArray(requestFiles.requestId, ids)) : [],
    ids.length ? ctx.db.select().from(documents).where(inArray(documents.requestId, ids)) : [],
    ctx.db
      .select()
      .from(auditLog)
      .where(or(eq(auditLog.targetId, accountId), eq(auditLog.actorId, accountId), ids.length ? inArray(auditLog.targetId, ids) : undefined)),
  ]);
  // Stored sealed: opened here, so the export holds the customer's own words.
  const requestRows = await Promise.all(storedRequests.map((r) => ctx.repo.openRequest(r)));
  const events = await Promise.all(storedEvents.map((e) => ctx.repo.openEvent(e)));
  const docs = await Promise.all(storedDocs.map((d) => ctx.repo.openDocument(d)));
  const files = await Promise.all(
    storedFiles.map(async (f) => ({ ...f, extractedText: await ctx.vault.open(ctx.db, f.requestId, 'inputs', 'extractedText', f.extractedText) })),
  );
  const data = {
    exportedAt: new Date().toISOString(),
    account,
    identities,
    consentRecords: consents,
    requests: requestRows.map(({ tokenHash: _token, leaseOwner: _owner, leaseUntil: _until, emailKey: _key, ...rest }) => ({
      ...rest,
      events: events.filter((e) => e.requestId === rest.id),
      files: files.filter((f) => f.requestId === rest.id).map(({ storagePath: _path, ...f }) => f),
      documents: docs.filter((d) => d.requestId === rest.id),
    })),
    auditLog: audit,
  };
  const archived: AccountExport['files'] = [];
  for (const id of ids) {
    for (const [root, label] of [
      [ctx.paths.uploads(id), 'uploads'],
      [ctx.paths.sites(id), 'site'],
    ] as const) {
      for (const file of await listFiles(root)) archived.push({ archivePath: `requests/${id}/${label}/${path.relative(root, file)}`, diskPath: file });
    }
  }
  return { data, files: archived };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    // `current` is a symlink to a version directory: its files are already listed.
    if (entry.isFile() && (await stat(full).then((s) => s.isFile(), () => false))) out.push(full);
  }
  return out;
}

