import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`briefings_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefings_ready_locales_order_idx\` ON \`briefings_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefings_ready_locales_parent_idx\` ON \`briefings_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefings_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefings_published_locales_order_idx\` ON \`briefings_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefings_published_locales_parent_idx\` ON \`briefings_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`audience\` text DEFAULT 'restricted',
  	\`state\` text DEFAULT 'draft',
  	\`owner_id\` integer,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`approved_by_id\` integer,
  	\`scheduled_for\` text,
  	\`schedule_job\` text,
  	\`first_published_at\` text,
  	\`published_at\` text,
  	\`published_by_id\` integer,
  	\`published_version\` numeric DEFAULT 0,
  	\`force_published\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`correction_note\` text,
  	\`corrected_at\` text,
  	\`withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`briefings_state_idx\` ON \`briefings\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`briefings_owner_idx\` ON \`briefings\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_submitted_by_idx\` ON \`briefings\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_approved_by_idx\` ON \`briefings\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_published_at_idx\` ON \`briefings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`briefings_published_by_idx\` ON \`briefings\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_updated_at_idx\` ON \`briefings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`briefings_created_at_idx\` ON \`briefings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`briefings__status_idx\` ON \`briefings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`briefings_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefings_slug_idx\` ON \`briefings_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`briefings_locales_locale_parent_id_unique\` ON \`briefings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_locales_parent_id_idx\` ON \`briefings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`briefings_id\` integer,
  	\`clippings_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clippings_id\`) REFERENCES \`clippings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefings_rels_order_idx\` ON \`briefings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_parent_idx\` ON \`briefings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_path_idx\` ON \`briefings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_press_releases_id_idx\` ON \`briefings_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_publications_id_idx\` ON \`briefings_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_training_materials_id_idx\` ON \`briefings_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_partner_media_id_idx\` ON \`briefings_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_briefings_id_idx\` ON \`briefings_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_clippings_id_idx\` ON \`briefings_rels\` (\`clippings_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_topics_id_idx\` ON \`briefings_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`briefings_rels_media_id_idx\` ON \`briefings_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefings_v_version_ready_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_ready_locales_order_idx\` ON \`_briefings_v_version_ready_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_ready_locales_parent_idx\` ON \`_briefings_v_version_ready_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefings_v_version_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_published_locales_order_idx\` ON \`_briefings_v_version_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_published_locales_parent_idx\` ON \`_briefings_v_version_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_audience\` text DEFAULT 'restricted',
  	\`version_state\` text DEFAULT 'draft',
  	\`version_owner_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_schedule_job\` text,
  	\`version_first_published_at\` text,
  	\`version_published_at\` text,
  	\`version_published_by_id\` integer,
  	\`version_published_version\` numeric DEFAULT 0,
  	\`version_force_published\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_correction_note\` text,
  	\`version_corrected_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefings_v_parent_idx\` ON \`_briefings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_state_idx\` ON \`_briefings_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_owner_idx\` ON \`_briefings_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_submitted_by_idx\` ON \`_briefings_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_approved_by_idx\` ON \`_briefings_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_published_at_idx\` ON \`_briefings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_published_by_idx\` ON \`_briefings_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_updated_at_idx\` ON \`_briefings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_created_at_idx\` ON \`_briefings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version__status_idx\` ON \`_briefings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_created_at_idx\` ON \`_briefings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_updated_at_idx\` ON \`_briefings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_snapshot_idx\` ON \`_briefings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_published_locale_idx\` ON \`_briefings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_latest_idx\` ON \`_briefings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_briefings_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefings_v_version_version_slug_idx\` ON \`_briefings_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_briefings_v_locales_locale_parent_id_unique\` ON \`_briefings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_locales_parent_id_idx\` ON \`_briefings_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`briefings_id\` integer,
  	\`clippings_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clippings_id\`) REFERENCES \`clippings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_order_idx\` ON \`_briefings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_parent_idx\` ON \`_briefings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_path_idx\` ON \`_briefings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_press_releases_id_idx\` ON \`_briefings_v_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_publications_id_idx\` ON \`_briefings_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_training_materials_id_idx\` ON \`_briefings_v_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_partner_media_id_idx\` ON \`_briefings_v_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_briefings_id_idx\` ON \`_briefings_v_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_clippings_id_idx\` ON \`_briefings_v_rels\` (\`clippings_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_topics_id_idx\` ON \`_briefings_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefings_v_rels_media_id_idx\` ON \`_briefings_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`partner_id\` integer,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`country\` text DEFAULT 'VN' NOT NULL,
  	\`interval_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`fetch_articles\` integer DEFAULT false,
  	\`health_last_checked_at\` text,
  	\`health_last_success_at\` text,
  	\`health_last_error\` text,
  	\`health_last_error_at\` text,
  	\`health_consecutive_failures\` numeric DEFAULT 0,
  	\`health_next_poll_at\` text,
  	\`health_items_found\` numeric DEFAULT 0,
  	\`health_last_status\` numeric,
  	\`health_etag\` text,
  	\`health_last_modified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`monitoring_sources_url_idx\` ON \`monitoring_sources\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_sources_partner_idx\` ON \`monitoring_sources\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_sources_health_health_next_poll_at_idx\` ON \`monitoring_sources\` (\`health_next_poll_at\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_sources_updated_at_idx\` ON \`monitoring_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_sources_created_at_idx\` ON \`monitoring_sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`clippings_matches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`keyword\` text NOT NULL,
  	\`language\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clippings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clippings_matches_order_idx\` ON \`clippings_matches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clippings_matches_parent_id_idx\` ON \`clippings_matches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clippings_also_at\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`outlet\` text,
  	\`url\` text,
  	\`seen_at\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`monitoring_sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clippings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clippings_also_at_order_idx\` ON \`clippings_also_at\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clippings_also_at_parent_id_idx\` ON \`clippings_also_at\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`clippings_also_at_source_idx\` ON \`clippings_also_at\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`clippings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`country\` text,
  	\`language\` text,
  	\`published_at\` text,
  	\`first_seen_at\` text,
  	\`excerpt\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`tone\` text,
  	\`topic_id\` integer,
  	\`needs_answer\` integer DEFAULT false,
  	\`assignee_id\` integer,
  	\`answer_note\` text,
  	\`answered_at\` text,
  	\`source_id\` integer,
  	\`story_key\` text,
  	\`article_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`monitoring_sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`clippings_url_idx\` ON \`clippings\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`clippings_language_idx\` ON \`clippings\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`clippings_published_at_idx\` ON \`clippings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`clippings_first_seen_at_idx\` ON \`clippings\` (\`first_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`clippings_status_idx\` ON \`clippings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`clippings_tone_idx\` ON \`clippings\` (\`tone\`);`)
  await db.run(sql`CREATE INDEX \`clippings_topic_idx\` ON \`clippings\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`clippings_needs_answer_idx\` ON \`clippings\` (\`needs_answer\`);`)
  await db.run(sql`CREATE INDEX \`clippings_assignee_idx\` ON \`clippings\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`clippings_source_idx\` ON \`clippings\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`clippings_story_key_idx\` ON \`clippings\` (\`story_key\`);`)
  await db.run(sql`CREATE INDEX \`clippings_updated_at_idx\` ON \`clippings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clippings_created_at_idx\` ON \`clippings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`info_points_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_points_languages_order_idx\` ON \`info_points_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`info_points_languages_parent_idx\` ON \`info_points_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_points_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_points_opening_hours_order_idx\` ON \`info_points_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`info_points_opening_hours_parent_id_idx\` ON \`info_points_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_points_blocks_playlist_item\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_item_order_idx\` ON \`info_points_blocks_playlist_item\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_item_parent_id_idx\` ON \`info_points_blocks_playlist_item\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_item_path_idx\` ON \`info_points_blocks_playlist_item\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`info_points_blocks_playlist_slide\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_slide_order_idx\` ON \`info_points_blocks_playlist_slide\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_slide_parent_id_idx\` ON \`info_points_blocks_playlist_slide\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_slide_path_idx\` ON \`info_points_blocks_playlist_slide\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_slide_image_idx\` ON \`info_points_blocks_playlist_slide\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`info_points_blocks_playlist_slide_locales\` (
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`info_points_blocks_playlist_slide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`info_points_blocks_playlist_slide_locales_locale_parent_id_u\` ON \`info_points_blocks_playlist_slide_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_blocks_playlist_slide_locales_parent_id_idx\` ON \`info_points_blocks_playlist_slide_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_points\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`location\` text,
  	\`interval_seconds\` numeric DEFAULT 12 NOT NULL,
  	\`urgent_notice_from\` text,
  	\`urgent_notice_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`info_points_slug_idx\` ON \`info_points\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`info_points_updated_at_idx\` ON \`info_points\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`info_points_created_at_idx\` ON \`info_points\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`info_points_locales\` (
  	\`name\` text NOT NULL,
  	\`urgent_notice_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`info_points_locales_locale_parent_id_unique\` ON \`info_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_locales_parent_id_idx\` ON \`info_points_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_points_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`briefings_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefings_id\`) REFERENCES \`briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_points_rels_order_idx\` ON \`info_points_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_parent_idx\` ON \`info_points_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_path_idx\` ON \`info_points_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_press_releases_id_idx\` ON \`info_points_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_publications_id_idx\` ON \`info_points_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_training_materials_id_idx\` ON \`info_points_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_partner_media_id_idx\` ON \`info_points_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`info_points_rels_briefings_id_idx\` ON \`info_points_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE TABLE \`display_screens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`info_point_id\` integer NOT NULL,
  	\`last_seen_at\` text,
  	\`last_playlist_version\` text,
  	\`last_ip\` text,
  	\`last_user_agent\` text,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`info_point_id\`) REFERENCES \`info_points\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`display_screens_info_point_idx\` ON \`display_screens\` (\`info_point_id\`);`)
  await db.run(sql`CREATE INDEX \`display_screens_key_hash_idx\` ON \`display_screens\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`display_screens_updated_at_idx\` ON \`display_screens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`display_screens_created_at_idx\` ON \`display_screens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_cover_idx\` ON \`exhibitions\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibitions_slug_idx\` ON \`exhibitions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_updated_at_idx\` ON \`exhibitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_created_at_idx\` ON \`exhibitions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions__status_idx\` ON \`exhibitions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibitions_locales_locale_parent_id_unique\` ON \`exhibitions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_locales_parent_id_idx\` ON \`exhibitions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_parent_idx\` ON \`_exhibitions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_cover_idx\` ON \`_exhibitions_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_slug_idx\` ON \`_exhibitions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_updated_at_idx\` ON \`_exhibitions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_created_at_idx\` ON \`_exhibitions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version__status_idx\` ON \`_exhibitions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_created_at_idx\` ON \`_exhibitions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_updated_at_idx\` ON \`_exhibitions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_snapshot_idx\` ON \`_exhibitions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_published_locale_idx\` ON \`_exhibitions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_latest_idx\` ON \`_exhibitions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exhibitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_exhibitions_v_locales_locale_parent_id_unique\` ON \`_exhibitions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_locales_parent_id_idx\` ON \`_exhibitions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`exhibition_id\` integer NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`year\` numeric,
  	\`image_id\` integer NOT NULL,
  	\`zoom_tiles\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`exhibition_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibits_exhibition_idx\` ON \`exhibits\` (\`exhibition_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibits_order_idx\` ON \`exhibits\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exhibits_image_idx\` ON \`exhibits\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibits_slug_idx\` ON \`exhibits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exhibits_updated_at_idx\` ON \`exhibits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibits_created_at_idx\` ON \`exhibits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`exhibits_locales\` (
  	\`caption\` text NOT NULL,
  	\`date_text\` text,
  	\`source\` text,
  	\`provenance\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exhibits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibits_locales_locale_parent_id_unique\` ON \`exhibits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibits_locales_parent_id_idx\` ON \`exhibits_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`keyword\` text NOT NULL,
  	\`language\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`monitoring_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`monitoring_settings_rules_order_idx\` ON \`monitoring_settings_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_settings_rules_parent_id_idx\` ON \`monitoring_settings_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`press_releases_rels\` ADD \`briefings_id\` integer REFERENCES briefings(id);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_briefings_id_idx\` ON \`press_releases_rels\` (\`briefings_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_rels\` ADD \`briefings_id\` integer REFERENCES briefings(id);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_briefings_id_idx\` ON \`_press_releases_v_rels\` (\`briefings_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`briefings_id\` integer REFERENCES briefings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`monitoring_sources_id\` integer REFERENCES monitoring_sources(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`clippings_id\` integer REFERENCES clippings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`info_points_id\` integer REFERENCES info_points(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`display_screens_id\` integer REFERENCES display_screens(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`exhibitions_id\` integer REFERENCES exhibitions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`exhibits_id\` integer REFERENCES exhibits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_briefings_id_idx\` ON \`payload_locked_documents_rels\` (\`briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clippings_id_idx\` ON \`payload_locked_documents_rels\` (\`clippings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_info_points_id_idx\` ON \`payload_locked_documents_rels\` (\`info_points_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_display_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`display_screens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exhibitions_id_idx\` ON \`payload_locked_documents_rels\` (\`exhibitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exhibits_id_idx\` ON \`payload_locked_documents_rels\` (\`exhibits_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`briefings_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`briefings_published_locales\`;`)
  await db.run(sql`DROP TABLE \`briefings\`;`)
  await db.run(sql`DROP TABLE \`briefings_locales\`;`)
  await db.run(sql`DROP TABLE \`briefings_rels\`;`)
  await db.run(sql`DROP TABLE \`_briefings_v_version_ready_locales\`;`)
  await db.run(sql`DROP TABLE \`_briefings_v_version_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_briefings_v\`;`)
  await db.run(sql`DROP TABLE \`_briefings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_briefings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`monitoring_sources\`;`)
  await db.run(sql`DROP TABLE \`clippings_matches\`;`)
  await db.run(sql`DROP TABLE \`clippings_also_at\`;`)
  await db.run(sql`DROP TABLE \`clippings\`;`)
  await db.run(sql`DROP TABLE \`info_points_languages\`;`)
  await db.run(sql`DROP TABLE \`info_points_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`info_points_blocks_playlist_item\`;`)
  await db.run(sql`DROP TABLE \`info_points_blocks_playlist_slide\`;`)
  await db.run(sql`DROP TABLE \`info_points_blocks_playlist_slide_locales\`;`)
  await db.run(sql`DROP TABLE \`info_points\`;`)
  await db.run(sql`DROP TABLE \`info_points_locales\`;`)
  await db.run(sql`DROP TABLE \`info_points_rels\`;`)
  await db.run(sql`DROP TABLE \`display_screens\`;`)
  await db.run(sql`DROP TABLE \`exhibitions\`;`)
  await db.run(sql`DROP TABLE \`exhibitions_locales\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`exhibits\`;`)
  await db.run(sql`DROP TABLE \`exhibits_locales\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings_rules\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases_rels\`("id", "order", "parent_id", "path", "media_id", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "topics_id") SELECT "id", "order", "parent_id", "path", "media_id", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "topics_id" FROM \`press_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_rels\` RENAME TO \`press_releases_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_media_id_idx\` ON \`press_releases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_press_releases_id_idx\` ON \`press_releases_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_publications_id_idx\` ON \`press_releases_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_training_materials_id_idx\` ON \`press_releases_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_partner_media_id_idx\` ON \`press_releases_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_topics_id_idx\` ON \`press_releases_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`press_releases_id\` integer,
  	\`publications_id\` integer,
  	\`training_materials_id\` integer,
  	\`partner_media_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_materials_id\`) REFERENCES \`training_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_media_id\`) REFERENCES \`partner_media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v_rels\`("id", "order", "parent_id", "path", "media_id", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "topics_id") SELECT "id", "order", "parent_id", "path", "media_id", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "topics_id" FROM \`_press_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_rels\` RENAME TO \`_press_releases_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_media_id_idx\` ON \`_press_releases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_press_releases_id_idx\` ON \`_press_releases_v_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_publications_id_idx\` ON \`_press_releases_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_training_materials_id_idx\` ON \`_press_releases_v_rels\` (\`training_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_partner_media_id_idx\` ON \`_press_releases_v_rels\` (\`partner_media_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_topics_id_idx\` ON \`_press_releases_v_rels\` (\`topics_id\`);`)
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
  	\`search_entries_id\` integer,
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
  	FOREIGN KEY (\`email_start_id\`) REFERENCES \`email_start\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id", "review_notes_id", "audit_log_id", "content_events_id", "api_clients_id", "api_usage_id", "api_fetches_id", "webhook_endpoints_id", "webhook_deliveries_id", "subscribers_id", "mailings_id", "email_deliveries_id", "suppressions_id", "email_start_id", "search_entries_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "publications_id", "training_materials_id", "partner_media_id", "partners_id", "topics_id", "media_id", "users_id", "release_numbers_id", "review_notes_id", "audit_log_id", "content_events_id", "api_clients_id", "api_usage_id", "api_fetches_id", "webhook_endpoints_id", "webhook_deliveries_id", "subscribers_id", "mailings_id", "email_deliveries_id", "suppressions_id", "email_start_id", "search_entries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
}
