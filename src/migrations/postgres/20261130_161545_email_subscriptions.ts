import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_content_types" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  CREATE TYPE "public"."enum_subscribers_language" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('immediately', 'daily', 'weekly');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'active', 'unsubscribed', 'bounced', 'complained');
  CREATE TYPE "public"."enum_subscribers_consent_source" AS ENUM('form', 'api', 'import', 'admin');
  CREATE TYPE "public"."enum_mailings_kind" AS ENUM('release', 'correction', 'withdrawal', 'digest');
  CREATE TYPE "public"."enum_mailings_audience" AS ENUM('all', 'accredited', 'notAccredited', 'previousRecipients', 'digest');
  CREATE TYPE "public"."enum_mailings_frequency" AS ENUM('daily', 'weekly');
  CREATE TYPE "public"."enum_mailings_status" AS ENUM('fanningOut', 'sending', 'done');
  CREATE TYPE "public"."enum_email_deliveries_language" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_email_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed', 'canceled');
  CREATE TYPE "public"."enum_suppressions_reason" AS ENUM('bounced', 'complained', 'unsubscribed', 'manual', 'erased');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'subscriberErased';
  CREATE TABLE "subscribers_content_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscribers_content_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"outlet" varchar,
  	"country" varchar,
  	"language" "enum_subscribers_language" DEFAULT 'vi' NOT NULL,
  	"frequency" "enum_subscribers_frequency" DEFAULT 'immediately' NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"status_reason" varchar,
  	"accredited" boolean DEFAULT false,
  	"consent_at" timestamp(3) with time zone,
  	"consent_ip" varchar,
  	"consent_text_version" varchar,
  	"consent_source" "enum_subscribers_consent_source",
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"last_digest_at" timestamp(3) with time zone,
  	"token_version" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "mailings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_mailings_kind" NOT NULL,
  	"audience" "enum_mailings_audience" NOT NULL,
  	"seq" numeric,
  	"item_collection" varchar,
  	"item_id" varchar,
  	"version" numeric,
  	"embargo_until" timestamp(3) with time zone,
  	"note" varchar,
  	"frequency" "enum_mailings_frequency",
  	"period_end" timestamp(3) with time zone,
  	"status" "enum_mailings_status" DEFAULT 'fanningOut' NOT NULL,
  	"fanout_cursor" varchar,
  	"recipients" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"mailing_id" integer NOT NULL,
  	"subscriber_id" integer,
  	"email" varchar NOT NULL,
  	"language" "enum_email_deliveries_language" NOT NULL,
  	"accredited" boolean DEFAULT false,
  	"status" "enum_email_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"lease_owner" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"message_id" varchar NOT NULL,
  	"items" jsonb,
  	"smtp_code" numeric,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "suppressions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email_hash" varchar NOT NULL,
  	"email" varchar,
  	"reason" "enum_suppressions_reason" NOT NULL,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suppressions_id" integer;
  ALTER TABLE "subscribers_content_types" ADD CONSTRAINT "subscribers_content_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_mailing_id_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."mailings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscribers_content_types_order_idx" ON "subscribers_content_types" USING btree ("order");
  CREATE INDEX "subscribers_content_types_parent_idx" ON "subscribers_content_types" USING btree ("parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_topics_id_idx" ON "subscribers_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "mailings_key_idx" ON "mailings" USING btree ("key");
  CREATE INDEX "mailings_seq_idx" ON "mailings" USING btree ("seq");
  CREATE INDEX "mailings_item_collection_idx" ON "mailings" USING btree ("item_collection");
  CREATE INDEX "mailings_item_id_idx" ON "mailings" USING btree ("item_id");
  CREATE INDEX "mailings_status_idx" ON "mailings" USING btree ("status");
  CREATE INDEX "mailings_updated_at_idx" ON "mailings" USING btree ("updated_at");
  CREATE INDEX "mailings_created_at_idx" ON "mailings" USING btree ("created_at");
  CREATE INDEX "email_deliveries_mailing_idx" ON "email_deliveries" USING btree ("mailing_id");
  CREATE INDEX "email_deliveries_subscriber_idx" ON "email_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "email_deliveries_email_idx" ON "email_deliveries" USING btree ("email");
  CREATE INDEX "email_deliveries_lease_until_idx" ON "email_deliveries" USING btree ("lease_until");
  CREATE INDEX "email_deliveries_updated_at_idx" ON "email_deliveries" USING btree ("updated_at");
  CREATE INDEX "email_deliveries_created_at_idx" ON "email_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "mailing_subscriber_idx" ON "email_deliveries" USING btree ("mailing_id","subscriber_id");
  CREATE INDEX "status_nextAttemptAt_idx" ON "email_deliveries" USING btree ("status","next_attempt_at");
  CREATE UNIQUE INDEX "suppressions_email_hash_idx" ON "suppressions" USING btree ("email_hash");
  CREATE INDEX "suppressions_updated_at_idx" ON "suppressions" USING btree ("updated_at");
  CREATE INDEX "suppressions_created_at_idx" ON "suppressions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailings_fk" FOREIGN KEY ("mailings_id") REFERENCES "public"."mailings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_deliveries_fk" FOREIGN KEY ("email_deliveries_id") REFERENCES "public"."email_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suppressions_fk" FOREIGN KEY ("suppressions_id") REFERENCES "public"."suppressions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_mailings_id_idx" ON "payload_locked_documents_rels" USING btree ("mailings_id");
  CREATE INDEX "payload_locked_documents_rels_email_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("email_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_suppressions_id_idx" ON "payload_locked_documents_rels" USING btree ("suppressions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers_content_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppressions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscribers_content_types" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "mailings" CASCADE;
  DROP TABLE "email_deliveries" CASCADE;
  DROP TABLE "suppressions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suppressions_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('submit', 'requestChanges', 'approve', 'publish', 'schedule', 'unschedule', 'correct', 'withdraw', 'forcePublish', 'edit', 'scheduledPublish', 'embargoLifted');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_mailings_id_idx";
  DROP INDEX "payload_locked_documents_rels_email_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_suppressions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suppressions_id";
  DROP TYPE "public"."enum_subscribers_content_types";
  DROP TYPE "public"."enum_subscribers_language";
  DROP TYPE "public"."enum_subscribers_frequency";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_consent_source";
  DROP TYPE "public"."enum_mailings_kind";
  DROP TYPE "public"."enum_mailings_audience";
  DROP TYPE "public"."enum_mailings_frequency";
  DROP TYPE "public"."enum_mailings_status";
  DROP TYPE "public"."enum_email_deliveries_language";
  DROP TYPE "public"."enum_email_deliveries_status";
  DROP TYPE "public"."enum_suppressions_reason";`)
}
