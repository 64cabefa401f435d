CREATE TABLE "cockpit_cache" (
	"section" text NOT NULL,
	"committee_id" integer NOT NULL,
	"year" integer NOT NULL,
	"snapshot" text NOT NULL,
	"data" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_cache_section_committee_id_year_pk" PRIMARY KEY("section","committee_id","year")
);
--> statement-breakpoint
-- Without a default first: a volatile default would rewrite the whole event log; older rows stay null.
ALTER TABLE "events" ADD COLUMN "tx" "xid8";--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "tx" SET DEFAULT pg_current_xact_id();--> statement-breakpoint
ALTER TABLE "cockpit_cache" ADD CONSTRAINT "cockpit_cache_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_committee_tx_idx" ON "events" USING btree ("committee_id","tx");