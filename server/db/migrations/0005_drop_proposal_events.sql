ALTER TABLE "proposal_attachments" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "proposal_events" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "proposal_attachments" CASCADE;--> statement-breakpoint
DROP TABLE "proposal_events" CASCADE;--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "subject_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "purpose" SET NOT NULL;