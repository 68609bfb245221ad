import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { requests } from './requests.ts';

/** The deliverables of each version: `terms`, `plan` (Markdown), `terms-diff` (Markdown), `spec`, `terms-json`, `plan-json` (JSON). */
export const documents = pgTable(
  'documents',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    content: text('content').notNull(),
    producedBy: text('produced_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.version, t.kind] })],
);
