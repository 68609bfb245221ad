CREATE TABLE "data_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"wrapped" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "email_key" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "running_stage" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "crash_strikes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "data_keys_request_idx" ON "data_keys" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "requests_email_key_idx" ON "requests" USING btree ("email_key");