import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_press_releases_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_press_releases_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__press_releases_v_version_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__press_releases_v_version_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__press_releases_v_version_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_publications_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_publications_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_publications_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__publications_v_version_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__publications_v_version_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__publications_v_version_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_training_materials_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_training_materials_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_training_materials_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__training_materials_v_version_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__training_materials_v_version_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__training_materials_v_version_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_partner_media_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_partner_media_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_partner_media_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__partner_media_v_version_ready_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__partner_media_v_version_published_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum__partner_media_v_version_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_review_notes_action" AS ENUM('submit', 'requestChanges', 'approve', 'publish', 'schedule', 'unschedule', 'correct', 'withdraw', 'forcePublish');
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('submit', 'requestChanges', 'approve', 'publish', 'schedule', 'unschedule', 'correct', 'withdraw', 'forcePublish', 'edit', 'scheduledPublish', 'embargoLifted');
  CREATE TYPE "public"."enum_audit_log_from_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_audit_log_to_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_content_events_type" AS ENUM('published', 'corrected', 'withdrawn', 'embargoLifted');
  CREATE TYPE "public"."enum_api_clients_types" AS ENUM('press-release', 'publication', 'training-material', 'partner-media');
  CREATE TYPE "public"."enum_api_clients_languages" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_api_fetches_item_collection" AS ENUM('press-releases', 'publications', 'training-materials', 'partner-media');
  CREATE TYPE "public"."enum_api_fetches_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_webhook_endpoints_events" AS ENUM('published', 'corrected', 'withdrawn', 'embargoLifted');
  CREATE TYPE "public"."enum_webhook_deliveries_outcome" AS ENUM('delivered', 'failed', 'gaveUp', 'redelivered', 'redeliveryFailed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'liftEmbargo', 'deliverWebhooks');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'liftEmbargo', 'deliverWebhooks');
  CREATE TABLE "press_releases_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_releases_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_releases_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_releases_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_version_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__press_releases_v_version_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__press_releases_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_materials_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_training_materials_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_materials_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_training_materials_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_training_materials_v_version_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__training_materials_v_version_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_training_materials_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__training_materials_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partner_media_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partner_media_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partner_media_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partner_media_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partner_media_v_version_ready_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partner_media_v_version_ready_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partner_media_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partner_media_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "review_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"action" "enum_review_notes_action",
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum_audit_log_event" NOT NULL,
  	"summary" varchar,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_title" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"from_state" "enum_audit_log_from_state",
  	"to_state" "enum_audit_log_to_state",
  	"note" varchar,
  	"locales" jsonb,
  	"changed_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"seq" numeric NOT NULL,
  	"type" "enum_content_events_type" NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"version" numeric NOT NULL,
  	"locales" jsonb NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"embargo_until" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_clients_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_api_clients_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_api_clients_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"partner_id" integer,
  	"active" boolean DEFAULT true,
  	"embargo_privilege" boolean DEFAULT false,
  	"rate_limit_per_minute" numeric DEFAULT 120 NOT NULL,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"previous_key_hash" varchar,
  	"previous_key_expires_at" timestamp(3) with time zone,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"client_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"requests" numeric DEFAULT 0 NOT NULL,
  	"items" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_fetches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"item_collection" "enum_api_fetches_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"locale" "enum_api_fetches_locale",
  	"version" numeric,
  	"fetched_at" timestamp(3) with time zone NOT NULL,
  	"last_fetched_at" timestamp(3) with time zone,
  	"count" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "webhook_endpoints_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_endpoints_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_endpoints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"secret_encrypted" varchar,
  	"last_seq" numeric DEFAULT 0,
  	"failures" numeric DEFAULT 0,
  	"failing_since" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint_id" integer NOT NULL,
  	"delivery_id" varchar NOT NULL,
  	"seq" numeric NOT NULL,
  	"event_type" varchar NOT NULL,
  	"item_collection" varchar,
  	"item_id" varchar,
  	"attempt" numeric NOT NULL,
  	"outcome" "enum_webhook_deliveries_outcome" NOT NULL,
  	"response_status" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "press_releases" ADD COLUMN "state" "enum_press_releases_state" DEFAULT 'draft';
  ALTER TABLE "press_releases" ADD COLUMN "owner_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "schedule_job" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "published_version" numeric DEFAULT 0;
  ALTER TABLE "press_releases" ADD COLUMN "force_published" boolean DEFAULT false;
  ALTER TABLE "press_releases" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_state" "enum__press_releases_v_version_state" DEFAULT 'draft';
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_schedule_job" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_published_version" numeric DEFAULT 0;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_force_published" boolean DEFAULT false;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_corrected_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "publications" ADD COLUMN "state" "enum_publications_state" DEFAULT 'draft';
  ALTER TABLE "publications" ADD COLUMN "owner_id" integer;
  ALTER TABLE "publications" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "schedule_job" varchar;
  ALTER TABLE "publications" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "published_version" numeric DEFAULT 0;
  ALTER TABLE "publications" ADD COLUMN "force_published" boolean DEFAULT false;
  ALTER TABLE "publications" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "publications" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "publications" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_state" "enum__publications_v_version_state" DEFAULT 'draft';
  ALTER TABLE "_publications_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_schedule_job" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_published_version" numeric DEFAULT 0;
  ALTER TABLE "_publications_v" ADD COLUMN "version_force_published" boolean DEFAULT false;
  ALTER TABLE "_publications_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_corrected_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "training_materials" ADD COLUMN "state" "enum_training_materials_state" DEFAULT 'draft';
  ALTER TABLE "training_materials" ADD COLUMN "owner_id" integer;
  ALTER TABLE "training_materials" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "training_materials" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "training_materials" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "schedule_job" varchar;
  ALTER TABLE "training_materials" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "training_materials" ADD COLUMN "published_version" numeric DEFAULT 0;
  ALTER TABLE "training_materials" ADD COLUMN "force_published" boolean DEFAULT false;
  ALTER TABLE "training_materials" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "training_materials" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "training_materials" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "training_materials" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_state" "enum__training_materials_v_version_state" DEFAULT 'draft';
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_schedule_job" varchar;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_published_version" numeric DEFAULT 0;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_force_published" boolean DEFAULT false;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_corrected_at" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_training_materials_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "partner_media" ADD COLUMN "state" "enum_partner_media_state" DEFAULT 'draft';
  ALTER TABLE "partner_media" ADD COLUMN "owner_id" integer;
  ALTER TABLE "partner_media" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "partner_media" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "partner_media" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "schedule_job" varchar;
  ALTER TABLE "partner_media" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "partner_media" ADD COLUMN "published_version" numeric DEFAULT 0;
  ALTER TABLE "partner_media" ADD COLUMN "force_published" boolean DEFAULT false;
  ALTER TABLE "partner_media" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "partner_media" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "partner_media" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "partner_media" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_state" "enum__partner_media_v_version_state" DEFAULT 'draft';
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_schedule_job" varchar;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_published_version" numeric DEFAULT 0;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_force_published" boolean DEFAULT false;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_corrected_at" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_partner_media_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "media" ADD COLUMN "released_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_usage_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_fetches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_endpoints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "press_releases_ready_locales" ADD CONSTRAINT "press_releases_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_published_locales" ADD CONSTRAINT "press_releases_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_ready_locales" ADD CONSTRAINT "_press_releases_v_version_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_published_locales" ADD CONSTRAINT "_press_releases_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_ready_locales" ADD CONSTRAINT "publications_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_published_locales" ADD CONSTRAINT "publications_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_ready_locales" ADD CONSTRAINT "_publications_v_version_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_published_locales" ADD CONSTRAINT "_publications_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_ready_locales" ADD CONSTRAINT "training_materials_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_published_locales" ADD CONSTRAINT "training_materials_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v_version_ready_locales" ADD CONSTRAINT "_training_materials_v_version_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v_version_published_locales" ADD CONSTRAINT "_training_materials_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media_ready_locales" ADD CONSTRAINT "partner_media_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media_published_locales" ADD CONSTRAINT "partner_media_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v_version_ready_locales" ADD CONSTRAINT "_partner_media_v_version_ready_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v_version_published_locales" ADD CONSTRAINT "_partner_media_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "api_clients_types" ADD CONSTRAINT "api_clients_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_languages" ADD CONSTRAINT "api_clients_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "api_usage" ADD CONSTRAINT "api_usage_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "api_fetches" ADD CONSTRAINT "api_fetches_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_endpoints_events" ADD CONSTRAINT "webhook_endpoints_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_ready_locales_order_idx" ON "press_releases_ready_locales" USING btree ("order");
  CREATE INDEX "press_releases_ready_locales_parent_idx" ON "press_releases_ready_locales" USING btree ("parent_id");
  CREATE INDEX "press_releases_published_locales_order_idx" ON "press_releases_published_locales" USING btree ("order");
  CREATE INDEX "press_releases_published_locales_parent_idx" ON "press_releases_published_locales" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_ready_locales_order_idx" ON "_press_releases_v_version_ready_locales" USING btree ("order");
  CREATE INDEX "_press_releases_v_version_ready_locales_parent_idx" ON "_press_releases_v_version_ready_locales" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_published_locales_order_idx" ON "_press_releases_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_press_releases_v_version_published_locales_parent_idx" ON "_press_releases_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "publications_ready_locales_order_idx" ON "publications_ready_locales" USING btree ("order");
  CREATE INDEX "publications_ready_locales_parent_idx" ON "publications_ready_locales" USING btree ("parent_id");
  CREATE INDEX "publications_published_locales_order_idx" ON "publications_published_locales" USING btree ("order");
  CREATE INDEX "publications_published_locales_parent_idx" ON "publications_published_locales" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_ready_locales_order_idx" ON "_publications_v_version_ready_locales" USING btree ("order");
  CREATE INDEX "_publications_v_version_ready_locales_parent_idx" ON "_publications_v_version_ready_locales" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_published_locales_order_idx" ON "_publications_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_publications_v_version_published_locales_parent_idx" ON "_publications_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "training_materials_ready_locales_order_idx" ON "training_materials_ready_locales" USING btree ("order");
  CREATE INDEX "training_materials_ready_locales_parent_idx" ON "training_materials_ready_locales" USING btree ("parent_id");
  CREATE INDEX "training_materials_published_locales_order_idx" ON "training_materials_published_locales" USING btree ("order");
  CREATE INDEX "training_materials_published_locales_parent_idx" ON "training_materials_published_locales" USING btree ("parent_id");
  CREATE INDEX "_training_materials_v_version_ready_locales_order_idx" ON "_training_materials_v_version_ready_locales" USING btree ("order");
  CREATE INDEX "_training_materials_v_version_ready_locales_parent_idx" ON "_training_materials_v_version_ready_locales" USING btree ("parent_id");
  CREATE INDEX "_training_materials_v_version_published_locales_order_idx" ON "_training_materials_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_training_materials_v_version_published_locales_parent_idx" ON "_training_materials_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "partner_media_ready_locales_order_idx" ON "partner_media_ready_locales" USING btree ("order");
  CREATE INDEX "partner_media_ready_locales_parent_idx" ON "partner_media_ready_locales" USING btree ("parent_id");
  CREATE INDEX "partner_media_published_locales_order_idx" ON "partner_media_published_locales" USING btree ("order");
  CREATE INDEX "partner_media_published_locales_parent_idx" ON "partner_media_published_locales" USING btree ("parent_id");
  CREATE INDEX "_partner_media_v_version_ready_locales_order_idx" ON "_partner_media_v_version_ready_locales" USING btree ("order");
  CREATE INDEX "_partner_media_v_version_ready_locales_parent_idx" ON "_partner_media_v_version_ready_locales" USING btree ("parent_id");
  CREATE INDEX "_partner_media_v_version_published_locales_order_idx" ON "_partner_media_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_partner_media_v_version_published_locales_parent_idx" ON "_partner_media_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "review_notes_item_collection_idx" ON "review_notes" USING btree ("item_collection");
  CREATE INDEX "review_notes_item_id_idx" ON "review_notes" USING btree ("item_id");
  CREATE INDEX "review_notes_author_idx" ON "review_notes" USING btree ("author_id");
  CREATE INDEX "review_notes_updated_at_idx" ON "review_notes" USING btree ("updated_at");
  CREATE INDEX "review_notes_created_at_idx" ON "review_notes" USING btree ("created_at");
  CREATE INDEX "audit_log_event_idx" ON "audit_log" USING btree ("event");
  CREATE INDEX "audit_log_item_collection_idx" ON "audit_log" USING btree ("item_collection");
  CREATE INDEX "audit_log_item_id_idx" ON "audit_log" USING btree ("item_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "content_events_key_idx" ON "content_events" USING btree ("key");
  CREATE UNIQUE INDEX "content_events_seq_idx" ON "content_events" USING btree ("seq");
  CREATE INDEX "content_events_type_idx" ON "content_events" USING btree ("type");
  CREATE INDEX "content_events_item_collection_idx" ON "content_events" USING btree ("item_collection");
  CREATE INDEX "content_events_item_id_idx" ON "content_events" USING btree ("item_id");
  CREATE INDEX "content_events_updated_at_idx" ON "content_events" USING btree ("updated_at");
  CREATE INDEX "content_events_created_at_idx" ON "content_events" USING btree ("created_at");
  CREATE INDEX "api_clients_types_order_idx" ON "api_clients_types" USING btree ("order");
  CREATE INDEX "api_clients_types_parent_idx" ON "api_clients_types" USING btree ("parent_id");
  CREATE INDEX "api_clients_languages_order_idx" ON "api_clients_languages" USING btree ("order");
  CREATE INDEX "api_clients_languages_parent_idx" ON "api_clients_languages" USING btree ("parent_id");
  CREATE INDEX "api_clients_partner_idx" ON "api_clients" USING btree ("partner_id");
  CREATE INDEX "api_clients_key_hash_idx" ON "api_clients" USING btree ("key_hash");
  CREATE INDEX "api_clients_previous_key_hash_idx" ON "api_clients" USING btree ("previous_key_hash");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE UNIQUE INDEX "api_usage_key_idx" ON "api_usage" USING btree ("key");
  CREATE INDEX "api_usage_client_idx" ON "api_usage" USING btree ("client_id");
  CREATE INDEX "api_usage_day_idx" ON "api_usage" USING btree ("day");
  CREATE INDEX "api_usage_updated_at_idx" ON "api_usage" USING btree ("updated_at");
  CREATE INDEX "api_usage_created_at_idx" ON "api_usage" USING btree ("created_at");
  CREATE INDEX "api_fetches_client_idx" ON "api_fetches" USING btree ("client_id");
  CREATE INDEX "api_fetches_item_collection_idx" ON "api_fetches" USING btree ("item_collection");
  CREATE INDEX "api_fetches_item_id_idx" ON "api_fetches" USING btree ("item_id");
  CREATE INDEX "api_fetches_fetched_at_idx" ON "api_fetches" USING btree ("fetched_at");
  CREATE INDEX "webhook_endpoints_events_order_idx" ON "webhook_endpoints_events" USING btree ("order");
  CREATE INDEX "webhook_endpoints_events_parent_idx" ON "webhook_endpoints_events" USING btree ("parent_id");
  CREATE INDEX "webhook_endpoints_client_idx" ON "webhook_endpoints" USING btree ("client_id");
  CREATE INDEX "webhook_endpoints_updated_at_idx" ON "webhook_endpoints" USING btree ("updated_at");
  CREATE INDEX "webhook_endpoints_created_at_idx" ON "webhook_endpoints" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");
  CREATE INDEX "webhook_deliveries_delivery_id_idx" ON "webhook_deliveries" USING btree ("delivery_id");
  CREATE INDEX "webhook_deliveries_seq_idx" ON "webhook_deliveries" USING btree ("seq");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_materials_v" ADD CONSTRAINT "_training_materials_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_materials_v" ADD CONSTRAINT "_training_materials_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_materials_v" ADD CONSTRAINT "_training_materials_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_materials_v" ADD CONSTRAINT "_training_materials_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_media" ADD CONSTRAINT "partner_media_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_media" ADD CONSTRAINT "partner_media_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_media" ADD CONSTRAINT "partner_media_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_media" ADD CONSTRAINT "partner_media_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_notes_fk" FOREIGN KEY ("review_notes_id") REFERENCES "public"."review_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_events_fk" FOREIGN KEY ("content_events_id") REFERENCES "public"."content_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_usage_fk" FOREIGN KEY ("api_usage_id") REFERENCES "public"."api_usage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_fetches_fk" FOREIGN KEY ("api_fetches_id") REFERENCES "public"."api_fetches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_endpoints_fk" FOREIGN KEY ("webhook_endpoints_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_state_idx" ON "press_releases" USING btree ("state");
  CREATE INDEX "press_releases_owner_idx" ON "press_releases" USING btree ("owner_id");
  CREATE INDEX "press_releases_submitted_by_idx" ON "press_releases" USING btree ("submitted_by_id");
  CREATE INDEX "press_releases_approved_by_idx" ON "press_releases" USING btree ("approved_by_id");
  CREATE INDEX "press_releases_published_at_idx" ON "press_releases" USING btree ("published_at");
  CREATE INDEX "press_releases_published_by_idx" ON "press_releases" USING btree ("published_by_id");
  CREATE INDEX "_press_releases_v_version_version_state_idx" ON "_press_releases_v" USING btree ("version_state");
  CREATE INDEX "_press_releases_v_version_version_owner_idx" ON "_press_releases_v" USING btree ("version_owner_id");
  CREATE INDEX "_press_releases_v_version_version_submitted_by_idx" ON "_press_releases_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_press_releases_v_version_version_approved_by_idx" ON "_press_releases_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_press_releases_v_version_version_published_at_idx" ON "_press_releases_v" USING btree ("version_published_at");
  CREATE INDEX "_press_releases_v_version_version_published_by_idx" ON "_press_releases_v" USING btree ("version_published_by_id");
  CREATE INDEX "publications_state_idx" ON "publications" USING btree ("state");
  CREATE INDEX "publications_owner_idx" ON "publications" USING btree ("owner_id");
  CREATE INDEX "publications_submitted_by_idx" ON "publications" USING btree ("submitted_by_id");
  CREATE INDEX "publications_approved_by_idx" ON "publications" USING btree ("approved_by_id");
  CREATE INDEX "publications_published_at_idx" ON "publications" USING btree ("published_at");
  CREATE INDEX "publications_published_by_idx" ON "publications" USING btree ("published_by_id");
  CREATE INDEX "_publications_v_version_version_state_idx" ON "_publications_v" USING btree ("version_state");
  CREATE INDEX "_publications_v_version_version_owner_idx" ON "_publications_v" USING btree ("version_owner_id");
  CREATE INDEX "_publications_v_version_version_submitted_by_idx" ON "_publications_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_publications_v_version_version_approved_by_idx" ON "_publications_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_publications_v_version_version_published_at_idx" ON "_publications_v" USING btree ("version_published_at");
  CREATE INDEX "_publications_v_version_version_published_by_idx" ON "_publications_v" USING btree ("version_published_by_id");
  CREATE INDEX "training_materials_state_idx" ON "training_materials" USING btree ("state");
  CREATE INDEX "training_materials_owner_idx" ON "training_materials" USING btree ("owner_id");
  CREATE INDEX "training_materials_submitted_by_idx" ON "training_materials" USING btree ("submitted_by_id");
  CREATE INDEX "training_materials_approved_by_idx" ON "training_materials" USING btree ("approved_by_id");
  CREATE INDEX "training_materials_published_at_idx" ON "training_materials" USING btree ("published_at");
  CREATE INDEX "training_materials_published_by_idx" ON "training_materials" USING btree ("published_by_id");
  CREATE INDEX "_training_materials_v_version_version_state_idx" ON "_training_materials_v" USING btree ("version_state");
  CREATE INDEX "_training_materials_v_version_version_owner_idx" ON "_training_materials_v" USING btree ("version_owner_id");
  CREATE INDEX "_training_materials_v_version_version_submitted_by_idx" ON "_training_materials_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_training_materials_v_version_version_approved_by_idx" ON "_training_materials_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_training_materials_v_version_version_published_at_idx" ON "_training_materials_v" USING btree ("version_published_at");
  CREATE INDEX "_training_materials_v_version_version_published_by_idx" ON "_training_materials_v" USING btree ("version_published_by_id");
  CREATE INDEX "partner_media_state_idx" ON "partner_media" USING btree ("state");
  CREATE INDEX "partner_media_owner_idx" ON "partner_media" USING btree ("owner_id");
  CREATE INDEX "partner_media_submitted_by_idx" ON "partner_media" USING btree ("submitted_by_id");
  CREATE INDEX "partner_media_approved_by_idx" ON "partner_media" USING btree ("approved_by_id");
  CREATE INDEX "partner_media_published_at_idx" ON "partner_media" USING btree ("published_at");
  CREATE INDEX "partner_media_published_by_idx" ON "partner_media" USING btree ("published_by_id");
  CREATE INDEX "_partner_media_v_version_version_state_idx" ON "_partner_media_v" USING btree ("version_state");
  CREATE INDEX "_partner_media_v_version_version_owner_idx" ON "_partner_media_v" USING btree ("version_owner_id");
  CREATE INDEX "_partner_media_v_version_version_submitted_by_idx" ON "_partner_media_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_partner_media_v_version_version_approved_by_idx" ON "_partner_media_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_partner_media_v_version_version_published_at_idx" ON "_partner_media_v" USING btree ("version_published_at");
  CREATE INDEX "_partner_media_v_version_version_published_by_idx" ON "_partner_media_v" USING btree ("version_published_by_id");
  CREATE INDEX "media_released_at_idx" ON "media" USING btree ("released_at");
  CREATE INDEX "payload_locked_documents_rels_review_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("review_notes_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_content_events_id_idx" ON "payload_locked_documents_rels" USING btree ("content_events_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_locked_documents_rels_api_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("api_usage_id");
  CREATE INDEX "payload_locked_documents_rels_api_fetches_id_idx" ON "payload_locked_documents_rels" USING btree ("api_fetches_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_endpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_endpoints_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
  // Data: content published before the workflow existed stays published (every language, version 1),
  // and media, which were all public before, stay public until the workflow next recomputes them.
  await db.execute(sql.raw(`UPDATE "press_releases" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "press_releases_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "press_releases" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "_press_releases_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "publications" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "publications_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "publications" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "_publications_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "training_materials" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "training_materials_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "training_materials" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "_training_materials_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "partner_media" SET "state" = 'published', "published_version" = 1, "first_published_at" = "updated_at", "published_at" = "updated_at" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_published_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 1, "id", 'vi' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 2, "id", 'en' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`INSERT INTO "partner_media_ready_locales" ("order", "parent_id", "value") SELECT 3, "id", 'lo' FROM "partner_media" WHERE "_status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "_partner_media_v" SET "version_state" = 'published', "version_published_version" = 1, "version_first_published_at" = "version_updated_at", "version_published_at" = "version_updated_at" WHERE "version__status" = 'published'`))
  await db.execute(sql.raw(`UPDATE "media" SET "released_at" = "created_at"`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v_version_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_materials_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_materials_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_materials_v_version_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_materials_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_media_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_media_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partner_media_v_version_ready_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partner_media_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_usage" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_fetches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_endpoints_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_endpoints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "press_releases_ready_locales" CASCADE;
  DROP TABLE "press_releases_published_locales" CASCADE;
  DROP TABLE "_press_releases_v_version_ready_locales" CASCADE;
  DROP TABLE "_press_releases_v_version_published_locales" CASCADE;
  DROP TABLE "publications_ready_locales" CASCADE;
  DROP TABLE "publications_published_locales" CASCADE;
  DROP TABLE "_publications_v_version_ready_locales" CASCADE;
  DROP TABLE "_publications_v_version_published_locales" CASCADE;
  DROP TABLE "training_materials_ready_locales" CASCADE;
  DROP TABLE "training_materials_published_locales" CASCADE;
  DROP TABLE "_training_materials_v_version_ready_locales" CASCADE;
  DROP TABLE "_training_materials_v_version_published_locales" CASCADE;
  DROP TABLE "partner_media_ready_locales" CASCADE;
  DROP TABLE "partner_media_published_locales" CASCADE;
  DROP TABLE "_partner_media_v_version_ready_locales" CASCADE;
  DROP TABLE "_partner_media_v_version_published_locales" CASCADE;
  DROP TABLE "review_notes" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "content_events" CASCADE;
  DROP TABLE "api_clients_types" CASCADE;
  DROP TABLE "api_clients_languages" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "api_usage" CASCADE;
  DROP TABLE "api_fetches" CASCADE;
  DROP TABLE "webhook_endpoints_events" CASCADE;
  DROP TABLE "webhook_endpoints" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_owner_id_users_id_fk";
  
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_submitted_by_id_users_id_fk";
  
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_approved_by_id_users_id_fk";
  
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_published_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_owner_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_submitted_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_approved_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_published_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "training_materials" DROP CONSTRAINT "training_materials_owner_id_users_id_fk";
  
  ALTER TABLE "training_materials" DROP CONSTRAINT "training_materials_submitted_by_id_users_id_fk";
  
  ALTER TABLE "training_materials" DROP CONSTRAINT "training_materials_approved_by_id_users_id_fk";
  
  ALTER TABLE "training_materials" DROP CONSTRAINT "training_materials_published_by_id_users_id_fk";
  
  ALTER TABLE "_training_materials_v" DROP CONSTRAINT "_training_materials_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_training_materials_v" DROP CONSTRAINT "_training_materials_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_training_materials_v" DROP CONSTRAINT "_training_materials_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "_training_materials_v" DROP CONSTRAINT "_training_materials_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "partner_media" DROP CONSTRAINT "partner_media_owner_id_users_id_fk";
  
  ALTER TABLE "partner_media" DROP CONSTRAINT "partner_media_submitted_by_id_users_id_fk";
  
  ALTER TABLE "partner_media" DROP CONSTRAINT "partner_media_approved_by_id_users_id_fk";
  
  ALTER TABLE "partner_media" DROP CONSTRAINT "partner_media_published_by_id_users_id_fk";
  
  ALTER TABLE "_partner_media_v" DROP CONSTRAINT "_partner_media_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_partner_media_v" DROP CONSTRAINT "_partner_media_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_partner_media_v" DROP CONSTRAINT "_partner_media_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "_partner_media_v" DROP CONSTRAINT "_partner_media_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_clients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_usage_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_fetches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_endpoints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  DROP INDEX "press_releases_state_idx";
  DROP INDEX "press_releases_owner_idx";
  DROP INDEX "press_releases_submitted_by_idx";
  DROP INDEX "press_releases_approved_by_idx";
  DROP INDEX "press_releases_published_at_idx";
  DROP INDEX "press_releases_published_by_idx";
  DROP INDEX "_press_releases_v_version_version_state_idx";
  DROP INDEX "_press_releases_v_version_version_owner_idx";
  DROP INDEX "_press_releases_v_version_version_submitted_by_idx";
  DROP INDEX "_press_releases_v_version_version_approved_by_idx";
  DROP INDEX "_press_releases_v_version_version_published_at_idx";
  DROP INDEX "_press_releases_v_version_version_published_by_idx";
  DROP INDEX "publications_state_idx";
  DROP INDEX "publications_owner_idx";
  DROP INDEX "publications_submitted_by_idx";
  DROP INDEX "publications_approved_by_idx";
  DROP INDEX "publications_published_at_idx";
  DROP INDEX "publications_published_by_idx";
  DROP INDEX "_publications_v_version_version_state_idx";
  DROP INDEX "_publications_v_version_version_owner_idx";
  DROP INDEX "_publications_v_version_version_submitted_by_idx";
  DROP INDEX "_publications_v_version_version_approved_by_idx";
  DROP INDEX "_publications_v_version_version_published_at_idx";
  DROP INDEX "_publications_v_version_version_published_by_idx";
  DROP INDEX "training_materials_state_idx";
  DROP INDEX "training_materials_owner_idx";
  DROP INDEX "training_materials_submitted_by_idx";
  DROP INDEX "training_materials_approved_by_idx";
  DROP INDEX "training_materials_published_at_idx";
  DROP INDEX "training_materials_published_by_idx";
  DROP INDEX "_training_materials_v_version_version_state_idx";
  DROP INDEX "_training_materials_v_version_version_owner_idx";
  DROP INDEX "_training_materials_v_version_version_submitted_by_idx";
  DROP INDEX "_training_materials_v_version_version_approved_by_idx";
  DROP INDEX "_training_materials_v_version_version_published_at_idx";
  DROP INDEX "_training_materials_v_version_version_published_by_idx";
  DROP INDEX "partner_media_state_idx";
  DROP INDEX "partner_media_owner_idx";
  DROP INDEX "partner_media_submitted_by_idx";
  DROP INDEX "partner_media_approved_by_idx";
  DROP INDEX "partner_media_published_at_idx";
  DROP INDEX "partner_media_published_by_idx";
  DROP INDEX "_partner_media_v_version_version_state_idx";
  DROP INDEX "_partner_media_v_version_version_owner_idx";
  DROP INDEX "_partner_media_v_version_version_submitted_by_idx";
  DROP INDEX "_partner_media_v_version_version_approved_by_idx";
  DROP INDEX "_partner_media_v_version_version_published_at_idx";
  DROP INDEX "_partner_media_v_version_version_published_by_idx";
  DROP INDEX "media_released_at_idx";
  DROP INDEX "payload_locked_documents_rels_review_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_content_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_api_clients_id_idx";
  DROP INDEX "payload_locked_documents_rels_api_usage_id_idx";
  DROP INDEX "payload_locked_documents_rels_api_fetches_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_endpoints_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "press_releases" DROP COLUMN "state";
  ALTER TABLE "press_releases" DROP COLUMN "owner_id";
  ALTER TABLE "press_releases" DROP COLUMN "submitted_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "submitted_at";
  ALTER TABLE "press_releases" DROP COLUMN "approved_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "scheduled_for";
  ALTER TABLE "press_releases" DROP COLUMN "schedule_job";
  ALTER TABLE "press_releases" DROP COLUMN "first_published_at";
  ALTER TABLE "press_releases" DROP COLUMN "published_at";
  ALTER TABLE "press_releases" DROP COLUMN "published_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "published_version";
  ALTER TABLE "press_releases" DROP COLUMN "force_published";
  ALTER TABLE "press_releases" DROP COLUMN "force_publish_reason";
  ALTER TABLE "press_releases" DROP COLUMN "correction_note";
  ALTER TABLE "press_releases" DROP COLUMN "corrected_at";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawn_at";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_state";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_schedule_job";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_published_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_published_version";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_correction_note";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_corrected_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "publications" DROP COLUMN "state";
  ALTER TABLE "publications" DROP COLUMN "owner_id";
  ALTER TABLE "publications" DROP COLUMN "submitted_by_id";
  ALTER TABLE "publications" DROP COLUMN "submitted_at";
  ALTER TABLE "publications" DROP COLUMN "approved_by_id";
  ALTER TABLE "publications" DROP COLUMN "scheduled_for";
  ALTER TABLE "publications" DROP COLUMN "schedule_job";
  ALTER TABLE "publications" DROP COLUMN "first_published_at";
  ALTER TABLE "publications" DROP COLUMN "published_at";
  ALTER TABLE "publications" DROP COLUMN "published_by_id";
  ALTER TABLE "publications" DROP COLUMN "published_version";
  ALTER TABLE "publications" DROP COLUMN "force_published";
  ALTER TABLE "publications" DROP COLUMN "force_publish_reason";
  ALTER TABLE "publications" DROP COLUMN "correction_note";
  ALTER TABLE "publications" DROP COLUMN "corrected_at";
  ALTER TABLE "publications" DROP COLUMN "withdrawn_at";
  ALTER TABLE "publications" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "_publications_v" DROP COLUMN "version_state";
  ALTER TABLE "_publications_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_publications_v" DROP COLUMN "version_schedule_job";
  ALTER TABLE "_publications_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_published_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_published_version";
  ALTER TABLE "_publications_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_publications_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_publications_v" DROP COLUMN "version_correction_note";
  ALTER TABLE "_publications_v" DROP COLUMN "version_corrected_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "training_materials" DROP COLUMN "state";
  ALTER TABLE "training_materials" DROP COLUMN "owner_id";
  ALTER TABLE "training_materials" DROP COLUMN "submitted_by_id";
  ALTER TABLE "training_materials" DROP COLUMN "submitted_at";
  ALTER TABLE "training_materials" DROP COLUMN "approved_by_id";
  ALTER TABLE "training_materials" DROP COLUMN "scheduled_for";
  ALTER TABLE "training_materials" DROP COLUMN "schedule_job";
  ALTER TABLE "training_materials" DROP COLUMN "first_published_at";
  ALTER TABLE "training_materials" DROP COLUMN "published_at";
  ALTER TABLE "training_materials" DROP COLUMN "published_by_id";
  ALTER TABLE "training_materials" DROP COLUMN "published_version";
  ALTER TABLE "training_materials" DROP COLUMN "force_published";
  ALTER TABLE "training_materials" DROP COLUMN "force_publish_reason";
  ALTER TABLE "training_materials" DROP COLUMN "correction_note";
  ALTER TABLE "training_materials" DROP COLUMN "corrected_at";
  ALTER TABLE "training_materials" DROP COLUMN "withdrawn_at";
  ALTER TABLE "training_materials" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_state";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_schedule_job";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_published_at";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_published_version";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_correction_note";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_corrected_at";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_training_materials_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "partner_media" DROP COLUMN "state";
  ALTER TABLE "partner_media" DROP COLUMN "owner_id";
  ALTER TABLE "partner_media" DROP COLUMN "submitted_by_id";
  ALTER TABLE "partner_media" DROP COLUMN "submitted_at";
  ALTER TABLE "partner_media" DROP COLUMN "approved_by_id";
  ALTER TABLE "partner_media" DROP COLUMN "scheduled_for";
  ALTER TABLE "partner_media" DROP COLUMN "schedule_job";
  ALTER TABLE "partner_media" DROP COLUMN "first_published_at";
  ALTER TABLE "partner_media" DROP COLUMN "published_at";
  ALTER TABLE "partner_media" DROP COLUMN "published_by_id";
  ALTER TABLE "partner_media" DROP COLUMN "published_version";
  ALTER TABLE "partner_media" DROP COLUMN "force_published";
  ALTER TABLE "partner_media" DROP COLUMN "force_publish_reason";
  ALTER TABLE "partner_media" DROP COLUMN "correction_note";
  ALTER TABLE "partner_media" DROP COLUMN "corrected_at";
  ALTER TABLE "partner_media" DROP COLUMN "withdrawn_at";
  ALTER TABLE "partner_media" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_state";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_schedule_job";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_published_at";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_published_version";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_force_published";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_correction_note";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_corrected_at";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_partner_media_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "media" DROP COLUMN "released_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_clients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_usage_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_fetches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_endpoints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_press_releases_ready_locales";
  DROP TYPE "public"."enum_press_releases_published_locales";
  DROP TYPE "public"."enum_press_releases_state";
  DROP TYPE "public"."enum__press_releases_v_version_ready_locales";
  DROP TYPE "public"."enum__press_releases_v_version_published_locales";
  DROP TYPE "public"."enum__press_releases_v_version_state";
  DROP TYPE "public"."enum_publications_ready_locales";
  DROP TYPE "public"."enum_publications_published_locales";
  DROP TYPE "public"."enum_publications_state";
  DROP TYPE "public"."enum__publications_v_version_ready_locales";
  DROP TYPE "public"."enum__publications_v_version_published_locales";
  DROP TYPE "public"."enum__publications_v_version_state";
  DROP TYPE "public"."enum_training_materials_ready_locales";
  DROP TYPE "public"."enum_training_materials_published_locales";
  DROP TYPE "public"."enum_training_materials_state";
  DROP TYPE "public"."enum__training_materials_v_version_ready_locales";
  DROP TYPE "public"."enum__training_materials_v_version_published_locales";
  DROP TYPE "public"."enum__training_materials_v_version_state";
  DROP TYPE "public"."enum_partner_media_ready_locales";
  DROP TYPE "public"."enum_partner_media_published_locales";
  DROP TYPE "public"."enum_partner_media_state";
  DROP TYPE "public"."enum__partner_media_v_version_ready_locales";
  DROP TYPE "public"."enum__partner_media_v_version_published_locales";
  DROP TYPE "public"."enum__partner_media_v_version_state";
  DROP TYPE "public"."enum_review_notes_action";
  DROP TYPE "public"."enum_audit_log_event";
  DROP TYPE "public"."enum_audit_log_from_state";
  DROP TYPE "public"."enum_audit_log_to_state";
  DROP TYPE "public"."enum_content_events_type";
  DROP TYPE "public"."enum_api_clients_types";
  DROP TYPE "public"."enum_api_clients_languages";
  DROP TYPE "public"."enum_api_fetches_item_collection";
  DROP TYPE "public"."enum_api_fetches_locale";
  DROP TYPE "public"."enum_webhook_endpoints_events";
  DROP TYPE "public"."enum_webhook_deliveries_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
