import * as migration_20261130_113004_initial from './20261130_113004_initial';
import * as migration_20261130_140203_workflow_agency_api from './20261130_140203_workflow_agency_api';
import * as migration_20261130_152553_locale_parent_indexes from './20261130_152553_locale_parent_indexes';
import * as migration_20261130_161545_email_subscriptions from './20261130_161545_email_subscriptions';
import * as migration_20261207_035905_delivery_hardening from './20261207_035905_delivery_hardening';
import * as migration_20261207_133726_search_entries from './20261207_133726_search_entries';
import * as migration_20261207_134918_released_items from './20261207_134918_released_items';
import * as migration_20261207_142750_site_footer_links from './20261207_142750_site_footer_links';
import * as migration_20261207_161413_released_items_email from './20261207_161413_released_items_email';
import * as migration_20261207_163801_site_read_model from './20261207_163801_site_read_model';
import * as migration_20261207_201614_read_model_format from './20261207_201614_read_model_format';
import * as migration_20261208_003547_search_lao from './20261208_003547_search_lao';
import * as migration_20261208_024018_monitoring_briefs_exhibitions_displays from './20261208_024018_monitoring_briefs_exhibitions_displays';

export const migrations = [
  {
    up: migration_20261130_113004_initial.up,
    down: migration_20261130_113004_initial.down,
    name: '20261130_113004_initial',
  },
  {
    up: migration_20261130_140203_workflow_agency_api.up,
    down: migration_20261130_140203_workflow_agency_api.down,
    name: '20261130_140203_workflow_agency_api',
  },
  {
    up: migration_20261130_152553_locale_parent_indexes.up,
    down: migration_20261130_152553_locale_parent_indexes.down,
    name: '20261130_152553_locale_parent_indexes',
  },
  {
    up: migration_20261130_161545_email_subscriptions.up,
    down: migration_20261130_161545_email_subscriptions.down,
    name: '20261130_161545_email_subscriptions',
  },
  {
    up: migration_20261207_035905_delivery_hardening.up,
    down: migration_20261207_035905_delivery_hardening.down,
    name: '20261207_035905_delivery_hardening',
  },
  {
    up: migration_20261207_133726_search_entries.up,
    down: migration_20261207_133726_search_entries.down,
    name: '20261207_133726_search_entries',
  },
  {
    up: migration_20261207_134918_released_items.up,
    down: migration_20261207_134918_released_items.down,
    name: '20261207_134918_released_items',
  },
  {
    up: migration_20261207_142750_site_footer_links.up,
    down: migration_20261207_142750_site_footer_links.down,
    name: '20261207_142750_site_footer_links',
  },
  {
    up: migration_20261207_161413_released_items_email.up,
    down: migration_20261207_161413_released_items_email.down,
    name: '20261207_161413_released_items_email',
  },
  {
    up: migration_20261207_163801_site_read_model.up,
    down: migration_20261207_163801_site_read_model.down,
    name: '20261207_163801_site_read_model',
  },
  {
    up: migration_20261207_201614_read_model_format.up,
    down: migration_20261207_201614_read_model_format.down,
    name: '20261207_201614_read_model_format',
  },
  {
    up: migration_20261208_003547_search_lao.up,
    down: migration_20261208_003547_search_lao.down,
    name: '20261208_003547_search_lao',
  },
  {
    up: migration_20261208_024018_monitoring_briefs_exhibitions_displays.up,
    down: migration_20261208_024018_monitoring_briefs_exhibitions_displays.down,
    name: '20261208_024018_monitoring_briefs_exhibitions_displays'
  },
];
