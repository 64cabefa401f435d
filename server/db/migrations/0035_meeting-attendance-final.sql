-- A meeting's stored attendance is final once computed at or after its end (attendance-store.ts);
-- check-ins no longer move it while the meeting runs. The rows of meetings already over were kept
-- exact by every check-in until now, so they are final as they stand.
UPDATE "meeting_attendance" a SET "computed_at" = m."ends_at"
FROM "meetings" m
WHERE m."id" = a."meeting_id" AND m."ends_at" <= now() AND a."computed_at" < m."ends_at";
