import { canonicalMailbox, secretMatches } from '@statex/core';
import { accountById, emailedAccessGranted, normaliseEmail, type RequestRow, type Submission } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import type { Runtime } from '@statex/pipeline';

/** The bearer token from `Authorization`, or (for EventSource clients, which cannot set headers) `?access_token=`. */
function presentedToken(request: FastifyRequest, allowQuery: boolean): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? null;
  }
  if (allowQuery) {
    const query = request.query as { access_token?: unknown } | undefined;
    if (typeof query?.access_token === 'string' && query.access_token) return query.access_token;
  }
  return null;
}

/**
 * Loads a request for its owner — by bearer token, or by the session of the account that owns it:
 * 404 for an unknown id, 401 without a token or session, 403 for a wrong token or another account,
 * 410 once expired (unless `allowExpired`).
 */
/**
 * The ownership check on already-loaded facts: the bearer token against its hash, or else the
 * session's account. Throws 401/403 like loadOwnedRequest.
 */
export async function assertOwner(
  runtime: Runtime,
  request: FastifyRequest,
  id: string,
  facts: { tokenHash: string; accountId: string | null },
  allowQuery = false,
): Promise<void> {
  const token = presentedToken(request, allowQuery);
  if (token) {
    if (secretMatches(token, facts.tokenHash)) return;
    // The links in the request's emails carry a token of their own (the request's is never stored).
    if (await emailedAccessGranted(runtime.database.db, id, token)) return;
    throw new Errors.TOKEN_INVALID();
  }
  const accountId = request.session?.accountId;
  if (!accountId) throw new Errors.TOKEN_REQUIRED();
  if (facts.accountId !== accountId) throw new Errors.NOT_OWNER();
}

export async function loadOwnedRequest(
  runtime: Runtime,
  request: FastifyRequest,
  id: string,
  options: { allowQuery?: boolean; allowExpired?: boolean } = {},
): Promise<RequestRow> {
  const row = await runtime.pipeline.repo.get(id);
  if (!row) throw new Errors.REQUEST_NOT_FOUND(id);
  // No token: the owner's session. A request belongs to the verified account of its email.
  await assertOwner(runtime, request, id, row, options.allowQuery ?? false);
  if (row.expiredAt && !options.allowExpired) throw new Errors.EXPIRED(row.expiredAt.toUTCString());
  return row;
}

/**
 * Who owns a new submission, and whether it must wait for its email to be confirmed: signed in with
 * the verified account of that same email, it is that account's and starts at once; otherwise it
 * waits for the emailed link when REQUIRE_EMAIL_CONFIRMATION is on.
 */
export async function withOwnership(runtime: Runtime, request: FastifyRequest, submission: Submission): Promise<Submission> {
  const accountId = request.session?.accountId;
  const account = accountId ? await accountById(runtime.database.db, accountId) : null;
  // One mailbox, whatever its spelling (+tag, Gmail dots, case, fullwidth…): the canonical forms compare.
  const sameEmail = account !== null && account.emailVerifiedAt !== null && canonicalMailbox(account.email) === canonicalMailbox(submission.email);
  return {
    ...submission,
    accountId: sameEmail ? account.id : null,
    awaitingConfirmation: runtime.config.access.requireEmailConfirmation && !sameEmail,
  };
}
