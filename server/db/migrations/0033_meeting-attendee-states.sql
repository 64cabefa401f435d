CREATE TABLE "meeting_attendee_states" (
	"meeting_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"state" text NOT NULL,
	CONSTRAINT "meeting_attendee_states_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "meeting_attendee_states" ADD CONSTRAINT "meeting_attendee_states_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendee_states" ADD CONSTRAINT "meeting_attendee_states_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendee_states" ADD CONSTRAINT "meeting_attendee_states_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A meeting whose counts are stored gets its attendees' states as well (a row of meeting_attendance
-- now says both are): derived as modules/meetings/attendance-range.ts does with every sitting over,
-- in the table's key order (a meeting's rows read together lie together).
INSERT INTO "meeting_attendee_states" ("meeting_id", "member_id", "committee_id", "state")
  SELECT s."meeting_id", i."member_id", i."committee_id",
    (array['present', 'late', 'pending', 'leave', 'absent'])[max(CASE
      WHEN c."sitting_id" IS NOT NULL THEN CASE WHEN c."late" THEN 2 ELSE 1 END
      WHEN l."member_id" IS NOT NULL THEN 4
      ELSE 5 END)]
  FROM "meeting_attendance" a
    JOIN "meeting_sittings" s ON s."meeting_id" = a."meeting_id"
    JOIN "meeting_invitees" i ON i."meeting_id" = s."meeting_id" AND i."role" = 'attendee'
    LEFT JOIN "meeting_checkins" c ON c."sitting_id" = s."id" AND c."member_id" = i."member_id"
    LEFT JOIN "leave_requests" l ON l."meeting_id" = s."meeting_id" AND l."member_id" = i."member_id"
      AND l."status" = 'approved'
      AND (l."sitting_ids" IS NULL OR jsonb_typeof(l."sitting_ids") = 'null' OR l."sitting_ids" @> to_jsonb(s."id"))
  GROUP BY s."meeting_id", i."member_id", i."committee_id"
  ORDER BY s."meeting_id", i."member_id";
