CREATE TABLE "duty_score_tallies" (
	"committee_id" integer NOT NULL,
	"year" integer NOT NULL,
	"grade" text NOT NULL,
	"scored" integer NOT NULL,
	"total_sum" integer NOT NULL,
	"flagged" integer NOT NULL,
	CONSTRAINT "duty_score_tallies_committee_id_year_grade_pk" PRIMARY KEY("committee_id","year","grade")
);
--> statement-breakpoint
ALTER TABLE "duty_score_tallies" ADD CONSTRAINT "duty_score_tallies_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The scores already stored, counted once; from here on the triggers of custom/duty-score-tallies.sql keep them.
INSERT INTO "duty_score_tallies" ("committee_id", "year", "grade", "scored", "total_sum", "flagged")
SELECT "committee_id", "year", "grade", count(*)::int, coalesce(sum("total"), 0)::int,
  (count(*) FILTER (WHERE "consequence_count" > 0))::int
FROM "duty_scores" GROUP BY 1, 2, 3;
