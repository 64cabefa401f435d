CREATE TABLE "opinion_adoptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "opinion_adoptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"level" text NOT NULL,
	"adopted_on" date NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by_user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulletin_issue_recipients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulletin_issue_recipients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"issue_id" integer NOT NULL,
	"leader_id" integer NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bulletin_issues" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulletin_issues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer,
	"copy_to" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"compiled_by_user_id" integer NOT NULL,
	"signed_by_user_id" integer,
	"signed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opinion_items" ADD COLUMN "issue_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_items" ADD COLUMN "issue_ordinal" integer;--> statement-breakpoint
ALTER TABLE "opinion_adoptions" ADD CONSTRAINT "opinion_adoptions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_adoptions" ADD CONSTRAINT "opinion_adoptions_item_id_opinion_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."opinion_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_adoptions" ADD CONSTRAINT "opinion_adoptions_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issue_recipients" ADD CONSTRAINT "bulletin_issue_recipients_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issue_recipients" ADD CONSTRAINT "bulletin_issue_recipients_issue_id_bulletin_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issue_recipients" ADD CONSTRAINT "bulletin_issue_recipients_leader_id_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issues" ADD CONSTRAINT "bulletin_issues_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issues" ADD CONSTRAINT "bulletin_issues_compiled_by_user_id_users_id_fk" FOREIGN KEY ("compiled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_issues" ADD CONSTRAINT "bulletin_issues_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "opinion_adoptions_item_level_uq" ON "opinion_adoptions" USING btree ("item_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletin_issue_recipients_uq" ON "bulletin_issue_recipients" USING btree ("issue_id","leader_id");--> statement-breakpoint
CREATE INDEX "bulletin_issue_recipients_leader_idx" ON "bulletin_issue_recipients" USING btree ("leader_id","issue_id");--> statement-breakpoint
CREATE INDEX "bulletin_issues_committee_idx" ON "bulletin_issues" USING btree ("committee_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletin_issues_number_uq" ON "bulletin_issues" USING btree ("committee_id","kind","year","number");--> statement-breakpoint
ALTER TABLE "opinion_items" ADD CONSTRAINT "opinion_items_issue_id_bulletin_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opinion_items_issue_idx" ON "opinion_items" USING btree ("issue_id","issue_ordinal");