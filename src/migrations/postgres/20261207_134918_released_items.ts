import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_released_items_item_collection" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  CREATE TYPE "public"."enum_released_items_language" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_released_items_audience" AS ENUM('public', 'staff');
  CREATE TABLE "released_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"item_collection" "enum_released_items_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"language" "enum_released_items_language" NOT NULL,
  	"released_at" timestamp(3) with time zone NOT NULL,
  	"collection_index" numeric NOT NULL,
  	"id_sort" varchar NOT NULL,
  	"locale_index" numeric NOT NULL,
  	"first_released_at" timestamp(3) with time zone,
  	"version" numeric NOT NULL,
  	"embargo_until" timestamp(3) with time zone,
  	"audience" "enum_released_items_audience" NOT NULL,
  	"withdrawn" boolean DEFAULT false NOT NULL,
  	"own_headline" boolean DEFAULT true NOT NULL,
  	"partner_id" integer,
  	"organization" varchar,
  	"ninjs" varchar NOT NULL,
  	"page" jsonb NOT NULL,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "released_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "released_items" ADD CONSTRAINT "released_items_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "released_items_rels" ADD CONSTRAINT "released_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."released_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "released_items_rels" ADD CONSTRAINT "released_items_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "released_items_key_idx" ON "released_items" USING btree ("key");
  CREATE INDEX "released_items_partner_idx" ON "released_items" USING btree ("partner_id");
  CREATE INDEX "released_items_updated_at_idx" ON "released_items" USING btree ("updated_at");
  CREATE INDEX "released_items_created_at_idx" ON "released_items" USING btree ("created_at");
  CREATE INDEX "releasedAt_collectionIndex_idSort_localeIndex_idx" ON "released_items" USING btree ("released_at","collection_index","id_sort","locale_index");
  CREATE INDEX "itemId_itemCollection_idx" ON "released_items" USING btree ("item_id","item_collection");
  CREATE INDEX "released_items_rels_order_idx" ON "released_items_rels" USING btree ("order");
  CREATE INDEX "released_items_rels_parent_idx" ON "released_items_rels" USING btree ("parent_id");
  CREATE INDEX "released_items_rels_path_idx" ON "released_items_rels" USING btree ("path");
  CREATE INDEX "released_items_rels_topics_id_idx" ON "released_items_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "released_items" CASCADE;
  DROP TABLE "released_items_rels" CASCADE;
  DROP TYPE "public"."enum_released_items_item_collection";
  DROP TYPE "public"."enum_released_items_language";
  DROP TYPE "public"."enum_released_items_audience";`)
}
