import type { Locale, PrivacyMode } from '@statex/core';
import { accountIdentities, accounts, consentRecords, requests } from '@statex/db';
import { signInMessages, translator } from '@statex/i18n';
import {
  accountById,
  accountForVerifiedEmail,
  changePrivacy,
  confirmRequest,
  consumeLink,
  eraseAccount,
  exportAccount,
  issueLink,
  recordAudit,
  type AccountExport,
  type AccountRow,
  type AuditEntry,
  type ConfirmResult,
  type ErasureReceipt,
  type PipelineContext,
} from '@statex/pipeline';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';

export type ConsentRecordRow = typeof consentRecords.$inferSelect;

/** A request as its owner's portal lists it. */
export interface OwnedRequest {
  id: string;
  stage: string;
  createdAt: Date;
  expiresAt: Date | null;
  awaitingConfirmation: boolean;
}

/** Who an OAuth provider says signed in: its own user id, and the email it verified. */
export interface ProviderProfile {
  providerUserId: string;
  email: string;
  name: string | null;
}

/**
 * Accounts and what hangs off them: sign-in links, OAuth identities, consent records, the
 * account's requests as listed in the portal; privacy choice, export and erasure (the use-cases
 * of the pipeline, called with its context so the API never holds it). Knows nothing of HTTP:
 * lookups return null, the route decides the answer. Owns `accounts`, `account_identities`,
 * `auth_tokens` and `consent_records` (sessions: `session-stores.ts`).
 */
export class AccountService {
  readonly #ctx: PipelineContext;

  constructor(ctx: PipelineContext) {
    this.#ctx = ctx;
  }

  byId(id: string): Promise<AccountRow | null> {
    return accountById(this.#ctx.db, id);
  }

  /** Records that the account has just signed in (account retention counts from the last time seen). */
  async markSeen(id: string): Promise<void> {
    await this.#ctx.db.update(accounts).set({ lastSeenAt: sql`now()` }).where(eq(accounts.id, id));
  }

  /**
   * Mails a one-time sign-in link in `locale`, landing back on that locale's portal. The link is
   * stored before anything is sent (a database failure throws); a mail that cannot be sent is logged
   * and reported as `mailed: false`, since the answer must not reveal whether the address has an account.
   */
  async emailSignInLink(email: string, locale: Locale, log: Pick<Logger, 'warn'> = this.#ctx.log): Promise<{ mailed: boolean }> {
    const { config, mailer } = this.#ctx;
    const link = await issueLink(this.#ctx.db, 'sign-in', email, config.access.magicLinkTtlMs);
    const url = `${config.publicUrl}/api/auth/magic-link/verify?token=${link.token}&locale=${locale}`;
    const t = translator(signInMessages, locale);
    const expires = `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(link.expiresAt)} UTC`;
    try {
      await mailer.send({ to: email, subject: t('subject'), text: t('body', { url, expires }) });
      return { mailed: true };
    } catch (error) {
      log.warn({ err: error }, 'could not send a sign-in link');
      return { mailed: false };
    }
  }

  /** Uses a sign-in link once: the account of its (now verified) email, or null for an unknown, used or expired link. */
  async signInWithLink(token: string): Promise<AccountRow | null> {
    const link = await consumeLink(this.#ctx.db, 'sign-in', token);
    return link ? accountForVerifiedEmail(this.#ctx, link.email) : null;
  }

  /** Opens the link that confirms a submission's email: the request starts (its personal quota taken now). */
  confirmSubmission(token: string): Promise<ConfirmResult> {
    return confirmRequest(this.#ctx, token);
  }

  /**
   * The account an OAuth sign-in stands for: the one already linked to this provider identity, else
   * the account of the verified email (created on first sight), which the identity is linked to and
   * the link audited.
   */
  async forProviderIdentity(provider: string, profile: ProviderProfile): Promise<AccountRow> {
    const { db } = this.#ctx;
    const [linked] = await db
      .select({ accountId: accountIdentities.accountId })
      .from(accountIdentities)
      .where(and(eq(accountIdentities.provider, provider), eq(accountIdentities.providerUserId, profile.providerUserId)))
      .limit(1);
    const linkedAccount = linked ? await accountById(db, linked.accountId) : null;
    if (linkedAccount) return linkedAccount;
    const account = await accountForVerifiedEmail(this.#ctx, profile.email, profile.name);
    if (!linked) {
      await db.insert(accountIdentities).values({ provider, providerUserId: profile.providerUserId, accountId: account.id }).onConflictDoNothing();
      await recordAudit(db, { actorKind: 'customer', actorId: account.id, action: 'identity.linked', targetType: 'account', targetId: account.id, details: { provider } });
    }
    return account;
  }

  /** The account's requests, newest first (at most `limit`). */
  async requestsOf(accountId: string, limit = 200): Promise<OwnedRequest[]> {
    const rows = await this.#ctx.db.select().from(requests).where(eq(requests.accountId, accountId)).orderBy(desc(requests.createdAt)).limit(limit);
    return rows.map((r) => ({ id: r.id, stage: r.stage, createdAt: r.createdAt, expiresAt: r.expiresAt, awaitingConfirmation: r.awaitingConfirmation }));
  }

  /** Every privacy choice the account made, oldest first, with the text that was shown. */
  consentHistory(accountId: string): Promise<ConsentRecordRow[]> {
    return this.#ctx.db.select().from(consentRecords).where(eq(consentRecords.accountId, accountId)).orderBy(asc(consentRecords.id));
  }

  /** Changes the privacy choice; recorded as consent with the text shown. */
  changePrivacy(accountId: string, choice: PrivacyMode, source: string): Promise<ConsentRecordRow> {
    return changePrivacy(this.#ctx, accountId, choice, source);
  }

  /** Everything recorded about the account (null when it no longer exists); the export is audited. */
  async export(accountId: string): Promise<AccountExport | null> {
    const exported = await exportAccount(this.#ctx, accountId);
    await recordAudit(this.#ctx.db, { actorKind: 'customer', actorId: accountId, action: 'account.exported', targetType: 'account', targetId: accountId, details: { files: exported?.files.length ?? 0 } });
    return exported;
  }

  /** Erases the account and everything of it; `endSessions` ends sessions kept outside the database. */
  erase(accountId: string, options: Parameters<typeof eraseAccount>[2]): Promise<ErasureReceipt> {
    return eraseAccount(this.#ctx, accountId, options);
  }

  /** Appends an entry to the audit log. */
  audit(entry: AuditEntry): Promise<void> {
    return recordAudit(this.#ctx.db, entry);
  }
}
