import { accounts, auditLog, authTokens, sessions } from '@statex/db';
import { lt } from 'drizzle-orm';
import type { PipelineContext } from '../pipeline-context.ts';
import { eraseAccount } from './erase-account.ts';

/**
 * Retention periods: expired sessions and one-time links go at once; accounts not seen for
 * ACCOUNT_RETENTION are erased with everything of theirs; audit entries older than
 * AUDIT_LOG_RETENTION are deleted. (Requests and unconfirmed submissions expire in cleanupExpired.)
 */
export async function applyRetention(ctx: PipelineContext, now = new Date()): Promise<{ accounts: number }> {
  await ctx.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await ctx.db.delete(authTokens).where(lt(authTokens.expiresAt, now));
  const { accountMs, auditLogMs } = ctx.config.access.retention;
  const stale = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(lt(accounts.lastSeenAt, new Date(now.getTime() - accountMs)))
    .limit(100);
  for (const { id } of stale) await eraseAccount(ctx, id, { actor: { kind: 'system', id: null } });
  await ctx.db.delete(auditLog).where(lt(auditLog.createdAt, new Date(now.getTime() - auditLogMs)));
  return { accounts: stale.length };
}
