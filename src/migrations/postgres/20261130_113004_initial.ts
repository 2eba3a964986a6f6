import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_press_releases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_releases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_releases_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_publications_kind" AS ENUM('book', 'brochure', 'leaflet', 'photo-book', 'video', 'infographic', 'e-magazine', 'map');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_kind" AS ENUM('book', 'brochure', 'leaflet', 'photo-book', 'video', 'infographic', 'e-magazine', 'map');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_training_materials_visibility" AS ENUM('staff', 'public');
  CREATE TYPE "public"."enum_training_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__training_materials_v_version_visibility" AS ENUM('staff', 'public');
  CREATE TYPE "public"."enum__training_materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__training_materials_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_partner_media_kind" AS ENUM('article', 'video', 'photo-story', 'broadcast', 'podcast');
  CREATE TYPE "public"."enum_partner_media_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partner_media_v_version_kind" AS ENUM('article', 'video', 'photo-story', 'broadcast', 'podcast');
  CREATE TYPE "public"."enum__partner_media_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partner_media_v_published_locale" AS ENUM('vi', 'en', 'lo');
  CREATE TYPE "public"."enum_partners_kind" AS ENUM('central-press-agency', 'national-broadcaster', 'national-newspaper', 'foreign-media', 'lao-media', 'provincial-media');
  CREATE TYPE "public"."enum__partners_v_version_kind" AS ENUM('central-press-agency', 'national-broadcaster', 'national-newspaper', 'foreign-media', 'lao-media', 'provincial-media');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('contributor', 'editor', 'publisher', 'admin');
  CREATE TYPE "public"."enum_site_settings_social_links_platform" AS ENUM('facebook', 'youtube', 'zalo', 'tiktok', 'x', 'linkedin', 'website');
  CREATE TABLE "press_releases_press_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "press_releases_press_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "press_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"embargo_until" timestamp(3) with time zone,
  	"release_number" varchar,
  	"release_year" numeric,
  	"release_sequence" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_press_releases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "press_releases_locales" (
  	"headline" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"dateline_place" varchar,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "press_releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_press_releases_v_version_press_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_press_releases_v_version_press_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_press_releases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_release_number" varchar,
  	"version_release_year" numeric,
  	"version_release_sequence" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__press_releases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__press_releases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_press_releases_v_locales" (
  	"version_headline" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_dateline_place" varchar,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_publications_kind",
  	"cover_id" integer,
  	"isbn" varchar,
  	"publication_number" varchar,
  	"year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "publications_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"publisher" varchar,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__publications_v_version_kind",
  	"version_cover_id" integer,
  	"version_isbn" varchar,
  	"version_publication_number" varchar,
  	"version_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__publications_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_publications_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_publisher" varchar,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_publications_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "training_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"visibility" "enum_training_materials_visibility" DEFAULT 'staff',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_training_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "training_materials_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"course" varchar,
  	"audience" varchar,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "training_materials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_training_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_date" timestamp(3) with time zone,
  	"version_visibility" "enum__training_materials_v_version_visibility" DEFAULT 'staff',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__training_materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__training_materials_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_training_materials_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_course" varchar,
  	"version_audience" varchar,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_materials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "partner_media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"partner_id" integer,
  	"kind" "enum_partner_media_kind",
  	"original_url" varchar,
  	"date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partner_media_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "partner_media_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partner_media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_partner_media_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_partner_id" integer,
  	"version_kind" "enum__partner_media_v_version_kind",
  	"version_original_url" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partner_media_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__partner_media_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_partner_media_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partner_media_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "partners_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "partners_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_partners_kind" NOT NULL,
  	"country" varchar DEFAULT 'VN' NOT NULL,
  	"website" varchar,
  	"logo_id" integer,
  	"agreement_number" varchar,
  	"agreement_from" timestamp(3) with time zone,
  	"agreement_until" timestamp(3) with time zone,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partners_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_partners_v_version_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__partners_v_version_kind" NOT NULL,
  	"version_country" varchar DEFAULT 'VN' NOT NULL,
  	"version_website" varchar,
  	"version_logo_id" integer,
  	"version_agreement_number" varchar,
  	"version_agreement_from" timestamp(3) with time zone,
  	"version_agreement_until" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_partners_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"copyright" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "release_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"sequence" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"press_releases_id" integer,
  	"publications_id" integer,
  	"training_materials_id" integer,
  	"partner_media_id" integer,
  	"partners_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"release_numbers_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_links_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"email_sender_address" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"organization_name" varchar NOT NULL,
  	"address" varchar,
  	"email_sender_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "press_releases_press_contacts" ADD CONSTRAINT "press_releases_press_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_press_contacts_locales" ADD CONSTRAINT "press_releases_press_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases_press_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_locales" ADD CONSTRAINT "press_releases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_press_contacts" ADD CONSTRAINT "_press_releases_v_version_press_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_press_contacts_locales" ADD CONSTRAINT "_press_releases_v_version_press_contacts_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v_version_press_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_parent_id_press_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_locales" ADD CONSTRAINT "_press_releases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_locales" ADD CONSTRAINT "training_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_rels" ADD CONSTRAINT "training_materials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_rels" ADD CONSTRAINT "training_materials_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_materials_rels" ADD CONSTRAINT "training_materials_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v" ADD CONSTRAINT "_training_materials_v_parent_id_training_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_materials_v_locales" ADD CONSTRAINT "_training_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v_rels" ADD CONSTRAINT "_training_materials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v_rels" ADD CONSTRAINT "_training_materials_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_materials_v_rels" ADD CONSTRAINT "_training_materials_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media" ADD CONSTRAINT "partner_media_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_media_locales" ADD CONSTRAINT "partner_media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media_rels" ADD CONSTRAINT "partner_media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media_rels" ADD CONSTRAINT "partner_media_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_media_rels" ADD CONSTRAINT "partner_media_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_parent_id_partner_media_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v" ADD CONSTRAINT "_partner_media_v_version_partner_id_partners_id_fk" FOREIGN KEY ("version_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_media_v_locales" ADD CONSTRAINT "_partner_media_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partner_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v_rels" ADD CONSTRAINT "_partner_media_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v_rels" ADD CONSTRAINT "_partner_media_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_media_v_rels" ADD CONSTRAINT "_partner_media_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_contacts" ADD CONSTRAINT "partners_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_contacts_locales" ADD CONSTRAINT "partners_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_contacts" ADD CONSTRAINT "_partners_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_contacts_locales" ADD CONSTRAINT "_partners_v_version_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v_version_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v_locales" ADD CONSTRAINT "_partners_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_materials_fk" FOREIGN KEY ("training_materials_id") REFERENCES "public"."training_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_media_fk" FOREIGN KEY ("partner_media_id") REFERENCES "public"."partner_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_release_numbers_fk" FOREIGN KEY ("release_numbers_id") REFERENCES "public"."release_numbers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_press_contacts_order_idx" ON "press_releases_press_contacts" USING btree ("_order");
  CREATE INDEX "press_releases_press_contacts_parent_id_idx" ON "press_releases_press_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "press_releases_press_contacts_locales_locale_parent_id_uniqu" ON "press_releases_press_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "press_releases_release_number_idx" ON "press_releases" USING btree ("release_number");
  CREATE INDEX "press_releases_release_year_idx" ON "press_releases" USING btree ("release_year");
  CREATE INDEX "press_releases_updated_at_idx" ON "press_releases" USING btree ("updated_at");
  CREATE INDEX "press_releases_created_at_idx" ON "press_releases" USING btree ("created_at");
  CREATE INDEX "press_releases__status_idx" ON "press_releases" USING btree ("_status");
  CREATE INDEX "press_releases_slug_idx" ON "press_releases_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "press_releases_locales_locale_parent_id_unique" ON "press_releases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "press_releases_rels_order_idx" ON "press_releases_rels" USING btree ("order");
  CREATE INDEX "press_releases_rels_parent_idx" ON "press_releases_rels" USING btree ("parent_id");
  CREATE INDEX "press_releases_rels_path_idx" ON "press_releases_rels" USING btree ("path");
  CREATE INDEX "press_releases_rels_media_id_idx" ON "press_releases_rels" USING btree ("media_id");
  CREATE INDEX "press_releases_rels_press_releases_id_idx" ON "press_releases_rels" USING btree ("press_releases_id");
  CREATE INDEX "press_releases_rels_publications_id_idx" ON "press_releases_rels" USING btree ("publications_id");
  CREATE INDEX "press_releases_rels_training_materials_id_idx" ON "press_releases_rels" USING btree ("training_materials_id");
  CREATE INDEX "press_releases_rels_partner_media_id_idx" ON "press_releases_rels" USING btree ("partner_media_id");
  CREATE INDEX "press_releases_rels_topics_id_idx" ON "press_releases_rels" USING btree ("topics_id");
  CREATE INDEX "_press_releases_v_version_press_contacts_order_idx" ON "_press_releases_v_version_press_contacts" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_press_contacts_parent_id_idx" ON "_press_releases_v_version_press_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_press_releases_v_version_press_contacts_locales_locale_pare" ON "_press_releases_v_version_press_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_press_releases_v_parent_idx" ON "_press_releases_v" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_version_release_number_idx" ON "_press_releases_v" USING btree ("version_release_number");
  CREATE INDEX "_press_releases_v_version_version_release_year_idx" ON "_press_releases_v" USING btree ("version_release_year");
  CREATE INDEX "_press_releases_v_version_version_updated_at_idx" ON "_press_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_press_releases_v_version_version_created_at_idx" ON "_press_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_press_releases_v_version_version__status_idx" ON "_press_releases_v" USING btree ("version__status");
  CREATE INDEX "_press_releases_v_created_at_idx" ON "_press_releases_v" USING btree ("created_at");
  CREATE INDEX "_press_releases_v_updated_at_idx" ON "_press_releases_v" USING btree ("updated_at");
  CREATE INDEX "_press_releases_v_snapshot_idx" ON "_press_releases_v" USING btree ("snapshot");
  CREATE INDEX "_press_releases_v_published_locale_idx" ON "_press_releases_v" USING btree ("published_locale");
  CREATE INDEX "_press_releases_v_latest_idx" ON "_press_releases_v" USING btree ("latest");
  CREATE INDEX "_press_releases_v_version_version_slug_idx" ON "_press_releases_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_press_releases_v_locales_locale_parent_id_unique" ON "_press_releases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_press_releases_v_rels_order_idx" ON "_press_releases_v_rels" USING btree ("order");
  CREATE INDEX "_press_releases_v_rels_parent_idx" ON "_press_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_rels_path_idx" ON "_press_releases_v_rels" USING btree ("path");
  CREATE INDEX "_press_releases_v_rels_media_id_idx" ON "_press_releases_v_rels" USING btree ("media_id");
  CREATE INDEX "_press_releases_v_rels_press_releases_id_idx" ON "_press_releases_v_rels" USING btree ("press_releases_id");
  CREATE INDEX "_press_releases_v_rels_publications_id_idx" ON "_press_releases_v_rels" USING btree ("publications_id");
  CREATE INDEX "_press_releases_v_rels_training_materials_id_idx" ON "_press_releases_v_rels" USING btree ("training_materials_id");
  CREATE INDEX "_press_releases_v_rels_partner_media_id_idx" ON "_press_releases_v_rels" USING btree ("partner_media_id");
  CREATE INDEX "_press_releases_v_rels_topics_id_idx" ON "_press_releases_v_rels" USING btree ("topics_id");
  CREATE INDEX "publications_cover_idx" ON "publications" USING btree ("cover_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE INDEX "publications_slug_idx" ON "publications_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "publications_locales_locale_parent_id_unique" ON "publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "publications_rels_order_idx" ON "publications_rels" USING btree ("order");
  CREATE INDEX "publications_rels_parent_idx" ON "publications_rels" USING btree ("parent_id");
  CREATE INDEX "publications_rels_path_idx" ON "publications_rels" USING btree ("path");
  CREATE INDEX "publications_rels_locale_idx" ON "publications_rels" USING btree ("locale");
  CREATE INDEX "publications_rels_media_id_idx" ON "publications_rels" USING btree ("media_id","locale");
  CREATE INDEX "publications_rels_topics_id_idx" ON "publications_rels" USING btree ("topics_id","locale");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_cover_idx" ON "_publications_v" USING btree ("version_cover_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_snapshot_idx" ON "_publications_v" USING btree ("snapshot");
  CREATE INDEX "_publications_v_published_locale_idx" ON "_publications_v" USING btree ("published_locale");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_publications_v_locales_locale_parent_id_unique" ON "_publications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_publications_v_rels_order_idx" ON "_publications_v_rels" USING btree ("order");
  CREATE INDEX "_publications_v_rels_parent_idx" ON "_publications_v_rels" USING btree ("parent_id");
  CREATE INDEX "_publications_v_rels_path_idx" ON "_publications_v_rels" USING btree ("path");
  CREATE INDEX "_publications_v_rels_locale_idx" ON "_publications_v_rels" USING btree ("locale");
  CREATE INDEX "_publications_v_rels_media_id_idx" ON "_publications_v_rels" USING btree ("media_id","locale");
  CREATE INDEX "_publications_v_rels_topics_id_idx" ON "_publications_v_rels" USING btree ("topics_id","locale");
  CREATE INDEX "training_materials_updated_at_idx" ON "training_materials" USING btree ("updated_at");
  CREATE INDEX "training_materials_created_at_idx" ON "training_materials" USING btree ("created_at");
  CREATE INDEX "training_materials__status_idx" ON "training_materials" USING btree ("_status");
  CREATE INDEX "training_materials_slug_idx" ON "training_materials_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "training_materials_locales_locale_parent_id_unique" ON "training_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_materials_rels_order_idx" ON "training_materials_rels" USING btree ("order");
  CREATE INDEX "training_materials_rels_parent_idx" ON "training_materials_rels" USING btree ("parent_id");
  CREATE INDEX "training_materials_rels_path_idx" ON "training_materials_rels" USING btree ("path");
  CREATE INDEX "training_materials_rels_media_id_idx" ON "training_materials_rels" USING btree ("media_id");
  CREATE INDEX "training_materials_rels_topics_id_idx" ON "training_materials_rels" USING btree ("topics_id");
  CREATE INDEX "_training_materials_v_parent_idx" ON "_training_materials_v" USING btree ("parent_id");
  CREATE INDEX "_training_materials_v_version_version_updated_at_idx" ON "_training_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_training_materials_v_version_version_created_at_idx" ON "_training_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_training_materials_v_version_version__status_idx" ON "_training_materials_v" USING btree ("version__status");
  CREATE INDEX "_training_materials_v_created_at_idx" ON "_training_materials_v" USING btree ("created_at");
  CREATE INDEX "_training_materials_v_updated_at_idx" ON "_training_materials_v" USING btree ("updated_at");
  CREATE INDEX "_training_materials_v_snapshot_idx" ON "_training_materials_v" USING btree ("snapshot");
  CREATE INDEX "_training_materials_v_published_locale_idx" ON "_training_materials_v" USING btree ("published_locale");
  CREATE INDEX "_training_materials_v_latest_idx" ON "_training_materials_v" USING btree ("latest");
  CREATE INDEX "_training_materials_v_version_version_slug_idx" ON "_training_materials_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_training_materials_v_locales_locale_parent_id_unique" ON "_training_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_materials_v_rels_order_idx" ON "_training_materials_v_rels" USING btree ("order");
  CREATE INDEX "_training_materials_v_rels_parent_idx" ON "_training_materials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_training_materials_v_rels_path_idx" ON "_training_materials_v_rels" USING btree ("path");
  CREATE INDEX "_training_materials_v_rels_media_id_idx" ON "_training_materials_v_rels" USING btree ("media_id");
  CREATE INDEX "_training_materials_v_rels_topics_id_idx" ON "_training_materials_v_rels" USING btree ("topics_id");
  CREATE INDEX "partner_media_partner_idx" ON "partner_media" USING btree ("partner_id");
  CREATE INDEX "partner_media_updated_at_idx" ON "partner_media" USING btree ("updated_at");
  CREATE INDEX "partner_media_created_at_idx" ON "partner_media" USING btree ("created_at");
  CREATE INDEX "partner_media__status_idx" ON "partner_media" USING btree ("_status");
  CREATE INDEX "partner_media_slug_idx" ON "partner_media_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "partner_media_locales_locale_parent_id_unique" ON "partner_media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partner_media_rels_order_idx" ON "partner_media_rels" USING btree ("order");
  CREATE INDEX "partner_media_rels_parent_idx" ON "partner_media_rels" USING btree ("parent_id");
  CREATE INDEX "partner_media_rels_path_idx" ON "partner_media_rels" USING btree ("path");
  CREATE INDEX "partner_media_rels_media_id_idx" ON "partner_media_rels" USING btree ("media_id");
  CREATE INDEX "partner_media_rels_topics_id_idx" ON "partner_media_rels" USING btree ("topics_id");
  CREATE INDEX "_partner_media_v_parent_idx" ON "_partner_media_v" USING btree ("parent_id");
  CREATE INDEX "_partner_media_v_version_version_partner_idx" ON "_partner_media_v" USING btree ("version_partner_id");
  CREATE INDEX "_partner_media_v_version_version_updated_at_idx" ON "_partner_media_v" USING btree ("version_updated_at");
  CREATE INDEX "_partner_media_v_version_version_created_at_idx" ON "_partner_media_v" USING btree ("version_created_at");
  CREATE INDEX "_partner_media_v_version_version__status_idx" ON "_partner_media_v" USING btree ("version__status");
  CREATE INDEX "_partner_media_v_created_at_idx" ON "_partner_media_v" USING btree ("created_at");
  CREATE INDEX "_partner_media_v_updated_at_idx" ON "_partner_media_v" USING btree ("updated_at");
  CREATE INDEX "_partner_media_v_snapshot_idx" ON "_partner_media_v" USING btree ("snapshot");
  CREATE INDEX "_partner_media_v_published_locale_idx" ON "_partner_media_v" USING btree ("published_locale");
  CREATE INDEX "_partner_media_v_latest_idx" ON "_partner_media_v" USING btree ("latest");
  CREATE INDEX "_partner_media_v_version_version_slug_idx" ON "_partner_media_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_partner_media_v_locales_locale_parent_id_unique" ON "_partner_media_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partner_media_v_rels_order_idx" ON "_partner_media_v_rels" USING btree ("order");
  CREATE INDEX "_partner_media_v_rels_parent_idx" ON "_partner_media_v_rels" USING btree ("parent_id");
  CREATE INDEX "_partner_media_v_rels_path_idx" ON "_partner_media_v_rels" USING btree ("path");
  CREATE INDEX "_partner_media_v_rels_media_id_idx" ON "_partner_media_v_rels" USING btree ("media_id");
  CREATE INDEX "_partner_media_v_rels_topics_id_idx" ON "_partner_media_v_rels" USING btree ("topics_id");
  CREATE INDEX "partners_contacts_order_idx" ON "partners_contacts" USING btree ("_order");
  CREATE INDEX "partners_contacts_parent_id_idx" ON "partners_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "partners_contacts_locales_locale_parent_id_unique" ON "partners_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE INDEX "partners_slug_idx" ON "partners" USING btree ("slug");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partners_v_version_contacts_order_idx" ON "_partners_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_partners_v_version_contacts_parent_id_idx" ON "_partners_v_version_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_partners_v_version_contacts_locales_locale_parent_id_unique" ON "_partners_v_version_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version_logo_idx" ON "_partners_v" USING btree ("version_logo_id");
  CREATE INDEX "_partners_v_version_version_slug_idx" ON "_partners_v" USING btree ("version_slug");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_partners_v_locales_locale_parent_id_unique" ON "_partners_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "release_numbers_value_idx" ON "release_numbers" USING btree ("value");
  CREATE INDEX "release_numbers_year_idx" ON "release_numbers" USING btree ("year");
  CREATE INDEX "release_numbers_updated_at_idx" ON "release_numbers" USING btree ("updated_at");
  CREATE INDEX "release_numbers_created_at_idx" ON "release_numbers" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_press_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("press_releases_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_training_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("training_materials_id");
  CREATE INDEX "payload_locked_documents_rels_partner_media_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_media_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_release_numbers_id_idx" ON "payload_locked_documents_rels" USING btree ("release_numbers_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "press_releases_press_contacts" CASCADE;
  DROP TABLE "press_releases_press_contacts_locales" CASCADE;
  DROP TABLE "press_releases" CASCADE;
  DROP TABLE "press_releases_locales" CASCADE;
  DROP TABLE "press_releases_rels" CASCADE;
  DROP TABLE "_press_releases_v_version_press_contacts" CASCADE;
  DROP TABLE "_press_releases_v_version_press_contacts_locales" CASCADE;
  DROP TABLE "_press_releases_v" CASCADE;
  DROP TABLE "_press_releases_v_locales" CASCADE;
  DROP TABLE "_press_releases_v_rels" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_locales" CASCADE;
  DROP TABLE "publications_rels" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_locales" CASCADE;
  DROP TABLE "_publications_v_rels" CASCADE;
  DROP TABLE "training_materials" CASCADE;
  DROP TABLE "training_materials_locales" CASCADE;
  DROP TABLE "training_materials_rels" CASCADE;
  DROP TABLE "_training_materials_v" CASCADE;
  DROP TABLE "_training_materials_v_locales" CASCADE;
  DROP TABLE "_training_materials_v_rels" CASCADE;
  DROP TABLE "partner_media" CASCADE;
  DROP TABLE "partner_media_locales" CASCADE;
  DROP TABLE "partner_media_rels" CASCADE;
  DROP TABLE "_partner_media_v" CASCADE;
  DROP TABLE "_partner_media_v_locales" CASCADE;
  DROP TABLE "_partner_media_v_rels" CASCADE;
  DROP TABLE "partners_contacts" CASCADE;
  DROP TABLE "partners_contacts_locales" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "_partners_v_version_contacts" CASCADE;
  DROP TABLE "_partners_v_version_contacts_locales" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  DROP TABLE "_partners_v_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "release_numbers" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_press_releases_status";
  DROP TYPE "public"."enum__press_releases_v_version_status";
  DROP TYPE "public"."enum__press_releases_v_published_locale";
  DROP TYPE "public"."enum_publications_kind";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_kind";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum__publications_v_published_locale";
  DROP TYPE "public"."enum_training_materials_visibility";
  DROP TYPE "public"."enum_training_materials_status";
  DROP TYPE "public"."enum__training_materials_v_version_visibility";
  DROP TYPE "public"."enum__training_materials_v_version_status";
  DROP TYPE "public"."enum__training_materials_v_published_locale";
  DROP TYPE "public"."enum_partner_media_kind";
  DROP TYPE "public"."enum_partner_media_status";
  DROP TYPE "public"."enum__partner_media_v_version_kind";
  DROP TYPE "public"."enum__partner_media_v_version_status";
  DROP TYPE "public"."enum__partner_media_v_published_locale";
  DROP TYPE "public"."enum_partners_kind";
  DROP TYPE "public"."enum__partners_v_version_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_site_settings_social_links_platform";`)
}
