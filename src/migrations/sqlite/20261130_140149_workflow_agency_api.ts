import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_releases_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_ready_locales_order_idx\` ON \`press_releases_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_ready_locales_parent_idx\` ON \`press_releases_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_published_locales_order_idx\` ON \`press_releases_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_locales_parent_idx\` ON \`press_releases_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_ready_locales_order_idx\` ON \`_press_releases_v_version_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_ready_locales_parent_idx\` ON \`_press_releases_v_version_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_published_locales_order_idx\` ON \`_press_releases_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_published_locales_parent_idx\` ON \`_press_releases_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_ready_locales_order_idx\` ON \`publications_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_ready_locales_parent_idx\` ON \`publications_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_published_locales_order_idx\` ON \`publications_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_published_locales_parent_idx\` ON \`publications_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_ready_locales_order_idx\` ON \`_publications_v_version_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_ready_locales_parent_idx\` ON \`_publications_v_version_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_published_locales_order_idx\` ON \`_publications_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_published_locales_parent_idx\` ON \`_publications_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_materials_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_materials_ready_locales_order_idx\` ON \`training_materials_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_ready_locales_parent_idx\` ON \`training_materials_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_materials_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_materials_published_locales_order_idx\` ON \`training_materials_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_published_locales_parent_idx\` ON \`training_materials_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_materials_v_version_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_ready_locales_order_idx\` ON \`_training_materials_v_version_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_ready_locales_parent_idx\` ON \`_training_materials_v_version_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_materials_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_published_locales_order_idx\` ON \`_training_materials_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_published_locales_parent_idx\` ON \`_training_materials_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_media_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_media_ready_locales_order_idx\` ON \`partner_media_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_ready_locales_parent_idx\` ON \`partner_media_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_media_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_media_published_locales_order_idx\` ON \`partner_media_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_published_locales_parent_idx\` ON \`partner_media_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partner_media_v_version_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partner_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_ready_locales_order_idx\` ON \`_partner_media_v_version_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_ready_locales_parent_idx\` ON \`_partner_media_v_version_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partner_media_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partner_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_published_locales_order_idx\` ON \`_partner_media_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_published_locales_parent_idx\` ON \`_partner_media_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`action\` text,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_notes_item_collection_idx\` ON \`review_notes\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_notes_item_id_idx\` ON \`review_notes\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`review_notes_author_idx\` ON \`review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_notes_updated_at_idx\` ON \`review_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_notes_created_at_idx\` ON \`review_notes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`summary\` text,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`note\` text,
  	\`locales\` text,
  	\`changed_fields\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_event_idx\` ON \`audit_log\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_item_collection_idx\` ON \`audit_log\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_item_id_idx\` ON \`audit_log\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`type\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`locales\` text NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`embargo_until\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_events_key_idx\` ON \`content_events\` (\`key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`content_events_seq_idx\` ON \`content_events\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`content_events_type_idx\` ON \`content_events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`content_events_item_collection_idx\` ON \`content_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`content_events_item_id_idx\` ON \`content_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`content_events_updated_at_idx\` ON \`content_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_events_created_at_idx\` ON \`content_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_clients_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_types_order_idx\` ON \`api_clients_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_types_parent_idx\` ON \`api_clients_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`api_clients_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_languages_order_idx\` ON \`api_clients_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_languages_parent_idx\` ON \`api_clients_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`api_clients\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`partner_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`embargo_privilege\` integer DEFAULT false,
  	\`rate_limit_per_minute\` numeric DEFAULT 120 NOT NULL,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`previous_key_hash\` text,
  	\`previous_key_expires_at\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_partner_idx\` ON \`api_clients\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_key_hash_idx\` ON \`api_clients\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_previous_key_hash_idx\` ON \`api_clients\` (\`previous_key_hash\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_usage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`client_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`requests\` numeric DEFAULT 0 NOT NULL,
  	\`items\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`api_usage_key_idx\` ON \`api_usage\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`api_usage_client_idx\` ON \`api_usage\` (\`client_id\`);`)
  await db.run(sql`CREATE INDEX \`api_usage_day_idx\` ON \`api_usage\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`api_usage_updated_at_idx\` ON \`api_usage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_usage_created_at_idx\` ON \`api_usage\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_fetches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`client_id\` integer NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`locale\` text,
  	\`version\` numeric,
  	\`fetched_at\` text NOT NULL,
  	\`last_fetched_at\` text,
  	\`count\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`api_fetches_client_idx\` ON \`api_fetches\` (\`client_id\`);`)
  await db.run(sql`CREATE INDEX \`api_fetches_item_collection_idx\` ON \`api_fetches\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`api_fetches_item_id_idx\` ON \`api_fetches\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`api_fetches_fetched_at_idx\` ON \`api_fetches\` (\`fetched_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_events_order_idx\` ON \`webhook_endpoints_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_events_parent_idx\` ON \`webhook_endpoints_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`client_id\` integer NOT NULL,
  	\`url\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`secret_encrypted\` text,
  	\`last_seq\` numeric DEFAULT 0,
  	\`failures\` numeric DEFAULT 0,
  	\`failing_since\` text,
  	\`next_attempt_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_client_idx\` ON \`webhook_endpoints\` (\`client_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_updated_at_idx\` ON \`webhook_endpoints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_created_at_idx\` ON \`webhook_endpoints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`endpoint_id\` integer NOT NULL,
  	\`delivery_id\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`event_type\` text NOT NULL,
  	\`item_collection\` text,
  	\`item_id\` text,
  	\`attempt\` numeric NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`response_status\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`endpoint_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_endpoint_idx\` ON \`webhook_deliveries\` (\`endpoint_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_delivery_id_idx\` ON \`webhook_deliveries\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_seq_idx\` ON \`webhook_deliveries\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`press_releases_state_idx\` ON \`press_releases\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_owner_idx\` ON \`press_releases\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_submitted_by_idx\` ON \`press_releases\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_approved_by_idx\` ON \`press_releases\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_by_idx\` ON \`press_releases\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_state_idx\` ON \`_press_releases_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_owner_idx\` ON \`_press_releases_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_submitted_by_idx\` ON \`_press_releases_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_approved_by_idx\` ON \`_press_releases_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_by_idx\` ON \`_press_releases_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`publications_state_idx\` ON \`publications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`publications_owner_idx\` ON \`publications\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_submitted_by_idx\` ON \`publications\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_approved_by_idx\` ON \`publications\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_published_at_idx\` ON \`publications\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_published_by_idx\` ON \`publications\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_state_idx\` ON \`_publications_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_owner_idx\` ON \`_publications_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_submitted_by_idx\` ON \`_publications_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_approved_by_idx\` ON \`_publications_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_published_at_idx\` ON \`_publications_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_published_by_idx\` ON \`_publications_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`training_materials\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`training_materials_state_idx\` ON \`training_materials\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_owner_idx\` ON \`training_materials\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_submitted_by_idx\` ON \`training_materials\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_approved_by_idx\` ON \`training_materials\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_published_at_idx\` ON \`training_materials\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_published_by_idx\` ON \`training_materials\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_training_materials_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_state_idx\` ON \`_training_materials_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_owner_idx\` ON \`_training_materials_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_submitted_by_idx\` ON \`_training_materials_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_approved_by_idx\` ON \`_training_materials_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_published_at_idx\` ON \`_training_materials_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_published_by_idx\` ON \`_training_materials_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`partner_media\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`partner_media_state_idx\` ON \`partner_media\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_owner_idx\` ON \`partner_media\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_submitted_by_idx\` ON \`partner_media\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_approved_by_idx\` ON \`partner_media\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_published_at_idx\` ON \`partner_media\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_published_by_idx\` ON \`partner_media\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_schedule_job\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_published_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_force_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_force_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_partner_media_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_state_idx\` ON \`_partner_media_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_owner_idx\` ON \`_partner_media_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_submitted_by_idx\` ON \`_partner_media_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_approved_by_idx\` ON \`_partner_media_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_published_at_idx\` ON \`_partner_media_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_published_by_idx\` ON \`_partner_media_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`released_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_released_at_idx\` ON \`media\` (\`released_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_notes_id\` integer REFERENCES review_notes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_events_id\` integer REFERENCES content_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_clients_id\` integer REFERENCES api_clients(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_usage_id\` integer REFERENCES api_usage(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_fetches_id\` integer REFERENCES api_fetches(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_endpoints_id\` integer REFERENCES webhook_endpoints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` integer REFERENCES webhook_deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`review_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_events_id_idx\` ON \`payload_locked_documents_rels\` (\`content_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`api_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_fetches_id_idx\` ON \`payload_locked_documents_rels\` (\`api_fetches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  // Data: content published before the workflow existed stays published (every language, version 1),
  // and media, which were all public before, stay public until the workflow next recomputes them.
  await db.run(sql.raw(`UPDATE "press_releases" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`UPDATE "_press_releases_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.run(sql.raw(`UPDATE "publications" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "publications" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`UPDATE "_publications_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.run(sql.raw(`UPDATE "training_materials" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`UPDATE "_training_materials_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.run(sql.raw(`UPDATE "partner_media" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.run(sql.raw(`UPDATE "_partner_media_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.run(sql.raw(`UPDATE "media" SET "released_at" = "created_at"`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_releases_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`press_releases_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`publications_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`publications_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`training_materials_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`training_materials_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_materials_v_version_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_materials_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`partner_media_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`partner_media_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_partner_media_v_version_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`_partner_media_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`review_notes\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`content_events\`;`)
  await db.run(sql`DROP TABLE \`api_clients_types\`;`)
  await db.run(sql`DROP TABLE \`api_clients_languages\`;`)
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`DROP TABLE \`api_usage\`;`)
  await db.run(sql`DROP TABLE \`api_fetches\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`embargo_until\` text,
  	\`release_number\` text,
  	\`release_year\` numeric,
  	\`release_sequence\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases\`("id", "embargo_until", "release_number", "release_year", "release_sequence", "updated_at", "created_at", "_status") SELECT "id", "embargo_until", "release_number", "release_year", "release_sequence", "updated_at", "created_at", "_status" FROM \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_release_number_idx\` ON \`press_releases\` (\`release_number\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_release_year_idx\` ON \`press_releases\` (\`release_year\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_embargo_until\` text,
  	\`version_release_number\` text,
  	\`version_release_year\` numeric,
  	\`version_release_sequence\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_embargo_until", "version_release_number", "version_release_year", "version_release_sequence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_embargo_until", "version_release_number", "version_release_year", "version_release_sequence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_release_number_idx\` ON \`_press_releases_v\` (\`version_release_number\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_release_year_idx\` ON \`_press_releases_v\` (\`version_release_year\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`cover_id\` integer,
  	\`isbn\` text,
  	\`publication_number\` text,
  	\`year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "kind", "cover_id", "isbn", "publication_number", "year", "updated_at", "created_at", "_status") SELECT "id", "kind", "cover_id", "isbn", "publication_number", "year", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_cover_id\` integer,
  	\`version_isbn\` text,
  	\`version_publication_number\` text,
  	\`version_year\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_kind", "version_cover_id", "version_isbn", "version_publication_number", "version_year", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_cover_id", "version_isbn", "version_publication_number", "version_year", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_training_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`visibility\` text DEFAULT 'staff',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_training_materials\`("id", "date", "visibility", "updated_at", "created_at", "_status") SELECT "id", "date", "visibility", "updated_at", "created_at", "_status" FROM \`training_materials\`;`)
  await db.run(sql`DROP TABLE \`training_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_training_materials\` RENAME TO \`training_materials\`;`)
  await db.run(sql`CREATE INDEX \`training_materials_updated_at_idx\` ON \`training_materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_materials_created_at_idx\` ON \`training_materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`training_materials__status_idx\` ON \`training_materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__training_materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_visibility\` text DEFAULT 'staff',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__training_materials_v\`("id", "parent_id", "version_date", "version_visibility", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_date", "version_visibility", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_training_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_training_materials_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__training_materials_v\` RENAME TO \`_training_materials_v\`;`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_parent_idx\` ON \`_training_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_updated_at_idx\` ON \`_training_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version_created_at_idx\` ON \`_training_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_version_version__status_idx\` ON \`_training_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_created_at_idx\` ON \`_training_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_updated_at_idx\` ON \`_training_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_snapshot_idx\` ON \`_training_materials_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_published_locale_idx\` ON \`_training_materials_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_training_materials_v_latest_idx\` ON \`_training_materials_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_partner_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`partner_id\` integer,
  	\`kind\` text,
  	\`original_url\` text,
  	\`date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partner_media\`("id", "partner_id", "kind", "original_url", "date", "updated_at", "created_at", "_status") SELECT "id", "partner_id", "kind", "original_url", "date", "updated_at", "created_at", "_status" FROM \`partner_media\`;`)
  await db.run(sql`DROP TABLE \`partner_media\`;`)
  await db.run(sql`ALTER TABLE \`__new_partner_media\` RENAME TO \`partner_media\`;`)
  await db.run(sql`CREATE INDEX \`partner_media_partner_idx\` ON \`partner_media\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_updated_at_idx\` ON \`partner_media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_media_created_at_idx\` ON \`partner_media\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_media__status_idx\` ON \`partner_media\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__partner_media_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_partner_id\` integer,
  	\`version_kind\` text,
  	\`version_original_url\` text,
  	\`version_date\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__partner_media_v\`("id", "parent_id", "version_partner_id", "version_kind", "version_original_url", "version_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_partner_id", "version_kind", "version_original_url", "version_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_partner_media_v\`;`)
  await db.run(sql`DROP TABLE \`_partner_media_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__partner_media_v\` RENAME TO \`_partner_media_v\`;`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_parent_idx\` ON \`_partner_media_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_partner_idx\` ON \`_partner_media_v\` (\`version_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_updated_at_idx\` ON \`_partner_media_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version_created_at_idx\` ON \`_partner_media_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_version_version__status_idx\` ON \`_partner_media_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_created_at_idx\` ON \`_partner_media_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_updated_at_idx\` ON \`_partner_media_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_snapshot_idx\` ON \`_partner_media_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_published_locale_idx\` ON \`_partner_media_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partner_media_v_latest_idx\` ON \`_partner_media_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`release_numbers_id\`) REFERENCES \`release_numbers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`media_released_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`released_at\`;`)
}
