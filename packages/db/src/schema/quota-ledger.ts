import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per accepted request per quota subject (hashed email, hashed IP). Refunded rows stop
 * counting. No foreign key: the ledger outlives the request so expiry does not give quota back.
 */
export const quotaLedger = pgTable(
  'quota_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subject: text('subject').notNull(),
    requestId: text('request_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
  },
  (t) => [index('quota_ledger_subject_idx').on(t.subject, t.createdAt), index('quota_ledger_request_idx').on(t.requestId)],
);
