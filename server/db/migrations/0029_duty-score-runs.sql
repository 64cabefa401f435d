CREATE TABLE "duty_score_runs" (
	"committee_id" integer NOT NULL,
	"year" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "duty_score_runs_committee_id_year_pk" PRIMARY KEY("committee_id","year")
);
--> statement-breakpoint
ALTER TABLE "duty_scores" ADD COLUMN "digest" text;--> statement-breakpoint
ALTER TABLE "duty_score_runs" ADD CONSTRAINT "duty_score_runs_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The years already scored keep their 计算时间: the latest row written.
INSERT INTO "duty_score_runs" ("committee_id", "year", "computed_at")
  SELECT "committee_id", "year", max("computed_at") FROM "duty_scores" GROUP BY 1, 2;
