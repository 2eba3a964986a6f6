import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "released_items" ADD COLUMN "slug" varchar;
  ALTER TABLE "released_items" ADD COLUMN "list_key" varchar;
  ALTER TABLE "released_items" ADD COLUMN "item_date" timestamp(3) with time zone;
  CREATE INDEX "slug_itemCollection_idx" ON "released_items" USING btree ("slug","item_collection");
  CREATE INDEX "listKey_firstReleasedAt_idSort_withdrawn_audience_embarg_idx" ON "released_items" USING btree ("list_key","first_released_at","id_sort","withdrawn","audience","embargo_until");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "slug_itemCollection_idx";
  DROP INDEX "listKey_firstReleasedAt_idSort_withdrawn_audience_embarg_idx";
  ALTER TABLE "released_items" DROP COLUMN "slug";
  ALTER TABLE "released_items" DROP COLUMN "list_key";
  ALTER TABLE "released_items" DROP COLUMN "item_date";`)
}
