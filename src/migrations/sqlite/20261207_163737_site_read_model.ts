import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`released_items\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`released_items\` ADD \`list_key\` text;`)
  await db.run(sql`ALTER TABLE \`released_items\` ADD \`item_date\` text;`)
  await db.run(sql`CREATE INDEX \`slug_itemCollection_idx\` ON \`released_items\` (\`slug\`,\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`listKey_firstReleasedAt_idSort_withdrawn_audience_embarg_idx\` ON \`released_items\` (\`list_key\`,\`first_released_at\`,\`id_sort\`,\`withdrawn\`,\`audience\`,\`embargo_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`slug_itemCollection_idx\`;`)
  await db.run(sql`DROP INDEX \`listKey_firstReleasedAt_idSort_withdrawn_audience_embarg_idx\`;`)
  await db.run(sql`ALTER TABLE \`released_items\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`released_items\` DROP COLUMN \`list_key\`;`)
  await db.run(sql`ALTER TABLE \`released_items\` DROP COLUMN \`item_date\`;`)
}
