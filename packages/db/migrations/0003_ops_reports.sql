CREATE TABLE "ops_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"outcome" text NOT NULL,
	"summary" text NOT NULL,
	"file" text,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ops_reports_kind_created_idx" ON "ops_reports" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "ops_reports_expires_idx" ON "ops_reports" USING btree ("expires_at");