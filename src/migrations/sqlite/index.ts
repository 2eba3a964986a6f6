import * as migration_20261130_112953_initial from './20261130_112953_initial';
import * as migration_20261130_140149_workflow_agency_api from './20261130_140149_workflow_agency_api';
import * as migration_20261130_152604_locale_parent_indexes from './20261130_152604_locale_parent_indexes';
import * as migration_20261130_161526_email_subscriptions from './20261130_161526_email_subscriptions';
import * as migration_20261207_035758_delivery_hardening from './20261207_035758_delivery_hardening';
import * as migration_20261207_133650_search_entries from './20261207_133650_search_entries';
import * as migration_20261207_134859_released_items from './20261207_134859_released_items';
import * as migration_20261207_142719_site_footer_links from './20261207_142719_site_footer_links';
import * as migration_20261207_161342_released_items_email from './20261207_161342_released_items_email';
import * as migration_20261207_163737_site_read_model from './20261207_163737_site_read_model';
import * as migration_20261207_201604_read_model_format from './20261207_201604_read_model_format';
import * as migration_20261208_023959_monitoring_briefs_exhibitions_displays from './20261208_023959_monitoring_briefs_exhibitions_displays';

export const migrations = [
  {
    up: migration_20261130_112953_initial.up,
    down: migration_20261130_112953_initial.down,
    name: '20261130_112953_initial',
  },
  {
    up: migration_20261130_140149_workflow_agency_api.up,
    down: migration_20261130_140149_workflow_agency_api.down,
    name: '20261130_140149_workflow_agency_api',
  },
  {
    up: migration_20261130_152604_locale_parent_indexes.up,
    down: migration_20261130_152604_locale_parent_indexes.down,
    name: '20261130_152604_locale_parent_indexes',
  },
  {
    up: migration_20261130_161526_email_subscriptions.up,
    down: migration_20261130_161526_email_subscriptions.down,
    name: '20261130_161526_email_subscriptions',
  },
  {
    up: migration_20261207_035758_delivery_hardening.up,
    down: migration_20261207_035758_delivery_hardening.down,
    name: '20261207_035758_delivery_hardening',
  },
  {
    up: migration_20261207_133650_search_entries.up,
    down: migration_20261207_133650_search_entries.down,
    name: '20261207_133650_search_entries',
  },
  {
    up: migration_20261207_134859_released_items.up,
    down: migration_20261207_134859_released_items.down,
    name: '20261207_134859_released_items',
  },
  {
    up: migration_20261207_142719_site_footer_links.up,
    down: migration_20261207_142719_site_footer_links.down,
    name: '20261207_142719_site_footer_links',
  },
  {
    up: migration_20261207_161342_released_items_email.up,
    down: migration_20261207_161342_released_items_email.down,
    name: '20261207_161342_released_items_email',
  },
  {
    up: migration_20261207_163737_site_read_model.up,
    down: migration_20261207_163737_site_read_model.down,
    name: '20261207_163737_site_read_model',
  },
  {
    up: migration_20261207_201604_read_model_format.up,
    down: migration_20261207_201604_read_model_format.down,
    name: '20261207_201604_read_model_format',
  },
  {
    up: migration_20261208_023959_monitoring_briefs_exhibitions_displays.up,
    down: migration_20261208_023959_monitoring_briefs_exhibitions_displays.down,
    name: '20261208_023959_monitoring_briefs_exhibitions_displays'
  },
];
