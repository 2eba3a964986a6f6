import type { Payload, Where } from 'payload'

import { defaultLocale, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { defaultOrganization } from '../feed/ninjs'
import type { ReleasedItem } from '../payload-types'
import type { ItemsCursor } from '../feed/query'
import type { EmailRecord, ItemRecordsQuery, ListQuery, NinjsRecord, ReleaseRecord } from './queries'
import { idSortOf, type Audience, type ReleasedPage } from './record'
import { sqlItemRecords, sqlListPage } from './sql'

/**
 * Reads of the read model (`released-items`) for the agency API and the feeds: through the adapter
 * (`payload.db.find`: no hooks, no access, on every engine), selecting only the columns a read needs.
 * Visibility is decided here, per request, from the stored embargo time, audience and withdrawal,
 * as src/access/releasedOrStaff.ts decides it for the live copies.
 */

/** What a syndication entry or a page reads of a record. */
export type PageRecord = Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language' | 'releasedAt' | 'embargoUntil'> & { page: ReleasedPage }

const ninjsColumns = {
  itemCollection: true,
  itemId: true,
  language: true,
  version: true,
  releasedAt: true,
  collectionIndex: true,
  localeIndex: true,
  embargoUntil: true,
  organization: true,
  ninjs: true,
  withdrawn: true,
  ownHeadline: true,
} as const

/** Past its embargo (or without one) at `now`; everything when the reader has the embargo privilege. */
export function embargoPassed(now: Date, embargoed: boolean): Where[] {
  if (embargoed) return []
  return [{ or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: now.toISOString() } }] }]
}

/** Released now, as a list shows it: live (not withdrawn), for the reader's audiences, past any embargo. */
export function listedWhere(at: { collections: readonly ContentCollectionSlug[]; locales: readonly Locale[]; now: Date; embargoed: boolean; audiences: readonly Audience[] }): Where[] {
  return [
    { itemCollection: { in: [...at.collections] } },
    { language: { in: [...at.locales] } },
    { withdrawn: { equals: false } },
    { audience: { in: [...at.audiences] } },
    ...embargoPassed(at.now, at.embargoed),
  ]
}

/** The records after the cursor in the list's order: a keyset, exact to the language. */
function afterCursor(cursor: ItemsCursor): Where {
  const t = new Date(cursor.publishedAt).toISOString()
  const ci = cursor.collectionIndex
  const id = idSortOf(cursor.id)
  return {
    or: [
      { releasedAt: { less_than: t } },
      { and: [{ releasedAt: { equals: t } }, { collectionIndex: { less_than: ci } }] },
      { and: [{ releasedAt: { equals: t } }, { collectionIndex: { equals: ci } }, { idSort: { less_than: id } }] },
      { and: [{ releasedAt: { equals: t } }, { collectionIndex: { equals: ci } }, { idSort: { equals: id } }, { localeIndex: { greater_than: cursor.localeIndex } }] },
    ],
  }
}

/** One page of released records in the list's order. */
export async function listRecords(payload: Payload, q: ListQuery): Promise<NinjsRecord[]> {
  const fast = await sqlListPage(payload, q)
  if (fast) return fast
  const and: Where[] = listedWhere(q)
  if (q.topicId !== undefined) and.push({ topics: { in: [q.topicId] } })
  if (q.since) and.push({ releasedAt: { greater_than_equal: q.since.toISOString() } })
  if (q.after) and.push(afterCursor(q.after))
  return findNinjsRecords(payload, { and }, { sort: ['-releasedAt', '-collectionIndex', '-idSort', 'localeIndex'], limit: q.limit })
}

/** The records of some items visible by id, in the site's language order. */
export async function itemRecords(payload: Payload, q: ItemRecordsQuery): Promise<NinjsRecord[]> {
  const fast = await sqlItemRecords(payload, q)
  if (fast) return fast
  return findNinjsRecords(payload, {
    and: [
      { itemCollection: { equals: q.collection } },
      { itemId: { in: q.ids } },
      { language: { in: [...q.locales] } },
      { audience: { in: [...q.audiences] } },
      { or: [{ withdrawn: { equals: true } }, { and: [{ withdrawn: { equals: false } }, ...embargoPassed(q.now, q.embargoed)] }] },
    ],
  })
}

async function findNinjsRecords(payload: Payload, where: Where, options: { sort?: string[]; limit?: number } = {}): Promise<NinjsRecord[]> {
  const { docs } = await payload.db.find<NinjsRecord>({
    collection: slugs.releasedItems,
    where,
    sort: options.sort ?? ['localeIndex'],
    limit: options.limit ?? 0,
    pagination: false,
    select: ninjsColumns,
  })
  return docs
}

