CREATE TABLE "deliberation_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliberation_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"deliberation_id" integer NOT NULL,
	"name" text NOT NULL,
	"terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ordinal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_likes" (
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_posts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliberation_posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"deliberation_id" integer NOT NULL,
	"parent_id" integer,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_user_id" integer,
	"member_id" integer,
	"author_name" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"sensitive_words" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"group_id" integer,
	"likes" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_visits" (
	"deliberation_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"day" date NOT NULL,
	"visitor" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliberations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"audience" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"compiled_at" timestamp with time zone,
	"created_by" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliberation_groups" ADD CONSTRAINT "deliberation_groups_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_groups" ADD CONSTRAINT "deliberation_groups_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_likes" ADD CONSTRAINT "deliberation_likes_post_id_deliberation_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."deliberation_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_likes" ADD CONSTRAINT "deliberation_likes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_likes" ADD CONSTRAINT "deliberation_likes_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_posts" ADD CONSTRAINT "deliberation_posts_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_posts" ADD CONSTRAINT "deliberation_posts_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_posts" ADD CONSTRAINT "deliberation_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_posts" ADD CONSTRAINT "deliberation_posts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_posts" ADD CONSTRAINT "deliberation_posts_group_id_deliberation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."deliberation_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_visits" ADD CONSTRAINT "deliberation_visits_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_visits" ADD CONSTRAINT "deliberation_visits_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliberation_groups_topic_idx" ON "deliberation_groups" USING btree ("deliberation_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_likes_uq" ON "deliberation_likes" USING btree ("post_id","user_id");--> statement-breakpoint
CREATE INDEX "deliberation_posts_topic_idx" ON "deliberation_posts" USING btree ("deliberation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "deliberation_posts_member_idx" ON "deliberation_posts" USING btree ("committee_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_visits_uq" ON "deliberation_visits" USING btree ("deliberation_id","day","visitor");--> statement-breakpoint
CREATE INDEX "deliberations_committee_idx" ON "deliberations" USING btree ("committee_id","opens_on");