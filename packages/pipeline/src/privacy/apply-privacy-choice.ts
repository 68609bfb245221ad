import type { PrivacyMode } from '@statex/core';
import { accounts, consentRecords, requestFiles, requests, type Db, type Tx } from '@statex/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.ts';
import { CONSENT_TEXTS, CONSENT_TEXT_VERSION } from '../accounts/consent-texts.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { PersonalDataVault } from './personal-data-vault.ts';

/**
 * Standard privacy: once a version is published, the text read from the customer's files is
 * deleted (the uploads themselves already went after extraction). The brief stays for the one
 * modification round and goes at expiry. Enhanced keeps it all until expiry. Runs inside the
 * publishing transaction, so a published request never still holds that text.
 */
export async function dropInputsIfStandard(tx: Db | Tx, requestId: string, privacy: string, vault: PersonalDataVault): Promise<void> {
  if (privacy !== 'standard') return;
  await tx.update(requestFiles).set({ extractedText: null }).where(eq(requestFiles.requestId, requestId));
  // The text was sealed with the `inputs` key: deleting the key makes every old copy (dead rows, WAL) unreadable.
  await vault.shred(tx, [requestId], 'inputs');
}

/**
 * Records a new privacy choice (consent record with the text shown and its version), applies it
 * to the account's live requests at once, and audits it. Choosing standard drops kept inputs of
 * published requests now.
 */
export async function changePrivacy(ctx: PipelineContext, accountId: string, choice: PrivacyMode, source: string): Promise<typeof consentRecords.$inferSelect> {
  const record = await ctx.db.transaction(async (tx) => {
    await tx.update(accounts).set({ privacy: choice }).where(eq(accounts.id, accountId));
    const live = await tx
      .update(requests)
      .set({ privacy: choice })
      .where(and(eq(requests.accountId, accountId), isNull(requests.expiredAt)))
      .returning({ id: requests.id, publishedVersion: requests.publishedVersion, stage: requests.stage });
    if (choice === 'standard') {
      const done = live.filter((r) => r.stage === 'published').map((r) => r.id);
      if (done.length > 0) {
        await tx.update(requestFiles).set({ extractedText: null }).where(inArray(requestFiles.requestId, done));
        await ctx.vault.shred(tx, done, 'inputs');
      }
    }
    const [inserted] = await tx
      .insert(consentRecords)
      .values({ accountId, choice, textVersion: CONSENT_TEXT_VERSION, text: CONSENT_TEXTS[choice], source })
      .returning();
    await recordAudit(tx, { actorKind: 'customer', actorId: accountId, action: 'privacy.changed', targetType: 'account', targetId: accountId, details: { choice, textVersion: CONSENT_TEXT_VERSION } });
    return inserted!;
  });
  return record;
}
