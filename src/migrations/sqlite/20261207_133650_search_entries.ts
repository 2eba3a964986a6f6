import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`search_title\` text NOT NULL,
  	\`search_text\` text,
  	\`topics\` text,
  	\`released_at\` text NOT NULL,
  	\`embargo_until\` text,
  	\`audience\` text NOT NULL,
  	\`withdrawn\` integer DEFAULT false NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_entries_key_idx\` ON \`search_entries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_doc_id_idx\` ON \`search_entries\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_language_idx\` ON \`search_entries\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_released_at_idx\` ON \`search_entries\` (\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_updated_at_idx\` ON \`search_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_created_at_idx\` ON \`search_entries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_entries_id\` integer REFERENCES search_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  // The search index's FTS5 tables (one per language) and the triggers that keep them in step with
  // search_entries (written by hand: drizzle cannot describe virtual tables; as src/search/sqlite.ts).
  for (const [language, tokenizer] of [['vi', 'unicode61 remove_diacritics 2'], ['en', 'unicode61 remove_diacritics 2'], ['lo', 'trigram']]) {
    await db.run(sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS search_entries_fts_${language} USING fts5(search_title, search_text, content='', contentless_delete=1, tokenize='${tokenizer}')`))
  }
  const insertNew = ['vi', 'en', 'lo'].map((l) => `INSERT INTO search_entries_fts_${l}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language = '${l}';`).join('\n')
  const deleteOld = ['vi', 'en', 'lo'].map((l) => `DELETE FROM search_entries_fts_${l} WHERE rowid = old.id;`).join('\n')
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_fts_ai AFTER INSERT ON search_entries BEGIN\n${insertNew}\nEND`))
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_fts_ad AFTER DELETE ON search_entries BEGIN\n${deleteOld}\nEND`))
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_fts_au AFTER UPDATE OF search_title, search_text, language ON search_entries BEGIN\n${deleteOld}\n${insertNew}\nEND`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const language of ['vi', 'en', 'lo']) await db.run(sql.raw(`DROP TABLE IF EXISTS search_entries_fts_${language}`))
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`partners_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`release_numbers_id\` integer,
  	\`review_notes_id\` integer,
  	\`audit_log_id\` integer,
  	\`content_events_id\` integer,
  	\`api_clients_id\` integer,
  	\`api_usage_id\` integer,
  	\`api_fetches_id\` integer,
  	\`webhook_endpoints_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`subscribers_id\` integer,
  	\`mailings_id\` integer,
  	\`email_deliveries_id\` integer,
  	\`suppressions_id\` integer,
  	\`email_start_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`release_numbers_id\`) REFERENCES \`release_numbers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_notes_id\`) REFERENCES \`review_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_events_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_usage_id\`) REFERENCES \`api_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_fetches_id\`) REFERENCES \`api_fetches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailings_id\`) REFERENCES \`mailings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_deliveries_id\`) REFERENCES \`email_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppressions_id\`) REFERENCES \`suppressions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_start_id\`) REFERENCES \`email_start\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id", "review_notes_id", "audit_log_id", "content_events_id", "api_clients_id", "api_usage_id", "api_fetches_id", "webhook_endpoints_id", "webhook_deliveries_id", "subscribers_id", "mailings_id", "email_deliveries_id", "suppressions_id", "email_start_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id", "review_notes_id", "audit_log_id", "content_events_id", "api_clients_id", "api_usage_id", "api_fetches_id", "webhook_endpoints_id", "webhook_deliveries_id", "subscribers_id", "mailings_id", "email_deliveries_id", "suppressions_id", "email_start_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_media_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_release_numbers_id_idx\` ON \`payload_locked_documents_rels\` (\`release_numbers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`review_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_events_id_idx\` ON \`payload_locked_documents_rels\` (\`content_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`api_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_fetches_id_idx\` ON \`payload_locked_documents_rels\` (\`api_fetches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailings_id_idx\` ON \`payload_locked_documents_rels\` (\`mailings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`email_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_start_id_idx\` ON \`payload_locked_documents_rels\` (\`email_start_id\`);`)
}
