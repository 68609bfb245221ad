import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { requests } from './requests.ts';

/** A file sent with a brief. The stored copy is deleted once processed; extracted text stays until expiry. */
export const requestFiles = pgTable(
  'request_files',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    position: integer('position').notNull(),
    originalName: text('original_name').notNull(),
    kind: text('kind').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    storagePath: text('storage_path'),
    extractedText: text('extracted_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('request_files_request_idx').on(t.requestId)],
);
