-- The proposal timeline moves into the subject-keyed event log, ids and history kept.
INSERT INTO "events" ("id", "committee_id", "subject_type", "subject_id", "action", "from_status", "to_status", "actor_user_id", "actor_name", "note", "data", "at")
OVERRIDING SYSTEM VALUE
SELECT "id", "committee_id", 'proposal', "proposal_id", "action", "from_status", "to_status", "actor_user_id", "actor_name", "note", "data", "at"
FROM "proposal_events";
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT coalesce(max("id"), 0) + 1 FROM "events"), false);
--> statement-breakpoint
-- Files name the document they belong to: a proposal's materials and its reply letters.
UPDATE "attachments" a SET "subject_type" = 'proposal', "subject_id" = pa."proposal_id", "purpose" = 'material'
FROM "proposal_attachments" pa WHERE pa."attachment_id" = a."id";
--> statement-breakpoint
UPDATE "attachments" a SET "subject_type" = 'proposal', "subject_id" = r."proposal_id", "purpose" = 'replyLetter'
FROM "proposal_replies" r WHERE r."attachment_id" = a."id";
--> statement-breakpoint
-- A file no document links to could never be downloaded again (its owner was deleted).
DELETE FROM "attachments" WHERE "subject_type" IS NULL;
