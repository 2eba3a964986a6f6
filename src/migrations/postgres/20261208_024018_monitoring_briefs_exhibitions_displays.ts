import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_briefings_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_briefings_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_briefings_audience" AS ENUM('public', 'restricted');
  CREATE TYPE "public"."enum_briefings_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_briefings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefings_v_version_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__briefings_v_version_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__briefings_v_version_audience" AS ENUM('public', 'restricted');
  CREATE TYPE "public"."enum__briefings_v_version_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__briefings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefings_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_monitoring_sources_language" AS ENUM('vi', 'en', 'lo', 'other');
  CREATE TYPE "public"."enum_clippings_matches_language" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_clippings_language" AS ENUM('vi', 'en', 'lo', 'other');
  CREATE TYPE "public"."enum_clippings_status" AS ENUM('new', 'reviewed', 'answered', 'dismissed');
  CREATE TYPE "public"."enum_clippings_tone" AS ENUM('positive', 'neutral', 'negative');
  CREATE TYPE "public"."enum_info_points_languages" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_info_points_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_exhibitions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exhibitions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exhibitions_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_exhibits_kind" AS ENUM('map', 'document', 'photograph', 'object');
  CREATE TYPE "public"."enum_monitoring_settings_rules_language" AS ENUM('vi', 'en', 'lo');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'clippingTriage';
  ALTER TYPE "public"."enum_api_clients_types" ADD VALUE 'briefing';
  ALTER TYPE "public"."enum_api_fetches_item_collection" ADD VALUE 'briefings';
  ALTER TYPE "public"."enum_subscribers_content_types" ADD VALUE 'briefings';
  ALTER TYPE "public"."enum_released_items_item_collection" ADD VALUE 'briefings';
  ALTER TYPE "public"."enum_released_items_audience" ADD VALUE 'restricted';
  ALTER TYPE "public"."enum_search_entries_type" ADD VALUE 'briefings';
  ALTER TYPE "public"."enum_search_entries_type" ADD VALUE 'clippings';
  ALTER TYPE "public"."enum_search_entries_audience" ADD VALUE 'restricted';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pollMonitoringSource';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'makeZoomTiles';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pollMonitoringSource';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'makeZoomTiles';
  CREATE TABLE "briefings_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_briefings_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefings_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_briefings_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience" "enum_briefings_audience" DEFAULT 'restricted',
  	"state" "enum_briefings_state" DEFAULT 'draft',
  	"owner_id" integer,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"schedule_job" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"published_version" numeric DEFAULT 0,
  	"force_published" boolean DEFAULT false,
  	"force_publish_reason" varchar,
  	"correction_note" varchar,
  	"corrected_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"withdrawal_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_briefings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "briefings_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "briefings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"briefings_id" integer,
  	"clippings_id" integer,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_briefings_v_version_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__briefings_v_version_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_briefings_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__briefings_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_briefings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_audience" "enum__briefings_v_version_audience" DEFAULT 'restricted',
  	"version_state" "enum__briefings_v_version_state" DEFAULT 'draft',
  	"version_owner_id" integer,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_schedule_job" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_published_by_id" integer,
  	"version_published_version" numeric DEFAULT 0,
  	"version_force_published" boolean DEFAULT false,
  	"version_force_publish_reason" varchar,
  	"version_correction_note" varchar,
  	"version_corrected_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_withdrawal_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__briefings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__briefings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_briefings_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"briefings_id" integer,
  	"clippings_id" integer,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "monitoring_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"outlet" varchar NOT NULL,
  	"partner_id" integer,
  	"language" "enum_monitoring_sources_language" DEFAULT 'vi' NOT NULL,
  	"country" varchar DEFAULT 'VN' NOT NULL,
  	"interval_minutes" numeric DEFAULT 60 NOT NULL,
  	"active" boolean DEFAULT true,
  	"fetch_articles" boolean DEFAULT false,
  	"health_last_checked_at" timestamp(3) with time zone,
  	"health_last_success_at" timestamp(3) with time zone,
  	"health_last_error" varchar,
  	"health_last_error_at" timestamp(3) with time zone,
  	"health_consecutive_failures" numeric DEFAULT 0,
  	"health_next_poll_at" timestamp(3) with time zone,
  	"health_items_found" numeric DEFAULT 0,
  	"health_last_status" numeric,
  	"health_etag" varchar,
  	"health_last_modified" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "clippings_matches" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"keyword" varchar NOT NULL,
  	"language" "enum_clippings_matches_language" NOT NULL
  );
  
  CREATE TABLE "clippings_also_at" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"outlet" varchar,
  	"url" varchar,
  	"seen_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "clippings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"outlet" varchar NOT NULL,
  	"country" varchar,
  	"language" "enum_clippings_language",
  	"published_at" timestamp(3) with time zone,
  	"first_seen_at" timestamp(3) with time zone,
  	"excerpt" varchar,
  	"status" "enum_clippings_status" DEFAULT 'new' NOT NULL,
  	"tone" "enum_clippings_tone",
  	"topic_id" integer,
  	"needs_answer" boolean DEFAULT false,
  	"assignee_id" integer,
  	"answer_note" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"source_id" integer,
  	"story_key" varchar,
  	"article_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "info_points_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_info_points_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "info_points_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_info_points_opening_hours_day" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "info_points_blocks_playlist_item" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "info_points_blocks_playlist_slide" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "info_points_blocks_playlist_slide_locales" (
  	"title" varchar NOT NULL,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "info_points" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"location" varchar,
  	"interval_seconds" numeric DEFAULT 12 NOT NULL,
  	"urgent_notice_from" timestamp(3) with time zone,
  	"urgent_notice_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "info_points_locales" (
  	"name" varchar NOT NULL,
  	"urgent_notice_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "info_points_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"briefings_id" integer
  );
  
  CREATE TABLE "display_screens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"info_point_id" integer NOT NULL,
  	"last_seen_at" timestamp(3) with time zone,
  	"last_playlist_version" varchar,
  	"last_ip" varchar,
  	"last_user_agent" varchar,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exhibitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cover_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_exhibitions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "exhibitions_locales" (
  	"title" varchar,
  	"introduction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_exhibitions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__exhibitions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__exhibitions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_exhibitions_v_locales" (
  	"version_title" varchar,
  	"version_introduction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "exhibits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exhibition_id" integer NOT NULL,
  	"order" numeric NOT NULL,
  	"kind" "enum_exhibits_kind" NOT NULL,
  	"year" numeric,
  	"image_id" integer NOT NULL,
  	"zoom_tiles" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exhibits_locales" (
  	"caption" varchar NOT NULL,
  	"date_text" varchar,
  	"source" varchar,
  	"provenance" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "monitoring_settings_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"keyword" varchar NOT NULL,
  	"language" "enum_monitoring_settings_rules_language" NOT NULL
  );
  
  CREATE TABLE "monitoring_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "press_releases_rels" ADD COLUMN "briefings_id" integer;
  ALTER TABLE "_press_releases_v_rels" ADD COLUMN "briefings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "briefings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monitoring_sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clippings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "info_points_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "display_screens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exhibitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exhibits_id" integer;
  ALTER TABLE "briefings_ready_locales" ADD CONSTRAINT "briefings_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_published_locales" ADD CONSTRAINT "briefings_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings" ADD CONSTRAINT "briefings_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefings" ADD CONSTRAINT "briefings_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefings" ADD CONSTRAINT "briefings_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefings" ADD CONSTRAINT "briefings_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefings_locales" ADD CONSTRAINT "briefings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_clippings_fk" FOREIGN KEY ("clippings_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefings_rels" ADD CONSTRAINT "briefings_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_version_ready_locales" ADD CONSTRAINT "_briefings_v_version_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_version_published_locales" ADD CONSTRAINT "_briefings_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_parent_id_briefings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v_locales" ADD CONSTRAINT "_briefings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_clippings_fk" FOREIGN KEY ("clippings_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefings_v_rels" ADD CONSTRAINT "_briefings_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monitoring_sources" ADD CONSTRAINT "monitoring_sources_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clippings_matches" ADD CONSTRAINT "clippings_matches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clippings_also_at" ADD CONSTRAINT "clippings_also_at_source_id_monitoring_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitoring_sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clippings_also_at" ADD CONSTRAINT "clippings_also_at_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clippings" ADD CONSTRAINT "clippings_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clippings" ADD CONSTRAINT "clippings_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clippings" ADD CONSTRAINT "clippings_source_id_monitoring_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitoring_sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "info_points_languages" ADD CONSTRAINT "info_points_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_opening_hours" ADD CONSTRAINT "info_points_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_blocks_playlist_item" ADD CONSTRAINT "info_points_blocks_playlist_item_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_blocks_playlist_slide" ADD CONSTRAINT "info_points_blocks_playlist_slide_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "info_points_blocks_playlist_slide" ADD CONSTRAINT "info_points_blocks_playlist_slide_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_blocks_playlist_slide_locales" ADD CONSTRAINT "info_points_blocks_playlist_slide_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."info_points_blocks_playlist_slide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_locales" ADD CONSTRAINT "info_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "info_points_rels" ADD CONSTRAINT "info_points_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "display_screens" ADD CONSTRAINT "display_screens_info_point_id_info_points_id_fk" FOREIGN KEY ("info_point_id") REFERENCES "public"."info_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exhibitions" ADD CONSTRAINT "exhibitions_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exhibitions_locales" ADD CONSTRAINT "exhibitions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exhibitions_v" ADD CONSTRAINT "_exhibitions_v_parent_id_exhibitions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exhibitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exhibitions_v" ADD CONSTRAINT "_exhibitions_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exhibitions_v_locales" ADD CONSTRAINT "_exhibitions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exhibitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exhibits" ADD CONSTRAINT "exhibits_exhibition_id_exhibitions_id_fk" FOREIGN KEY ("exhibition_id") REFERENCES "public"."exhibitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exhibits" ADD CONSTRAINT "exhibits_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exhibits_locales" ADD CONSTRAINT "exhibits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exhibits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monitoring_settings_rules" ADD CONSTRAINT "monitoring_settings_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monitoring_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "briefings_ready_locales_order_idx" ON "briefings_ready_locales" USING btree ("order");
  CREATE INDEX "briefings_ready_locales_parent_idx" ON "briefings_ready_locales" USING btree ("parent_id");
  CREATE INDEX "briefings_published_locales_order_idx" ON "briefings_published_locales" USING btree ("order");
  CREATE INDEX "briefings_published_locales_parent_idx" ON "briefings_published_locales" USING btree ("parent_id");
  CREATE INDEX "briefings_state_idx" ON "briefings" USING btree ("state");
  CREATE INDEX "briefings_owner_idx" ON "briefings" USING btree ("owner_id");
  CREATE INDEX "briefings_submitted_by_idx" ON "briefings" USING btree ("submitted_by_id");
  CREATE INDEX "briefings_approved_by_idx" ON "briefings" USING btree ("approved_by_id");
  CREATE INDEX "briefings_published_at_idx" ON "briefings" USING btree ("published_at");
  CREATE INDEX "briefings_published_by_idx" ON "briefings" USING btree ("published_by_id");
  CREATE INDEX "briefings_updated_at_idx" ON "briefings" USING btree ("updated_at");
  CREATE INDEX "briefings_created_at_idx" ON "briefings" USING btree ("created_at");
  CREATE INDEX "briefings__status_idx" ON "briefings" USING btree ("_status");
  CREATE INDEX "briefings_slug_idx" ON "briefings_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "briefings_locales_locale_parent_id_unique" ON "briefings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefings_locales_parent_id_idx" ON "briefings_locales" USING btree ("_parent_id");
  CREATE INDEX "briefings_rels_order_idx" ON "briefings_rels" USING btree ("order");
  CREATE INDEX "briefings_rels_parent_idx" ON "briefings_rels" USING btree ("parent_id");
  CREATE INDEX "briefings_rels_path_idx" ON "briefings_rels" USING btree ("path");
  CREATE INDEX "briefings_rels_press_releases_id_idx" ON "briefings_rels" USING btree ("press_releases_id");
  CREATE INDEX "briefings_rels_publications_id_idx" ON "briefings_rels" USING btree ("publications_id");
  CREATE INDEX "briefings_rels_training_materials_id_idx" ON "briefings_rels" USING btree ("training_materials_id");
  CREATE INDEX "briefings_rels_partner_media_id_idx" ON "briefings_rels" USING btree ("partner_media_id");
  CREATE INDEX "briefings_rels_briefings_id_idx" ON "briefings_rels" USING btree ("briefings_id");
  CREATE INDEX "briefings_rels_clippings_id_idx" ON "briefings_rels" USING btree ("clippings_id");
  CREATE INDEX "briefings_rels_topics_id_idx" ON "briefings_rels" USING btree ("topics_id");
  CREATE INDEX "briefings_rels_media_id_idx" ON "briefings_rels" USING btree ("media_id");
  CREATE INDEX "_briefings_v_version_ready_locales_order_idx" ON "_briefings_v_version_ready_locales" USING btree ("order");
  CREATE INDEX "_briefings_v_version_ready_locales_parent_idx" ON "_briefings_v_version_ready_locales" USING btree ("parent_id");
  CREATE INDEX "_briefings_v_version_published_locales_order_idx" ON "_briefings_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_briefings_v_version_published_locales_parent_idx" ON "_briefings_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_briefings_v_parent_idx" ON "_briefings_v" USING btree ("parent_id");
  CREATE INDEX "_briefings_v_version_version_state_idx" ON "_briefings_v" USING btree ("version_state");
  CREATE INDEX "_briefings_v_version_version_owner_idx" ON "_briefings_v" USING btree ("version_owner_id");
  CREATE INDEX "_briefings_v_version_version_submitted_by_idx" ON "_briefings_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_briefings_v_version_version_approved_by_idx" ON "_briefings_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_briefings_v_version_version_published_at_idx" ON "_briefings_v" USING btree ("version_published_at");
  CREATE INDEX "_briefings_v_version_version_published_by_idx" ON "_briefings_v" USING btree ("version_published_by_id");
  CREATE INDEX "_briefings_v_version_version_updated_at_idx" ON "_briefings_v" USING btree ("version_updated_at");
  CREATE INDEX "_briefings_v_version_version_created_at_idx" ON "_briefings_v" USING btree ("version_created_at");
  CREATE INDEX "_briefings_v_version_version__status_idx" ON "_briefings_v" USING btree ("version__status");
  CREATE INDEX "_briefings_v_created_at_idx" ON "_briefings_v" USING btree ("created_at");
  CREATE INDEX "_briefings_v_updated_at_idx" ON "_briefings_v" USING btree ("updated_at");
  CREATE INDEX "_briefings_v_snapshot_idx" ON "_briefings_v" USING btree ("snapshot");
  CREATE INDEX "_briefings_v_published_locale_idx" ON "_briefings_v" USING btree ("published_locale");
  CREATE INDEX "_briefings_v_latest_idx" ON "_briefings_v" USING btree ("latest");
  CREATE INDEX "_briefings_v_version_version_slug_idx" ON "_briefings_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_briefings_v_locales_locale_parent_id_unique" ON "_briefings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefings_v_locales_parent_id_idx" ON "_briefings_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_briefings_v_rels_order_idx" ON "_briefings_v_rels" USING btree ("order");
  CREATE INDEX "_briefings_v_rels_parent_idx" ON "_briefings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_briefings_v_rels_path_idx" ON "_briefings_v_rels" USING btree ("path");
  CREATE INDEX "_briefings_v_rels_press_releases_id_idx" ON "_briefings_v_rels" USING btree ("press_releases_id");
  CREATE INDEX "_briefings_v_rels_publications_id_idx" ON "_briefings_v_rels" USING btree ("publications_id");
  CREATE INDEX "_briefings_v_rels_training_materials_id_idx" ON "_briefings_v_rels" USING btree ("training_materials_id");
  CREATE INDEX "_briefings_v_rels_partner_media_id_idx" ON "_briefings_v_rels" USING btree ("partner_media_id");
  CREATE INDEX "_briefings_v_rels_briefings_id_idx" ON "_briefings_v_rels" USING btree ("briefings_id");
  CREATE INDEX "_briefings_v_rels_clippings_id_idx" ON "_briefings_v_rels" USING btree ("clippings_id");
  CREATE INDEX "_briefings_v_rels_topics_id_idx" ON "_briefings_v_rels" USING btree ("topics_id");
  CREATE INDEX "_briefings_v_rels_media_id_idx" ON "_briefings_v_rels" USING btree ("media_id");
  CREATE UNIQUE INDEX "monitoring_sources_url_idx" ON "monitoring_sources" USING btree ("url");
  CREATE INDEX "monitoring_sources_partner_idx" ON "monitoring_sources" USING btree ("partner_id");
  CREATE INDEX "monitoring_sources_health_health_next_poll_at_idx" ON "monitoring_sources" USING btree ("health_next_poll_at");
  CREATE INDEX "monitoring_sources_updated_at_idx" ON "monitoring_sources" USING btree ("updated_at");
  CREATE INDEX "monitoring_sources_created_at_idx" ON "monitoring_sources" USING btree ("created_at");
  CREATE INDEX "clippings_matches_order_idx" ON "clippings_matches" USING btree ("_order");
  CREATE INDEX "clippings_matches_parent_id_idx" ON "clippings_matches" USING btree ("_parent_id");
  CREATE INDEX "clippings_also_at_order_idx" ON "clippings_also_at" USING btree ("_order");
  CREATE INDEX "clippings_also_at_parent_id_idx" ON "clippings_also_at" USING btree ("_parent_id");
  CREATE INDEX "clippings_also_at_source_idx" ON "clippings_also_at" USING btree ("source_id");
  CREATE UNIQUE INDEX "clippings_url_idx" ON "clippings" USING btree ("url");
  CREATE INDEX "clippings_language_idx" ON "clippings" USING btree ("language");
  CREATE INDEX "clippings_published_at_idx" ON "clippings" USING btree ("published_at");
  CREATE INDEX "clippings_first_seen_at_idx" ON "clippings" USING btree ("first_seen_at");
  CREATE INDEX "clippings_status_idx" ON "clippings" USING btree ("status");
  CREATE INDEX "clippings_tone_idx" ON "clippings" USING btree ("tone");
  CREATE INDEX "clippings_topic_idx" ON "clippings" USING btree ("topic_id");
  CREATE INDEX "clippings_needs_answer_idx" ON "clippings" USING btree ("needs_answer");
  CREATE INDEX "clippings_assignee_idx" ON "clippings" USING btree ("assignee_id");
  CREATE INDEX "clippings_source_idx" ON "clippings" USING btree ("source_id");
  CREATE INDEX "clippings_story_key_idx" ON "clippings" USING btree ("story_key");
  CREATE INDEX "clippings_updated_at_idx" ON "clippings" USING btree ("updated_at");
  CREATE INDEX "clippings_created_at_idx" ON "clippings" USING btree ("created_at");
  CREATE INDEX "info_points_languages_order_idx" ON "info_points_languages" USING btree ("order");
  CREATE INDEX "info_points_languages_parent_idx" ON "info_points_languages" USING btree ("parent_id");
  CREATE INDEX "info_points_opening_hours_order_idx" ON "info_points_opening_hours" USING btree ("_order");
  CREATE INDEX "info_points_opening_hours_parent_id_idx" ON "info_points_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "info_points_blocks_playlist_item_order_idx" ON "info_points_blocks_playlist_item" USING btree ("_order");
  CREATE INDEX "info_points_blocks_playlist_item_parent_id_idx" ON "info_points_blocks_playlist_item" USING btree ("_parent_id");
  CREATE INDEX "info_points_blocks_playlist_item_path_idx" ON "info_points_blocks_playlist_item" USING btree ("_path");
  CREATE INDEX "info_points_blocks_playlist_slide_order_idx" ON "info_points_blocks_playlist_slide" USING btree ("_order");
  CREATE INDEX "info_points_blocks_playlist_slide_parent_id_idx" ON "info_points_blocks_playlist_slide" USING btree ("_parent_id");
  CREATE INDEX "info_points_blocks_playlist_slide_path_idx" ON "info_points_blocks_playlist_slide" USING btree ("_path");
  CREATE INDEX "info_points_blocks_playlist_slide_image_idx" ON "info_points_blocks_playlist_slide" USING btree ("image_id");
  CREATE UNIQUE INDEX "info_points_blocks_playlist_slide_locales_locale_parent_id_u" ON "info_points_blocks_playlist_slide_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "info_points_blocks_playlist_slide_locales_parent_id_idx" ON "info_points_blocks_playlist_slide_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "info_points_slug_idx" ON "info_points" USING btree ("slug");
  CREATE INDEX "info_points_updated_at_idx" ON "info_points" USING btree ("updated_at");
  CREATE INDEX "info_points_created_at_idx" ON "info_points" USING btree ("created_at");
  CREATE UNIQUE INDEX "info_points_locales_locale_parent_id_unique" ON "info_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "info_points_locales_parent_id_idx" ON "info_points_locales" USING btree ("_parent_id");
  CREATE INDEX "info_points_rels_order_idx" ON "info_points_rels" USING btree ("order");
  CREATE INDEX "info_points_rels_parent_idx" ON "info_points_rels" USING btree ("parent_id");
  CREATE INDEX "info_points_rels_path_idx" ON "info_points_rels" USING btree ("path");
  CREATE INDEX "info_points_rels_press_releases_id_idx" ON "info_points_rels" USING btree ("press_releases_id");
  CREATE INDEX "info_points_rels_publications_id_idx" ON "info_points_rels" USING btree ("publications_id");
  CREATE INDEX "info_points_rels_training_materials_id_idx" ON "info_points_rels" USING btree ("training_materials_id");
  CREATE INDEX "info_points_rels_partner_media_id_idx" ON "info_points_rels" USING btree ("partner_media_id");
  CREATE INDEX "info_points_rels_briefings_id_idx" ON "info_points_rels" USING btree ("briefings_id");
  CREATE INDEX "display_screens_info_point_idx" ON "display_screens" USING btree ("info_point_id");
  CREATE INDEX "display_screens_key_hash_idx" ON "display_screens" USING btree ("key_hash");
  CREATE INDEX "display_screens_updated_at_idx" ON "display_screens" USING btree ("updated_at");
  CREATE INDEX "display_screens_created_at_idx" ON "display_screens" USING btree ("created_at");
  CREATE INDEX "exhibitions_cover_idx" ON "exhibitions" USING btree ("cover_id");
  CREATE UNIQUE INDEX "exhibitions_slug_idx" ON "exhibitions" USING btree ("slug");
  CREATE INDEX "exhibitions_updated_at_idx" ON "exhibitions" USING btree ("updated_at");
  CREATE INDEX "exhibitions_created_at_idx" ON "exhibitions" USING btree ("created_at");
  CREATE INDEX "exhibitions__status_idx" ON "exhibitions" USING btree ("_status");
  CREATE UNIQUE INDEX "exhibitions_locales_locale_parent_id_unique" ON "exhibitions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exhibitions_locales_parent_id_idx" ON "exhibitions_locales" USING btree ("_parent_id");
  CREATE INDEX "_exhibitions_v_parent_idx" ON "_exhibitions_v" USING btree ("parent_id");
  CREATE INDEX "_exhibitions_v_version_version_cover_idx" ON "_exhibitions_v" USING btree ("version_cover_id");
  CREATE INDEX "_exhibitions_v_version_version_slug_idx" ON "_exhibitions_v" USING btree ("version_slug");
  CREATE INDEX "_exhibitions_v_version_version_updated_at_idx" ON "_exhibitions_v" USING btree ("version_updated_at");
  CREATE INDEX "_exhibitions_v_version_version_created_at_idx" ON "_exhibitions_v" USING btree ("version_created_at");
  CREATE INDEX "_exhibitions_v_version_version__status_idx" ON "_exhibitions_v" USING btree ("version__status");
  CREATE INDEX "_exhibitions_v_created_at_idx" ON "_exhibitions_v" USING btree ("created_at");
  CREATE INDEX "_exhibitions_v_updated_at_idx" ON "_exhibitions_v" USING btree ("updated_at");
  CREATE INDEX "_exhibitions_v_snapshot_idx" ON "_exhibitions_v" USING btree ("snapshot");
  CREATE INDEX "_exhibitions_v_published_locale_idx" ON "_exhibitions_v" USING btree ("published_locale");
  CREATE INDEX "_exhibitions_v_latest_idx" ON "_exhibitions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_exhibitions_v_locales_locale_parent_id_unique" ON "_exhibitions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_exhibitions_v_locales_parent_id_idx" ON "_exhibitions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "exhibits_exhibition_idx" ON "exhibits" USING btree ("exhibition_id");
  CREATE INDEX "exhibits_order_idx" ON "exhibits" USING btree ("order");
  CREATE INDEX "exhibits_image_idx" ON "exhibits" USING btree ("image_id");
  CREATE UNIQUE INDEX "exhibits_slug_idx" ON "exhibits" USING btree ("slug");
  CREATE INDEX "exhibits_updated_at_idx" ON "exhibits" USING btree ("updated_at");
  CREATE INDEX "exhibits_created_at_idx" ON "exhibits" USING btree ("created_at");
  CREATE UNIQUE INDEX "exhibits_locales_locale_parent_id_unique" ON "exhibits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exhibits_locales_parent_id_idx" ON "exhibits_locales" USING btree ("_parent_id");
  CREATE INDEX "monitoring_settings_rules_order_idx" ON "monitoring_settings_rules" USING btree ("_order");
  CREATE INDEX "monitoring_settings_rules_parent_id_idx" ON "monitoring_settings_rules" USING btree ("_parent_id");
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitoring_sources_fk" FOREIGN KEY ("monitoring_sources_id") REFERENCES "public"."monitoring_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clippings_fk" FOREIGN KEY ("clippings_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_info_points_fk" FOREIGN KEY ("info_points_id") REFERENCES "public"."info_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_display_screens_fk" FOREIGN KEY ("display_screens_id") REFERENCES "public"."display_screens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exhibitions_fk" FOREIGN KEY ("exhibitions_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exhibits_fk" FOREIGN KEY ("exhibits_id") REFERENCES "public"."exhibits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_rels_briefings_id_idx" ON "press_releases_rels" USING btree ("briefings_id");
  CREATE INDEX "_press_releases_v_rels_briefings_id_idx" ON "_press_releases_v_rels" USING btree ("briefings_id");
  CREATE INDEX "payload_locked_documents_rels_briefings_id_idx" ON "payload_locked_documents_rels" USING btree ("briefings_id");
  CREATE INDEX "payload_locked_documents_rels_monitoring_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("monitoring_sources_id");
  CREATE INDEX "payload_locked_documents_rels_clippings_id_idx" ON "payload_locked_documents_rels" USING btree ("clippings_id");
  CREATE INDEX "payload_locked_documents_rels_info_points_id_idx" ON "payload_locked_documents_rels" USING btree ("info_points_id");
  CREATE INDEX "payload_locked_documents_rels_display_screens_id_idx" ON "payload_locked_documents_rels" USING btree ("display_screens_id");
  CREATE INDEX "payload_locked_documents_rels_exhibitions_id_idx" ON "payload_locked_documents_rels" USING btree ("exhibitions_id");
  CREATE INDEX "payload_locked_documents_rels_exhibits_id_idx" ON "payload_locked_documents_rels" USING btree ("exhibits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "briefings_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefings_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefings_v_version_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefings_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefings_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefings_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clippings_matches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clippings_also_at" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clippings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_opening_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_blocks_playlist_item" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_blocks_playlist_slide" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_blocks_playlist_slide_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "info_points_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "display_screens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exhibitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exhibitions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exhibitions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exhibitions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exhibits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exhibits_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_settings_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "briefings_ready_locales" CASCADE;
  DROP TABLE "briefings_published_locales" CASCADE;
  DROP TABLE "briefings" CASCADE;
  DROP TABLE "briefings_locales" CASCADE;
  DROP TABLE "briefings_rels" CASCADE;
  DROP TABLE "_briefings_v_version_ready_locales" CASCADE;
  DROP TABLE "_briefings_v_version_published_locales" CASCADE;
  DROP TABLE "_briefings_v" CASCADE;
  DROP TABLE "_briefings_v_locales" CASCADE;
  DROP TABLE "_briefings_v_rels" CASCADE;
  DROP TABLE "monitoring_sources" CASCADE;
  DROP TABLE "clippings_matches" CASCADE;
  DROP TABLE "clippings_also_at" CASCADE;
  DROP TABLE "clippings" CASCADE;
  DROP TABLE "info_points_languages" CASCADE;
  DROP TABLE "info_points_opening_hours" CASCADE;
  DROP TABLE "info_points_blocks_playlist_item" CASCADE;
  DROP TABLE "info_points_blocks_playlist_slide" CASCADE;
  DROP TABLE "info_points_blocks_playlist_slide_locales" CASCADE;
  DROP TABLE "info_points" CASCADE;
  DROP TABLE "info_points_locales" CASCADE;
  DROP TABLE "info_points_rels" CASCADE;
  DROP TABLE "display_screens" CASCADE;
  DROP TABLE "exhibitions" CASCADE;
  DROP TABLE "exhibitions_locales" CASCADE;
  DROP TABLE "_exhibitions_v" CASCADE;
  DROP TABLE "_exhibitions_v_locales" CASCADE;
  DROP TABLE "exhibits" CASCADE;
  DROP TABLE "exhibits_locales" CASCADE;
  DROP TABLE "monitoring_settings_rules" CASCADE;
  DROP TABLE "monitoring_settings" CASCADE;
  ALTER TABLE "press_releases_rels" DROP CONSTRAINT "press_releases_rels_briefings_fk";
  
  ALTER TABLE "_press_releases_v_rels" DROP CONSTRAINT "_press_releases_v_rels_briefings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_briefings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monitoring_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clippings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_info_points_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_display_screens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exhibitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exhibits_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('submit', 'requestChanges', 'approve', 'publish', 'schedule', 'unschedule', 'correct', 'withdraw', 'forcePublish', 'edit', 'scheduledPublish', 'embargoLifted', 'subscriberErased');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  ALTER TABLE "api_clients_types" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_api_clients_types";
  CREATE TYPE "public"."enum_api_clients_types" AS ENUM('press-release', 'publication', 'training-material', 'partner-media');
  ALTER TABLE "api_clients_types" ALTER COLUMN "value" SET DATA TYPE "public"."enum_api_clients_types" USING "value"::"public"."enum_api_clients_types";
  ALTER TABLE "api_fetches" ALTER COLUMN "item_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_api_fetches_item_collection";
  CREATE TYPE "public"."enum_api_fetches_item_collection" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  ALTER TABLE "api_fetches" ALTER COLUMN "item_collection" SET DATA TYPE "public"."enum_api_fetches_item_collection" USING "item_collection"::"public"."enum_api_fetches_item_collection";
  ALTER TABLE "subscribers_content_types" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_subscribers_content_types";
  CREATE TYPE "public"."enum_subscribers_content_types" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  ALTER TABLE "subscribers_content_types" ALTER COLUMN "value" SET DATA TYPE "public"."enum_subscribers_content_types" USING "value"::"public"."enum_subscribers_content_types";
  ALTER TABLE "released_items" ALTER COLUMN "item_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_released_items_item_collection";
  CREATE TYPE "public"."enum_released_items_item_collection" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  ALTER TABLE "released_items" ALTER COLUMN "item_collection" SET DATA TYPE "public"."enum_released_items_item_collection" USING "item_collection"::"public"."enum_released_items_item_collection";
  ALTER TABLE "released_items" ALTER COLUMN "audience" SET DATA TYPE text;
  DROP TYPE "public"."enum_released_items_audience";
  CREATE TYPE "public"."enum_released_items_audience" AS ENUM('public', 'staff');
  ALTER TABLE "released_items" ALTER COLUMN "audience" SET DATA TYPE "public"."enum_released_items_audience" USING "audience"::"public"."enum_released_items_audience";
  ALTER TABLE "search_entries" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_entries_type";
  CREATE TYPE "public"."enum_search_entries_type" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  ALTER TABLE "search_entries" ALTER COLUMN "type" SET DATA TYPE "public"."enum_search_entries_type" USING "type"::"public"."enum_search_entries_type";
  ALTER TABLE "search_entries" ALTER COLUMN "audience" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_entries_audience";
  CREATE TYPE "public"."enum_search_entries_audience" AS ENUM('public', 'staff');
  ALTER TABLE "search_entries" ALTER COLUMN "audience" SET DATA TYPE "public"."enum_search_entries_audience" USING "audience"::"public"."enum_search_entries_audience";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'liftEmbargo', 'deliverWebhooks');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'liftEmbargo', 'deliverWebhooks');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "press_releases_rels_briefings_id_idx";
  DROP INDEX "_press_releases_v_rels_briefings_id_idx";
  DROP INDEX "payload_locked_documents_rels_briefings_id_idx";
  DROP INDEX "payload_locked_documents_rels_monitoring_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_clippings_id_idx";
  DROP INDEX "payload_locked_documents_rels_info_points_id_idx";
  DROP INDEX "payload_locked_documents_rels_display_screens_id_idx";
  DROP INDEX "payload_locked_documents_rels_exhibitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_exhibits_id_idx";
  ALTER TABLE "press_releases_rels" DROP COLUMN "briefings_id";
  ALTER TABLE "_press_releases_v_rels" DROP COLUMN "briefings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "briefings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monitoring_sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clippings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "info_points_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "display_screens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exhibitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exhibits_id";
  DROP TYPE "public"."enum_briefings_ready_locales";
  DROP TYPE "public"."enum_briefings_published_locales";
  DROP TYPE "public"."enum_briefings_audience";
  DROP TYPE "public"."enum_briefings_state";
  DROP TYPE "public"."enum_briefings_status";
  DROP TYPE "public"."enum__briefings_v_version_ready_locales";
  DROP TYPE "public"."enum__briefings_v_version_published_locales";
  DROP TYPE "public"."enum__briefings_v_version_audience";
  DROP TYPE "public"."enum__briefings_v_version_state";
  DROP TYPE "public"."enum__briefings_v_version_status";
  DROP TYPE "public"."enum__briefings_v_published_locale";
  DROP TYPE "public"."enum_monitoring_sources_language";
  DROP TYPE "public"."enum_clippings_matches_language";
  DROP TYPE "public"."enum_clippings_language";
  DROP TYPE "public"."enum_clippings_status";
  DROP TYPE "public"."enum_clippings_tone";
  DROP TYPE "public"."enum_info_points_languages";
  DROP TYPE "public"."enum_info_points_opening_hours_day";
  DROP TYPE "public"."enum_exhibitions_status";
  DROP TYPE "public"."enum__exhibitions_v_version_status";
  DROP TYPE "public"."enum__exhibitions_v_published_locale";
  DROP TYPE "public"."enum_exhibits_kind";
  DROP TYPE "public"."enum_monitoring_settings_rules_language";`)
}
