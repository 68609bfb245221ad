import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';

/**
 * Each privacy choice as made: who (account), what (standard | enhanced), when, and the exact
 * text shown with its version. Append-only; the account's current choice is the latest row.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    choice: text('choice').notNull(),
    textVersion: text('text_version').notNull(),
    text: text('text').notNull(),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_records_account_idx').on(t.accountId, t.id)],
);
