import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One-time links sent by email: `sign-in` (magic link) and `confirm-request` (an anonymous
 * submission's email). Only the hash of the token is stored; a used or expired one is refused.
 */
export const authTokens = pgTable(
  'auth_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose').notNull(),
    email: text('email').notNull(),
    requestId: text('request_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_tokens_email_idx').on(t.email), index('auth_tokens_expires_idx').on(t.expiresAt)],
);
