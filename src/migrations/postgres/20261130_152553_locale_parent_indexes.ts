import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "press_releases_press_contacts_locales_parent_id_idx" ON "press_releases_press_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "press_releases_locales_parent_id_idx" ON "press_releases_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_version_press_contacts_locales_parent_id_idx" ON "_press_releases_v_version_press_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_locales_parent_id_idx" ON "_press_releases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "publications_locales_parent_id_idx" ON "publications_locales" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_locales_parent_id_idx" ON "_publications_v_locales" USING btree ("_parent_id");
  CREATE INDEX "training_materials_locales_parent_id_idx" ON "training_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "_training_materials_v_locales_parent_id_idx" ON "_training_materials_v_locales" USING btree ("_parent_id");
  CREATE INDEX "partner_media_locales_parent_id_idx" ON "partner_media_locales" USING btree ("_parent_id");
  CREATE INDEX "_partner_media_v_locales_parent_id_idx" ON "_partner_media_v_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_contacts_locales_parent_id_idx" ON "partners_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_locales_parent_id_idx" ON "partners_locales" USING btree ("_parent_id");
  CREATE INDEX "_partners_v_version_contacts_locales_parent_id_idx" ON "_partners_v_version_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "_partners_v_locales_parent_id_idx" ON "_partners_v_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_locales_parent_id_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_locales_parent_id_idx" ON "site_settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_press_contacts_locales_parent_id_idx";
  DROP INDEX "press_releases_locales_parent_id_idx";
  DROP INDEX "_press_releases_v_version_press_contacts_locales_parent_id_idx";
  DROP INDEX "_press_releases_v_locales_parent_id_idx";
  DROP INDEX "publications_locales_parent_id_idx";
  DROP INDEX "_publications_v_locales_parent_id_idx";
  DROP INDEX "training_materials_locales_parent_id_idx";
  DROP INDEX "_training_materials_v_locales_parent_id_idx";
  DROP INDEX "partner_media_locales_parent_id_idx";
  DROP INDEX "_partner_media_v_locales_parent_id_idx";
  DROP INDEX "partners_contacts_locales_parent_id_idx";
  DROP INDEX "partners_locales_parent_id_idx";
  DROP INDEX "_partners_v_version_contacts_locales_parent_id_idx";
  DROP INDEX "_partners_v_locales_parent_id_idx";
  DROP INDEX "topics_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "site_settings_locales_parent_id_idx";`)
}
