DROP INDEX "proposals_search_idx";--> statement-breakpoint
CREATE INDEX "proposals_search_idx" ON "proposals" USING gin ("search_vector",(array["id" >> 14]));