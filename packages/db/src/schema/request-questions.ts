import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { requests } from './requests.ts';

/**
 * The brief interview: the questions asked about a request (at most 5, `q1`…) and the customer's
 * answers. Question text, suggestion and answer repeat the customer's business and words: sealed
 * with the request's data key like the brief, deleted with the request (cascade) and at expiry.
 */
export const requestQuestions = pgTable(
  'request_questions',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    position: integer('position').notNull(),
    /** The gap it is about (core GAP_KINDS). */
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    /** The requirement it would settle (`R3`), or null for the whole brief. */
    requirement: text('requirement'),
    suggestion: text('suggestion'),
    /** Null until answered. */
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.questionId] })],
);