export async function findPageRecords(payload: Payload, where: Where, options: { sort?: string[]; limit?: number } = {}): Promise<PageRecord[]> {
  const { docs } = await payload.db.find<PageRecord>({
    collection: slugs.releasedItems,
    where,
    sort: options.sort ?? ['localeIndex'],
    limit: options.limit ?? 0,
    pagination: false,
    select: { itemCollection: true, itemId: true, language: true, releasedAt: true, embargoUntil: true, page: true },
  })
  return docs
}

/**
 * Email's read (src/email/send): every record of some items of one collection, whatever their
 * visibility, in the site's language order. The sender decides per message from the records'
 * embargo, audience and withdrawal, as it decided from the live copy before.
 */
export async function emailRecords(payload: Payload, collection: ContentCollectionSlug, ids: string[]): Promise<EmailRecord[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.db.find<EmailRecord>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { in: ids } }] },
    sort: ['itemId', 'localeIndex'],
    limit: 0,
    pagination: false,
    select: { itemCollection: true, itemId: true, language: true, releasedAt: true, embargoUntil: true, audience: true, withdrawn: true, topics: true, email: true },
  })
  return docs
}

/** Whether an item is live and public, and its topics, from any one of its records (null: not in the read model). */
export async function itemStanding(payload: Payload, collection: ContentCollectionSlug, id: string): Promise<Pick<EmailRecord, 'withdrawn' | 'audience' | 'topics'> | null> {
  const { docs } = await payload.db.find<Pick<EmailRecord, 'withdrawn' | 'audience' | 'topics'>>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: id } }] },
    limit: 1,
    pagination: false,
    select: { withdrawn: true, audience: true, topics: true },
  })
  return docs[0] ?? null
}

/** Which of these brief ids are restricted briefs now (the change feed skips their events for a client without the briefings scope). */
export async function restrictedBriefIds(payload: Payload, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await payload.db.find<Pick<ReleasedItem, 'itemId'>>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: slugs.briefings } }, { itemId: { in: ids } }, { audience: { equals: 'restricted' } }] },
    limit: 0,
    pagination: false,
    select: { itemId: true },
  })
  return new Set(docs.map((d) => String(d.itemId)))
}

/**
 * The records released (published, embargo passed) in (since, until]: live, public, published before
 * `until`, and published or out of embargo after `since`. One per language: callers group by item.
 */
export async function releasedRecordsBetween(payload: Payload, since: Date, until: Date): Promise<ReleaseRecord[]> {
  const after = since.toISOString()
  const { docs } = await payload.db.find<ReleaseRecord>({
    collection: slugs.releasedItems,
    where: {
      and: [
        { withdrawn: { equals: false } },
        { audience: { equals: 'public' } },
        { releasedAt: { less_than_equal: until.toISOString() } },
        { or: [{ releasedAt: { greater_than: after } }, { embargoUntil: { greater_than: after } }] },
      ],
    },
    sort: ['-releasedAt', '-collectionIndex', '-idSort', 'localeIndex'],
    limit: 0,
    pagination: false,
    select: { itemCollection: true, itemId: true, releasedAt: true, embargoUntil: true, topics: true },
  })
  return docs
}

export type NinjsReader = { now: Date; embargoPrivilege: boolean; organization: Partial<Record<Locale, string>> }

/**
 * A record's ninjs as one client receives it, still serialized: as stored, with `embargoedUntil`
 * for a client with the privilege while the embargo is ahead, and the office's current name where
 * the site settings changed it since the record was written (rare: parsed only then).
 */
export function ninjsJsonOf(record: NinjsRecord, reader: NinjsReader): string {
  let json = record.ninjs
  const organization = reader.organization[record.language] ?? reader.organization[defaultLocale] ?? defaultOrganization
  if (record.organization && record.organization !== organization) {
    const ninjs = JSON.parse(json) as Record<string, unknown>
    if (ninjs.by !== undefined) ninjs.by = organization
    if (ninjs.copyrightHolder !== undefined) ninjs.copyrightHolder = organization
    json = JSON.stringify(ninjs)
  }
  if (reader.embargoPrivilege && !record.withdrawn && record.embargoUntil) {
    const embargo = new Date(record.embargoUntil)
    // In the place toNinjs writes it: right after representationType (always followed by headlines).
    if (embargo.getTime() > reader.now.getTime()) json = json.replace('"representationType":"full",', `$&"embargoedUntil":${JSON.stringify(embargo.toISOString())},`)
  }
  return json
}

/** The same, as an object (for answers that are built as objects: webhooks, the change feed's old versions). */
export const ninjsOf = (record: NinjsRecord, reader: NinjsReader): Record<string, unknown> => JSON.parse(ninjsJsonOf(record, reader)) as Record<string, unknown>
