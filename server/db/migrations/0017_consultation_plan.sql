CREATE TABLE "consultation_plan_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_plan_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"title" text NOT NULL,
	"form" text NOT NULL,
	"lead_member_id" integer,
	"organiser" text NOT NULL,
	"planned_month" integer NOT NULL,
	"unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_plan_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_plan_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"review_meeting" text,
	"document_number" text NOT NULL,
	"approved_on" date NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"frequency_note" text DEFAULT '' NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"review_meeting" text,
	"document_number" text,
	"approved_on" date,
	"published_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"source" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"proposer_name" text,
	"contact_enc" text,
	"contact_mask" text,
	"proposer_user_id" integer,
	"sensitive_words" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensitive_words" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sensitive_words_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"word" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_plan_entries" ADD CONSTRAINT "consultation_plan_entries_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_entries" ADD CONSTRAINT "consultation_plan_entries_plan_id_consultation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."consultation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_entries" ADD CONSTRAINT "consultation_plan_entries_topic_id_consultation_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."consultation_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_entries" ADD CONSTRAINT "consultation_plan_entries_lead_member_id_members_id_fk" FOREIGN KEY ("lead_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_versions" ADD CONSTRAINT "consultation_plan_versions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_versions" ADD CONSTRAINT "consultation_plan_versions_plan_id_consultation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."consultation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plans" ADD CONSTRAINT "consultation_plans_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_topics" ADD CONSTRAINT "consultation_topics_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_topics" ADD CONSTRAINT "consultation_topics_proposer_user_id_users_id_fk" FOREIGN KEY ("proposer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensitive_words" ADD CONSTRAINT "sensitive_words_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_plan_entries_topic_uq" ON "consultation_plan_entries" USING btree ("plan_id","topic_id");--> statement-breakpoint
CREATE INDEX "consultation_plan_entries_plan_idx" ON "consultation_plan_entries" USING btree ("plan_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_plan_versions_uq" ON "consultation_plan_versions" USING btree ("plan_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_plans_year_uq" ON "consultation_plans" USING btree ("committee_id","year");--> statement-breakpoint
CREATE INDEX "consultation_topics_committee_status_idx" ON "consultation_topics" USING btree ("committee_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sensitive_words_uq" ON "sensitive_words" USING btree ("committee_id","word");