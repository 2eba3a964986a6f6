import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_lo_title_trgm_idx";
  DROP INDEX "search_entries_lo_text_trgm_idx";
  ALTER TABLE "search_entries" ADD COLUMN "search_lao" text GENERATED ALWAYS AS (CASE WHEN language = 'lo' THEN coalesce(search_title, '') || ' ' || coalesce(search_text, '') ELSE NULL END) STORED;
  CREATE INDEX "search_entries_lo_trgm_idx" ON "search_entries" USING gin ("search_lao" gin_trgm_ops) WHERE "search_entries"."language" = 'lo';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_lo_trgm_idx";
  CREATE INDEX "search_entries_lo_title_trgm_idx" ON "search_entries" USING gin ("search_title" gin_trgm_ops) WHERE "search_entries"."language" = 'lo';
  CREATE INDEX "search_entries_lo_text_trgm_idx" ON "search_entries" USING gin ("search_text" gin_trgm_ops) WHERE "search_entries"."language" = 'lo';
  ALTER TABLE "search_entries" DROP COLUMN "search_lao";`)
}
