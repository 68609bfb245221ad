import { hashSecret } from '@statex/core';
import { sessions, type Db } from '@statex/db';
import { eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';

type Callback = (error?: unknown) => void;
type GetCallback = (error: unknown, session?: Record<string, unknown> | null) => void;

/** The store interface of @fastify/session, plus ending every session of an account (sign-out everywhere, erasure). */
export interface SessionStore {
  set(sessionId: string, session: Record<string, unknown>, callback: Callback): void;
  get(sessionId: string, callback: GetCallback): void;
  destroy(sessionId: string, callback: Callback): void;
  endAccountSessions(accountId: string): Promise<void>;
}

const expiryOf = (session: Record<string, unknown>, fallbackMs: number): Date => {
  const cookie = session.cookie as { expires?: string | Date | null } | undefined;
  return cookie?.expires ? new Date(cookie.expires) : new Date(Date.now() + fallbackMs);
};

const accountOf = (session: Record<string, unknown>): string | null => (typeof session.accountId === 'string' ? session.accountId : null);

/** Sessions in the database (embedded mode). Keys are hashed: the table never holds a usable cookie. */
export function databaseSessionStore(db: Db, ttlMs: number): SessionStore {
  const run = (work: Promise<unknown>, callback: Callback) => void work.then(() => callback(), callback);
  return {
    set: (id, session, callback) => {
      const row = { idHash: hashSecret(id), accountId: accountOf(session), data: JSON.parse(JSON.stringify(session)) as Record<string, unknown>, expiresAt: expiryOf(session, ttlMs) };
      run(db.insert(sessions).values(row).onConflictDoUpdate({ target: sessions.idHash, set: { accountId: row.accountId, data: row.data, expiresAt: row.expiresAt } }), callback);
    },
    get: (id, callback) => {
      db.select()
        .from(sessions)
        .where(eq(sessions.idHash, hashSecret(id)))
        .limit(1)
        .then(([row]) => callback(null, row && row.expiresAt.getTime() > Date.now() ? row.data : null), callback);
    },
    destroy: (id, callback) => run(db.delete(sessions).where(eq(sessions.idHash, hashSecret(id))), callback),
    endAccountSessions: async (accountId) => {
      await db.delete(sessions).where(eq(sessions.accountId, accountId));
    },
  };
}

/** Sessions in Redis (services mode), expiring with the cookie; a set per account finds them all. */
export function redisSessionStore(redis: Redis, prefix: string, ttlMs: number): SessionStore {
  const key = (id: string) => `${prefix}:session:${hashSecret(id)}`;
  const accountKey = (accountId: string) => `${prefix}:account-sessions:${accountId}`;
  return {
    set: (id, session, callback) => {
      const ttl = Math.max(1, expiryOf(session, ttlMs).getTime() - Date.now());
      const multi = redis.multi().set(key(id), JSON.stringify(session), 'PX', ttl);
      const accountId = accountOf(session);
      if (accountId) multi.sadd(accountKey(accountId), key(id)).pexpire(accountKey(accountId), ttlMs);
      multi.exec().then(() => callback(), callback);
    },
    get: (id, callback) => {
      redis.get(key(id)).then((value) => callback(null, value ? (JSON.parse(value) as Record<string, unknown>) : null), callback);
    },
    destroy: (id, callback) => {
      redis.del(key(id)).then(() => callback(), callback);
    },
    endAccountSessions: async (accountId) => {
      const keys = await redis.smembers(accountKey(accountId));
      await redis.del(accountKey(accountId), ...keys);
    },
  };
}
