import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { newAccessToken, newRequestId, hashSecret, type ComplianceMode, type InterviewMode, type Locale, type PrivacyMode } from '@statex/core';
import { requestFiles, requests } from '@statex/db';
import { stageText } from './customer-text.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { accountQuotaSubject, quotaSubjectOf, reserveQuota, type QuotaLimit } from './quota-ledger.ts';
import { verifiedAccountByEmail } from './accounts/find-or-create-account.ts';
import { sendConfirmationLink } from './accounts/confirm-request.ts';
import { emailLookupKey } from './privacy/account-data.ts';

/** The per-person quota: per email, and per account when the request has one (one account, one quota, whatever email it uses). */
export function personalQuotaLimits(ctx: PipelineContext, email: string, accountId: string | null): QuotaLimit[] {
  return [
    { subject: quotaSubjectOf(ctx.vault, 'email', email), limit: ctx.config.quota.perEmail, label: 'this email address' },
    ...(accountId ? [{ subject: accountQuotaSubject(ctx.vault, accountId), limit: ctx.config.quota.perEmail, label: 'your account' }] : []),
  ];
}

/** The per-network quota (IPv6 counted by /64): the same whoever's email is used. */
export function networkQuotaLimit(ctx: PipelineContext, clientIp: string): QuotaLimit {
  return { subject: quotaSubjectOf(ctx.vault, 'ip', clientIp), limit: ctx.config.quota.perIp, label: 'your network address' };
}

/** A file that passed validation and waits in the incoming directory. */
export interface StagedFile {
  role: 'document' | 'voice';
  originalName: string;
  kind: string;
  mime: string;
  extension: string;
  sizeBytes: number;
  tempPath: string;
}

export interface Submission {
  brief: string;
  email: string;
  name?: string | undefined;
  locale: Locale;
  privacy: PrivacyMode;
  compliance: ComplianceMode;
  /** `ask`: wait (up to CLARIFY_TIMEOUT) for answers to what the brief leaves open; `skip` (default): generate at once. */
  interview?: InterviewMode;
  clientIp: string;
  files: StagedFile[];
  /** The signed-in account whose verified email is the submission's email (it owns the request). */
  accountId?: string | null;
  /** Wait for the email to be confirmed by a link before generating (anonymous submissions). */
  awaitingConfirmation?: boolean;
}

export type SubmitResult =
  | { ok: true; id: string; token: string; awaitingConfirmation: boolean }
  | { ok: false; reason: 'quota'; retryAt: Date; label: string };

/**
 * Accepts a validated submission: takes the quota, stores the request and its files, records the
 * `received` event and dispatches the job. Nothing is stored when the quota refuses.
 */
export async function submitRequest(ctx: PipelineContext, submission: Submission, now = new Date()): Promise<SubmitResult> {
  const id = newRequestId();
  const token = newAccessToken();
  const uploadDir = ctx.paths.uploads(id);
  const stored = submission.files.map((file, position) => ({ ...file, position, storagePath: path.join(uploadDir, `${position}.${file.extension}`) }));
  if (stored.length > 0) {
    await mkdir(uploadDir, { recursive: true });
    for (const file of stored) await rename(file.tempPath, file.storagePath);
  }
  const awaiting = submission.awaitingConfirmation ?? false;
  // A request belongs to the verified account of its email, signed in or not.
  const accountId = submission.accountId ?? (await verifiedAccountByEmail(ctx.db, submission.email))?.id ?? null;
  let result: SubmitResult;
  try {
    result = await ctx.db.transaction(async (tx) => {
      // An unconfirmed email takes no quota of its owner: that is taken at confirmation.
      const quota = await reserveQuota(
        tx,
        id,
        [
          ...(awaiting ? [] : personalQuotaLimits(ctx, submission.email, accountId)),
          networkQuotaLimit(ctx, submission.clientIp),
        ],
        ctx.config.quota.windowMs,
        now,
      );
      if (!quota.ok) return { ok: false, reason: 'quota', retryAt: quota.retryAt, label: quota.label } as const;
      // Personal fields are stored sealed with the request's own keys (made here, in the same transaction).
      await ctx.vault.createKeys(tx, id);
      await tx.insert(requests).values({
        id,
        tokenHash: hashSecret(token),
        ...(await ctx.repo.sealRequestFields(tx, id, { email: submission.email, name: submission.name ?? null, brief: submission.brief })),
        emailKey: emailLookupKey(ctx, submission.email),
        locale: submission.locale,
        privacy: submission.privacy,
        compliance: submission.compliance,
        interview: submission.interview ?? 'skip',
        stage: 'received',
        accountId,
        awaitingConfirmation: awaiting,
        ...(awaiting ? { expiresAt: new Date(now.getTime() + ctx.config.access.emailConfirmationTtlMs) } : {}),
        dispatchCount: 1,
        createdAt: now,
        updatedAt: now,
      });
      if (stored.length > 0) {
        await tx.insert(requestFiles).values(
          stored.map((f) => ({
            requestId: id,
            role: f.role,
            position: f.position,
            originalName: f.originalName,
            kind: f.kind,
            mime: f.mime,
            sizeBytes: f.sizeBytes,
            storagePath: f.storagePath,
          })),
        );
      }
      await ctx.repo.addEvent(tx, { requestId: id, type: 'stage', stage: 'received', version: 1, message: stageText(submission.locale, 'received') });
      return { ok: true, id, token, awaitingConfirmation: awaiting } as const;
    });
  } catch (error) {
    await rm(uploadDir, { recursive: true, force: true });
    throw error;
  }
  if (!result.ok) {
    await rm(uploadDir, { recursive: true, force: true });
    return result;
  }
  if (awaiting) await sendConfirmationLink(ctx, id, submission.email);
  else await ctx.dispatch(id, 1);
  return result;
}
