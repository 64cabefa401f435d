CREATE TABLE "search_index_state" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"next_id" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handling_units" ADD COLUMN "duties" text;