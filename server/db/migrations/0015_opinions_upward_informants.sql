CREATE TABLE "opinion_informants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "opinion_informants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"employer" text,
	"recommended_by" text NOT NULL,
	"special_committee_id" integer,
	"sector_id" integer,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opinion_reports" ALTER COLUMN "reporter_member_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "informant_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "reporter_kind" text DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "reporter_name" text;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "body_kind" text;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "sector_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "liaison_group_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "reporter_committee_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "informant_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD COLUMN "source_item_id" integer;--> statement-breakpoint
ALTER TABLE "opinion_informants" ADD CONSTRAINT "opinion_informants_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_informants" ADD CONSTRAINT "opinion_informants_special_committee_id_special_committees_id_fk" FOREIGN KEY ("special_committee_id") REFERENCES "public"."special_committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_informants" ADD CONSTRAINT "opinion_informants_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "opinion_informants_committee_name_uq" ON "opinion_informants" USING btree ("committee_id","name");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_informant_id_opinion_informants_id_fk" FOREIGN KEY ("informant_id") REFERENCES "public"."opinion_informants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_liaison_group_id_liaison_groups_id_fk" FOREIGN KEY ("liaison_group_id") REFERENCES "public"."liaison_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_reporter_committee_id_committees_id_fk" FOREIGN KEY ("reporter_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_informant_id_opinion_informants_id_fk" FOREIGN KEY ("informant_id") REFERENCES "public"."opinion_informants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_source_item_id_opinion_items_id_fk" FOREIGN KEY ("source_item_id") REFERENCES "public"."opinion_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opinion_reports_source_item_idx" ON "opinion_reports" USING btree ("source_item_id");