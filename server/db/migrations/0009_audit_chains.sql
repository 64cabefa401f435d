CREATE TABLE "audit_heads" (
	"chain" integer PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"last_mac" text NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain" integer;