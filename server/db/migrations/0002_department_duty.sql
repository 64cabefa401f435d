ALTER TABLE "departments" ADD COLUMN "duty" text;--> statement-breakpoint
-- Departments that existed before duties: the 提案委/提案科 ones keep working on proposals, 办公室 is general.
UPDATE "departments" SET "duty" = '提案工作' WHERE "name" LIKE '%提案%';--> statement-breakpoint
UPDATE "departments" SET "duty" = '综合' WHERE "name" = '办公室';
