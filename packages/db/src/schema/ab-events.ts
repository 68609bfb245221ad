import { bigserial, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * AB test events from the web app: one exposure and at most one conversion per visitor and
 * experiment (the unique index makes repeats no-ops), so counts are distinct visitors.
 * `visitor_id` is a random cookie value, not linked to an account or an email.
 */
export const abEvents = pgTable(
  'ab_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    experiment: text('experiment').notNull(),
    variant: text('variant').notNull(),
    visitorId: text('visitor_id').notNull(),
    kind: text('kind', { enum: ['exposure', 'conversion'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ab_events_visitor_kind_uq').on(t.experiment, t.visitorId, t.kind), index('ab_events_experiment_idx').on(t.experiment, t.variant, t.kind)],
);
