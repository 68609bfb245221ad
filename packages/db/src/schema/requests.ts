import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One customer request: the brief, who sent it, and where it is in the pipeline. The source of truth for its stage. */
export const requests = pgTable(
  'requests',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    /** Personal fields (email, name, brief, pending change) are sealed with the request's data key: never stored in clear. */
    email: text('email'),
    /** Keyed HMAC of the canonical mailbox: finds a person's requests without storing or hashing the address in a reversible way. */
    emailKey: text('email_key'),
    name: text('name'),
    locale: text('locale').notNull(),
    privacy: text('privacy').notNull(),
    compliance: text('compliance').notNull(),
    brief: text('brief'),
    stage: text('stage').notNull().default('received'),
    /** The version being worked on or last published: 1, then 2 after the modification. */
    version: integer('version').notNull().default(1),
    publishedVersion: integer('published_version'),
    modificationsUsed: integer('modifications_used').notNull().default(0),
    pendingChange: text('pending_change'),
    failureReason: text('failure_reason'),
    notices: text('notices').array().notNull().default(sql`'{}'::text[]`),
    /** Bumped each time the request is (re)dispatched, so a re-enqueued job gets a fresh queue id. */
    dispatchCount: integer('dispatch_count').notNull().default(0),
    /** Failures of the request's own stages (errors that may be transient); bounded so a poison request fails instead of looping. */
    attempts: integer('attempts').notNull().default(0),
    /** The stage the lease holder is executing right now; null between stages. Left set by a holder that died mid-stage. */
    runningStage: text('running_stage'),
    /** Processes that died while executing one of this request's stages (counted when the dead holder's lease is taken over). */
    crashStrikes: integer('crash_strikes').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    /** The verified account of the request's email, once known (no foreign key: erasure deletes both). */
    accountId: text('account_id'),
    /** An anonymous submission waits here until its email is confirmed; never dispatched before. */
    awaitingConfirmation: boolean('awaiting_confirmation').notNull().default(false),
    /** The brief interview: `ask` waits (bounded) for answers to the questions the brief leaves open; `skip` generates at once. */
    interview: text('interview').notNull().default('skip'),
    /** While `clarifying`: answers are taken until then; set to now when the interview closes (all answered, skipped, done). */
    clarifyUntil: timestamp('clarify_until', { withTimezone: true }),
  },
  (t) => [
    index('requests_stage_updated_idx').on(t.stage, t.updatedAt),
    index('requests_expires_idx').on(t.expiresAt),
    index('requests_account_idx').on(t.accountId),
    index('requests_email_key_idx').on(t.emailKey),
    check(
      'requests_stage_check',
      sql`${t.stage} in ('received','extracting','clarifying','generating','rendering','publishing','published','failed')`,
    ),
    check('requests_interview_check', sql`${t.interview} in ('ask','skip')`),
  ],
);
