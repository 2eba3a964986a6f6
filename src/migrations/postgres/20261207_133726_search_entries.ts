import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // pg_trgm serves the search index's Lao trigram indexes below (trusted since PostgreSQL 13: a database owner may create it).
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_entries_type" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  CREATE TYPE "public"."enum_search_entries_language" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_search_entries_audience" AS ENUM('public', 'staff');
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_search_entries_type" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"language" "enum_search_entries_language" NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar,
  	"search_title" varchar NOT NULL,
  	"search_text" varchar,
  	"topics" jsonb,
  	"released_at" timestamp(3) with time zone NOT NULL,
  	"embargo_until" timestamp(3) with time zone,
  	"audience" "enum_search_entries_audience" NOT NULL,
  	"withdrawn" boolean DEFAULT false NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"search_vector" "tsvector" GENERATED ALWAYS AS (CASE WHEN language = 'lo' THEN NULL ELSE setweight(to_tsvector('simple'::regconfig, coalesce(search_title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(search_text, '')), 'B') END) STORED
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
  CREATE UNIQUE INDEX "search_entries_key_idx" ON "search_entries" USING btree ("key");
  CREATE INDEX "search_entries_doc_id_idx" ON "search_entries" USING btree ("doc_id");
  CREATE INDEX "search_entries_language_idx" ON "search_entries" USING btree ("language");
  CREATE INDEX "search_entries_released_at_idx" ON "search_entries" USING btree ("released_at");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
  CREATE INDEX "search_entries_search_vector_idx" ON "search_entries" USING gin ("search_vector");
  CREATE INDEX "search_entries_lo_title_trgm_idx" ON "search_entries" USING gin ("search_title" gin_trgm_ops) WHERE "search_entries"."language" = 'lo';
  CREATE INDEX "search_entries_lo_text_trgm_idx" ON "search_entries" USING gin ("search_text" gin_trgm_ops) WHERE "search_entries"."language" = 'lo';
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";
  DROP TYPE "public"."enum_search_entries_type";
  DROP TYPE "public"."enum_search_entries_language";
  DROP TYPE "public"."enum_search_entries_audience";`)
}
