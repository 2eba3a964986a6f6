import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { locales, searchAudiences, searchTypes, slugs } from '../src/domain'
import { label } from '../src/lib/labels'

/**
 * The search index: one entry per released language version of an item (type, document, language),
 * written and read only by the server's own code through src/search (indexEntries, removeEntries,
 * search). `key` ("press-releases:12:en") is unique, so indexing again replaces. `searchTitle` and
 * `searchText` hold the normalized text (src/search/normalize.ts) that the engine indexes: SQLite's
 * FTS5 tables (kept in step by triggers, src/search/sqlite.ts), PostgreSQL's GIN indexes
 * (src/search/postgres.ts). The visibility columns (embargo, audience, withdrawn) are checked by
 * every search. No API reads or writes it.
 */
export const SearchEntries: CollectionConfig = {
  slug: slugs.searchEntries,
  graphQL: { singularName: 'SearchEntry', pluralName: 'SearchEntries' },
  labels: { singular: label('Mục tìm kiếm', 'Search entry'), plural: label('Chỉ mục tìm kiếm', 'Search index') },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true, useAsTitle: 'key' },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'type', type: 'select', required: true, options: [...searchTypes] },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'language', type: 'select', required: true, index: true, options: [...locales] },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'searchTitle', type: 'text', required: true },
    { name: 'searchText', type: 'textarea' },
    { name: 'topics', type: 'json' },
    { name: 'releasedAt', type: 'date', required: true, index: true },
    { name: 'embargoUntil', type: 'date' },
    { name: 'audience', type: 'select', required: true, options: [...searchAudiences] },
    { name: 'withdrawn', type: 'checkbox', required: true, defaultValue: false },
  ],
  timestamps: true,
}
