CREATE TABLE "meeting_attendance" (
	"meeting_id" integer PRIMARY KEY NOT NULL,
	"committee_id" integer NOT NULL,
	"expected" integer NOT NULL,
	"attended" integer NOT NULL,
	"late" integer NOT NULL,
	"leave" integer NOT NULL,
	"absent" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_suggestions_committee_sent_idx" ON "consultation_suggestions" USING btree ("committee_id","sent_at");--> statement-breakpoint
CREATE INDEX "instructions_committee_day_idx" ON "instructions" USING btree ("committee_id","instructed_on");--> statement-breakpoint
CREATE INDEX "opinion_adoptions_committee_day_idx" ON "opinion_adoptions" USING btree ("committee_id","adopted_on");--> statement-breakpoint
CREATE INDEX "opinion_reports_committee_submitted_idx" ON "opinion_reports" USING btree ("committee_id","submitted_at");--> statement-breakpoint
CREATE INDEX "inspection_visits_committee_day_idx" ON "inspection_visits" USING btree ("committee_id","visited_on");--> statement-breakpoint
CREATE INDEX "supervision_visits_committee_day_idx" ON "supervision_visits" USING btree ("committee_id","visited_on");