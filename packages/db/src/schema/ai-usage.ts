import { bigint, doublePrecision, integer, pgTable, primaryKey, text, date } from 'drizzle-orm/pg-core';
import { requests } from './requests.ts';

/** Tokens and cost of one request on one tier and model (all its calls added up). Goes with the request. */
export const aiRequestUsage = pgTable(
  'ai_request_usage',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    tier: text('tier').notNull(),
    model: text('model').notNull(),
    tokensIn: bigint('tokens_in', { mode: 'number' }).notNull().default(0),
    tokensOut: bigint('tokens_out', { mode: 'number' }).notNull().default(0),
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    calls: integer('calls').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.tier, t.model] })],
);

/** Daily totals per tier and model (UTC days): what the daily budgets are checked against. Kept after requests expire. */
export const aiUsageDaily = pgTable(
  'ai_usage_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    tier: text('tier').notNull(),
    model: text('model').notNull(),
    tokensIn: bigint('tokens_in', { mode: 'number' }).notNull().default(0),
    tokensOut: bigint('tokens_out', { mode: 'number' }).notNull().default(0),
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    calls: integer('calls').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.tier, t.model] })],
);
