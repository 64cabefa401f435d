DROP INDEX "committees_path_idx";--> statement-breakpoint
CREATE INDEX "proposals_committee_newest_idx" ON "proposals" USING btree ("committee_id","id","status","submitted_at","submitter_kind");--> statement-breakpoint
CREATE INDEX "committees_path_idx" ON "committees" USING btree ("path" text_pattern_ops);