CREATE TABLE "inspection_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspection_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"inspection_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"place" text NOT NULL,
	"member_ids" integer[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"plan_topic_id" integer,
	"plan" text DEFAULT '' NOT NULL,
	"member_ids" integer[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"report_title" text,
	"report_body" text,
	"report_sent_to" text,
	"report_sent_on" date,
	"created_by_user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_appointments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"role" text NOT NULL,
	"body" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"topic" text NOT NULL,
	"unit_id" integer NOT NULL,
	"leader_member_id" integer,
	"member_ids" integer[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by_user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"place" text NOT NULL,
	"member_ids" integer[] DEFAULT '{}' NOT NULL,
	"findings" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ALTER COLUMN "consultation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ADD COLUMN "supervision_group_id" integer;--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ADD COLUMN "inspection_id" integer;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_plan_topic_id_consultation_topics_id_fk" FOREIGN KEY ("plan_topic_id") REFERENCES "public"."consultation_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_appointments" ADD CONSTRAINT "member_appointments_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_appointments" ADD CONSTRAINT "member_appointments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_groups" ADD CONSTRAINT "supervision_groups_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_groups" ADD CONSTRAINT "supervision_groups_unit_id_handling_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."handling_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_groups" ADD CONSTRAINT "supervision_groups_leader_member_id_members_id_fk" FOREIGN KEY ("leader_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_groups" ADD CONSTRAINT "supervision_groups_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_group_id_supervision_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."supervision_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_visits_inspection_idx" ON "inspection_visits" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_committee_idx" ON "inspections" USING btree ("committee_id","starts_on");--> statement-breakpoint
CREATE INDEX "member_appointments_member_idx" ON "member_appointments" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "supervision_groups_committee_idx" ON "supervision_groups" USING btree ("committee_id","starts_on");--> statement-breakpoint
CREATE INDEX "supervision_visits_group_idx" ON "supervision_visits" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ADD CONSTRAINT "consultation_suggestions_supervision_group_id_supervision_groups_id_fk" FOREIGN KEY ("supervision_group_id") REFERENCES "public"."supervision_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ADD CONSTRAINT "consultation_suggestions_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_suggestions_supervision_idx" ON "consultation_suggestions" USING btree ("supervision_group_id");--> statement-breakpoint
CREATE INDEX "consultation_suggestions_inspection_idx" ON "consultation_suggestions" USING btree ("inspection_id");--> statement-breakpoint
ALTER TABLE "consultation_suggestions" ADD CONSTRAINT "consultation_suggestions_one_origin" CHECK (num_nonnulls("consultation_suggestions"."consultation_id", "consultation_suggestions"."supervision_group_id", "consultation_suggestions"."inspection_id") = 1);