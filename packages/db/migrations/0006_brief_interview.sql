CREATE TABLE "request_questions" (
	"request_id" text NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"requirement" text,
	"suggestion" text,
	"answer" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_questions_request_id_question_id_pk" PRIMARY KEY("request_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "requests" DROP CONSTRAINT "requests_stage_check";--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "interview" text DEFAULT 'skip' NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "clarify_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_questions" ADD CONSTRAINT "request_questions_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_interview_check" CHECK ("requests"."interview" in ('ask','skip'));--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_stage_check" CHECK ("requests"."stage" in ('received','extracting','clarifying','generating','rendering','publishing','published','failed'));