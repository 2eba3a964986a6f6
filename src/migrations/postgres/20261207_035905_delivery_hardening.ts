import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_mailings_status" ADD VALUE 'skipped';
  CREATE TABLE "email_start" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"after_seq" numeric NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "webhook_endpoints" ADD COLUMN "lease_owner" varchar;
  ALTER TABLE "webhook_endpoints" ADD COLUMN "lease_until" timestamp(3) with time zone;
  ALTER TABLE "mailings" ADD COLUMN "skip_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_start_id" integer;
  CREATE UNIQUE INDEX "email_start_key_idx" ON "email_start" USING btree ("key");
  CREATE INDEX "email_start_updated_at_idx" ON "email_start" USING btree ("updated_at");
  CREATE INDEX "email_start_created_at_idx" ON "email_start" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_start_fk" FOREIGN KEY ("email_start_id") REFERENCES "public"."email_start"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_start_id_idx" ON "payload_locked_documents_rels" USING btree ("email_start_id");
  ALTER TABLE "site_settings" DROP COLUMN "email_sender_address";
  ALTER TABLE "site_settings_locales" DROP COLUMN "email_sender_name";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_start" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_start" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_start_fk";
  
  ALTER TABLE "mailings" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "mailings" ALTER COLUMN "status" SET DEFAULT 'fanningOut'::text;
  DROP TYPE "public"."enum_mailings_status";
  CREATE TYPE "public"."enum_mailings_status" AS ENUM('fanningOut', 'sending', 'done');
  ALTER TABLE "mailings" ALTER COLUMN "status" SET DEFAULT 'fanningOut'::"public"."enum_mailings_status";
  ALTER TABLE "mailings" ALTER COLUMN "status" SET DATA TYPE "public"."enum_mailings_status" USING "status"::"public"."enum_mailings_status";
  DROP INDEX "payload_locked_documents_rels_email_start_id_idx";
  ALTER TABLE "site_settings" ADD COLUMN "email_sender_address" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "email_sender_name" varchar;
  ALTER TABLE "webhook_endpoints" DROP COLUMN "lease_owner";
  ALTER TABLE "webhook_endpoints" DROP COLUMN "lease_until";
  ALTER TABLE "mailings" DROP COLUMN "skip_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_start_id";`)
}
