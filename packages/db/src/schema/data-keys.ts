import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Per-request data keys (crypto-shredding): each personal field is sealed with one of these, and
 * deleting the row makes every copy of the ciphertext unreadable — in dead tuples, the WAL and
 * backups alike. Keys are stored wrapped (AES-256-GCM) by a key derived from STATEX_SECRET.
 * `id` is `<scope>:<request id>`: `request` (brief, contact, change, documents) and `inputs`
 * (text read from files, dropped earlier under standard privacy). No foreign key: a key row is
 * deleted by erasure and expiry explicitly, then the table is compacted.
 */
export const dataKeys = pgTable(
  'data_keys',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id').notNull(),
    wrapped: text('wrapped').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('data_keys_request_idx').on(t.requestId)],
);
