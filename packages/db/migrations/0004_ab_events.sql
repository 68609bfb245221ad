CREATE TABLE "ab_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"experiment" text NOT NULL,
	"variant" text NOT NULL,
	"visitor_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ab_events_visitor_kind_uq" ON "ab_events" USING btree ("experiment","visitor_id","kind");--> statement-breakpoint
CREATE INDEX "ab_events_experiment_idx" ON "ab_events" USING btree ("experiment","variant","kind");