CREATE TABLE "ai_request_usage" (
	"request_id" text NOT NULL,
	"tier" text NOT NULL,
	"model" text NOT NULL,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ai_request_usage_request_id_tier_model_pk" PRIMARY KEY("request_id","tier","model")
);
--> statement-breakpoint
CREATE TABLE "ai_usage_daily" (
	"day" date NOT NULL,
	"tier" text NOT NULL,
	"model" text NOT NULL,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ai_usage_daily_day_tier_model_pk" PRIMARY KEY("day","tier","model")
);
--> statement-breakpoint
ALTER TABLE "ai_request_usage" ADD CONSTRAINT "ai_request_usage_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;