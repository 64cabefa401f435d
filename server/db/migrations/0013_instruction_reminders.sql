CREATE TABLE "instruction_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instruction_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"unit_part_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"threshold" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instruction_reminders" ADD CONSTRAINT "instruction_reminders_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruction_reminders" ADD CONSTRAINT "instruction_reminders_unit_part_id_instruction_units_id_fk" FOREIGN KEY ("unit_part_id") REFERENCES "public"."instruction_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instruction_reminders_uq" ON "instruction_reminders" USING btree ("unit_part_id","due_on","threshold");