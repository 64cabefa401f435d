CREATE TABLE "custom_sql_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"files_digest" text NOT NULL,
	"catalog_digest" text NOT NULL
);
