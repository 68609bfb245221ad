import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A customer or an operator. One account per verified email (stored lower-case); OAuth identities
 * link to it by their verified email. `privacy` is the current choice; its history is in consent_records.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role').notNull().default('customer'),
    privacy: text('privacy').notNull().default('standard'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_email_idx').on(t.email),
    check('accounts_role_check', sql`${t.role} in ('customer','admin')`),
    check('accounts_privacy_check', sql`${t.privacy} in ('standard','enhanced')`),
  ],
);
