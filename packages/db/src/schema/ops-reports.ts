import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Release reports written by statex-ops (deployment, validation, health, performance, rollback).
 * The same JSON is also a file under STATEX_DATA_DIR/reports/; rows are deleted by the retention
 * job once `expires_at` has passed (30 / 30 / 7 / 30 / 90 days by kind).
 */
export const opsReports = pgTable(
  'ops_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    outcome: text('outcome').notNull(),
    summary: text('summary').notNull(),
    file: text('file'),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ops_reports_kind_created_idx').on(t.kind, t.createdAt), index('ops_reports_expires_idx').on(t.expiresAt)],
);
