import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`released_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`released_at\` text NOT NULL,
  	\`collection_index\` numeric NOT NULL,
  	\`id_sort\` text NOT NULL,
  	\`locale_index\` numeric NOT NULL,
  	\`first_released_at\` text,
  	\`version\` numeric NOT NULL,
  	\`embargo_until\` text,
  	\`audience\` text NOT NULL,
  	\`withdrawn\` integer DEFAULT false NOT NULL,
  	\`own_headline\` integer DEFAULT true NOT NULL,
  	\`partner_id\` integer,
  	\`organization\` text,
  	\`ninjs\` text NOT NULL,
  	\`page\` text NOT NULL,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`released_items_key_idx\` ON \`released_items\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`released_items_partner_idx\` ON \`released_items\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`released_items_updated_at_idx\` ON \`released_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`released_items_created_at_idx\` ON \`released_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`releasedAt_collectionIndex_idSort_localeIndex_idx\` ON \`released_items\` (\`released_at\`,\`collection_index\`,\`id_sort\`,\`locale_index\`);`)
  await db.run(sql`CREATE INDEX \`itemId_itemCollection_idx\` ON \`released_items\` (\`item_id\`,\`item_collection\`);`)
  await db.run(sql`CREATE TABLE \`released_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`released_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`released_items_rels_order_idx\` ON \`released_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`released_items_rels_parent_idx\` ON \`released_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`released_items_rels_path_idx\` ON \`released_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`released_items_rels_topics_id_idx\` ON \`released_items_rels\` (\`topics_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`released_items\`;`)
  await db.run(sql`DROP TABLE \`released_items_rels\`;`)
}
