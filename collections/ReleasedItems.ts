import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { contentCollections, locales, slugs } from '../src/domain'
import { label } from '../src/lib/labels'
import { audiences } from '../src/readModel/record'

/**
 * The read model: what leaves the system, one record per released item, version and language
 * (`key` = `press-releases:12:en`). Written only by src/readModel/write.ts, in the transaction of the
 * workflow transition (or trusted write) that changes the live copy; read only by server code
 * (agency API, feeds, website, email) with the adapter. No API reads or writes it: every access is refused.
 */
export const ReleasedItems: CollectionConfig = {
  slug: slugs.releasedItems,
  graphQL: false,
  labels: { singular: label('Bản công khai', 'Released item'), plural: label('Bản công khai', 'Released items') },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  // Never edited in the admin: no document locks (and no column for it in every lock row).
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    // The version of what the record holds (RECORD_FORMAT in src/readModel/record.ts): records of
    // another format are refilled from the live copies when a job-running process starts (src/readModel/refill.ts).
    { name: 'format', type: 'number' },
    { name: 'itemCollection', type: 'select', options: [...contentCollections], required: true },
    { name: 'itemId', type: 'text', required: true },
    { name: 'language', type: 'select', options: [...locales], required: true },
    // The list's total order (newest first): releasedAt, collectionIndex, idSort descending; localeIndex ascending.
    { name: 'releasedAt', type: 'date', required: true },
    { name: 'collectionIndex', type: 'number', required: true },
    { name: 'idSort', type: 'text', required: true },
    { name: 'localeIndex', type: 'number', required: true },
    { name: 'firstReleasedAt', type: 'date' },
    // The website's reads (src/site/data.ts): an item page finds its record by slug (the item's
    // slug in the record's language, else Vietnamese's, as its address has it); a list walks
    // `listKey` (content type and language) newest first by firstReleasedAt; upcoming training
    // filters it by its own date (itemDate). Records written before these columns existed are refilled at start (format).
    { name: 'slug', type: 'text' },
    { name: 'listKey', type: 'text' },
    { name: 'itemDate', type: 'date' },
    { name: 'version', type: 'number', required: true },
    // Visibility: hidden from clients without the embargo privilege until embargoUntil; staff-only
    // training materials are kept but never served; withdrawn items answer by id with the notice.
    { name: 'embargoUntil', type: 'date' },
    { name: 'audience', type: 'select', options: [...audiences], required: true },
    { name: 'withdrawn', type: 'checkbox', required: true, defaultValue: false },
    // The language has a headline of its own (not the Vietnamese fallback): only then is it served by id.
    { name: 'ownHeadline', type: 'checkbox', required: true, defaultValue: true },
    { name: 'topics', type: 'relationship', relationTo: slugs.topics, hasMany: true, index: true },
    { name: 'partner', type: 'relationship', relationTo: slugs.partners },
    // The office's name written into `by`/`copyrightHolder` (empty when a partner gives them): a
    // reader whose site settings name it differently now corrects it (src/readModel/read.ts).
    { name: 'organization', type: 'text' },
    // The ninjs object as served, serialized (spliced into answers without parsing).
    { name: 'ninjs', type: 'textarea', required: true },
    // What a public page and a syndication entry show (src/readModel/record.ts ReleasedPage).
    { name: 'page', type: 'json', required: true },
    { name: 'searchText', type: 'textarea' },
    // What email shows, in this language only (src/readModel/record.ts ReleasedEmail); read only by
    // the email sender, so list reads never carry it. Empty on records written before it existed,
    // until the refill at start (format) fills it; their mail waits meanwhile, retried.
    { name: 'email', type: 'json' },
  ],
  // The list walks the first index in its order and stops after a page. No index on the columns it
  // filters on (collection, language, withdrawn, embargo): SQLite's planner, without statistics,
  // would take one and sort every match first (75 ms instead of 1 for a page of 3,000 records). The
  // second serves reads and writes by item; item first, so that `itemCollection IN (…)` cannot use it.
  // The website's indexes start with columns the agency API never filters on (slug, listKey), so
  // they cannot take its list away from the first one.
  indexes: [
    { fields: ['releasedAt', 'collectionIndex', 'idSort', 'localeIndex'] },
    { fields: ['itemId', 'itemCollection'] },
    { fields: ['slug', 'itemCollection'] },
    // With the visibility columns: a page and its count read the index alone, never a record.
    { fields: ['listKey', 'firstReleasedAt', 'idSort', 'withdrawn', 'audience', 'embargoUntil'] },
  ],
  timestamps: true,
}
