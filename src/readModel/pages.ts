import { and, asc, count, desc, eq, gte, inArray, lt, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { contentCollections, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import type { ReleasedItem } from '../payload-types'
import { embargoPassed } from './read'
import type { ReleasedPage } from './record'
import { embargoPassed as embargoPassedSql, sqlOf } from './sql'

/**
 * The public website's reads of the read model (src/site/data.ts calls them). Visibility is the
 * agency API's, decided here per request from the stored columns: public audience only, past any
 * embargo at `now` (the caller's clock), and a withdrawn record only where an item is looked up at
 * its own address (for the notice). On the SQL engines each read is one query through drizzle on
 * the adapter's connection (a list page adds its count), walking an index: `slug` for an item page,
 * `listKey, firstReleasedAt, idSort` (which also holds the visibility columns, so a count never
 * reads a record) for lists. MongoDB takes the same reads through `payload.db.find`.
 */

/** What a page reads of a record. */
export type SiteRecord = Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language' | 'slug' | 'withdrawn' | 'embargoUntil'> & { page: ReleasedPage }

export type ListRecordsQuery = { listKey: string; now: Date; partnerId?: number | string; topicId?: number | string; year?: number; limit: number; offset: number }

const columns = (t: Record<string, never>) => ({ itemCollection: t.itemCollection, itemId: t.itemId, language: t.language, slug: t.slug, withdrawn: t.withdrawn, embargoUntil: t.embargoUntil, page: t.page })

/** SQLite gives JSON as text and flags as 0/1; PostgreSQL as values. */
const toRecord = (row: Record<string, unknown>): SiteRecord => ({
  ...(row as SiteRecord), // the columns selected above, typed by the adapter's table
  withdrawn: Boolean(row.withdrawn),
  page: (typeof row.page === 'string' ? JSON.parse(row.page) : row.page) as ReleasedPage,
})

/** Shown in lists now: live, public, past any embargo. */
const listedSql = (t: Record<string, never>, now: Date): unknown[] => [
  eq(t.withdrawn, false as never),
  eq(t.audience, 'public' as never),
  ...embargoPassedSql(t, now, false),
]
export const listedWhere = (now: Date): Where[] => [{ withdrawn: { equals: false } }, { audience: { equals: 'public' } }, ...embargoPassed(now, false)]

const recordSelect = { itemCollection: true, itemId: true, language: true, slug: true, withdrawn: true, embargoUntil: true, page: true } as const

async function findRecords(payload: Payload, where: Where, options: { sort?: string[]; limit?: number; offset?: number } = {}): Promise<{ records: SiteRecord[]; total: number }> {
  const limit = options.limit ?? 0
  const paged = limit > 0 && options.offset !== undefined
  const found = await payload.db.find<SiteRecord>({
    collection: slugs.releasedItems,
    where,
    sort: options.sort ?? ['localeIndex'],
    limit,
    page: paged ? Math.floor((options.offset as number) / limit) + 1 : undefined,
    pagination: paged,
    select: recordSelect,
  })
  return { records: found.docs, total: paged ? found.totalDocs : found.docs.length }
}

/**
 * The records at an item address: this slug in this collection, in any language, that the agency
 * API would serve by id (public; past any embargo, or withdrawn).
 */
export async function recordsBySlug(payload: Payload, q: { collection: ContentCollectionSlug; slug: string; now: Date }): Promise<SiteRecord[]> {
  const db = sqlOf(payload)
  if (!db) {
    const where: Where = {
      and: [
        { slug: { equals: q.slug } },
        { itemCollection: { equals: q.collection } },
        { audience: { equals: 'public' } },
        { or: [{ withdrawn: { equals: true } }, { and: [{ withdrawn: { equals: false } }, ...embargoPassed(q.now, false)] }] },
      ],
    }
    return (await findRecords(payload, where)).records
  }
  const { t } = db
  const rows = await db.drizzle
    .select(columns(t))
    .from(t)
    .where(
      and(
        eq(t.slug, q.slug as never),
        eq(t.itemCollection, q.collection as never),
        eq(t.audience, 'public' as never),
        or(eq(t.withdrawn, true as never), and(eq(t.withdrawn, false as never), ...(embargoPassedSql(t, q.now, false) as never[]))),
      ),
    )
  return rows.map(toRecord)
}

/** One page of a list (a content type in a language), newest first by first release, and how many there are. */
export async function listRecords(payload: Payload, q: ListRecordsQuery): Promise<{ records: SiteRecord[]; total: number }> {
  const db = sqlOf(payload)
  const yearFrom = q.year ? `${q.year}-01-01T00:00:00.000Z` : undefined
  const yearTo = q.year ? `${q.year + 1}-01-01T00:00:00.000Z` : undefined
  // A topic is a relationship (its own table): Payload's query joins it.
  if (!db || q.topicId !== undefined) {
    const where: Where[] = [{ listKey: { equals: q.listKey } }, ...listedWhere(q.now)]
    if (q.topicId !== undefined) where.push({ topics: { in: [q.topicId] } })
    if (q.partnerId !== undefined) where.push({ partner: { equals: q.partnerId } })
    if (yearFrom && yearTo) where.push({ firstReleasedAt: { greater_than_equal: yearFrom } }, { firstReleasedAt: { less_than: yearTo } })
    return findRecords(payload, { and: where }, { sort: ['-firstReleasedAt', '-idSort'], limit: q.limit, offset: q.offset })
  }
  const { t } = db
  const where: unknown[] = [eq(t.listKey, q.listKey as never), ...listedSql(t, q.now)]
  if (q.partnerId !== undefined) where.push(eq(t.partner, q.partnerId as never))
  if (yearFrom && yearTo) where.push(gte(t.firstReleasedAt, yearFrom as never), lt(t.firstReleasedAt, yearTo as never))
  const condition = and(...(where as never[]))
  const [rows, counted] = await Promise.all([
    db.drizzle.select(columns(t)).from(t).where(condition).orderBy(desc(t.firstReleasedAt), desc(t.idSort)).limit(q.limit).offset(q.offset),
    db.drizzle.select({ n: count() }).from(t).where(condition),
  ])
  return { records: rows.map(toRecord), total: Number(counted[0]?.n ?? 0) }
}

/** The next items of a list by their own date (upcoming training), soonest first. */
export async function upcomingRecords(payload: Payload, q: { listKey: string; from: Date; now: Date; limit: number }): Promise<SiteRecord[]> {
  const db = sqlOf(payload)
  if (!db) {
    const where: Where = { and: [{ listKey: { equals: q.listKey } }, { itemDate: { greater_than_equal: q.from.toISOString() } }, ...listedWhere(q.now)] }
    return (await findRecords(payload, where, { sort: ['itemDate'], limit: q.limit })).records
  }
  const { t } = db
  const rows = await db.drizzle
    .select(columns(t))
    .from(t)
    .where(and(eq(t.listKey, q.listKey as never), gte(t.itemDate, q.from.toISOString() as never), ...(listedSql(t, q.now) as never[])))
    .orderBy(asc(t.itemDate))
    .limit(q.limit)
  return rows.map(toRecord)
}

/** The records in one language of some items (related items, search hits) shown in lists now. */
export async function itemsInLanguage(payload: Payload, q: { items: { collection: ContentCollectionSlug; id: string }[]; language: Locale; now: Date }): Promise<SiteRecord[]> {
  if (q.items.length === 0) return []
  const byCollection = contentCollections.flatMap((collection) => {
    const ids = q.items.filter((i) => i.collection === collection).map((i) => i.id)
    return ids.length ? [{ collection, ids }] : []
  })
  const db = sqlOf(payload)
  if (!db) {
    const or = byCollection.map(({ collection, ids }): Where => ({ and: [{ itemCollection: { equals: collection } }, { itemId: { in: ids } }] }))
    return (await findRecords(payload, { and: [{ or }, { language: { equals: q.language } }, ...listedWhere(q.now)] })).records
  }
  const { t } = db
  const rows = await db.drizzle
    .select(columns(t))
    .from(t)
    .where(
      and(
        or(...byCollection.map(({ collection, ids }) => and(inArray(t.itemId, ids as never[]), eq(t.itemCollection, collection as never)))),
        eq(t.language, q.language as never),
        ...(listedSql(t, q.now) as never[]),
      ),
    )
  return rows.map(toRecord)
}

/** Every record shown now, without its page: for the sitemap. */
export async function sitemapRecords(payload: Payload, now: Date): Promise<Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language' | 'slug' | 'releasedAt'>[]> {
  type Entry = Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language' | 'slug' | 'releasedAt'>
  const db = sqlOf(payload)
  if (!db) {
    const { docs } = await payload.db.find<Entry>({
      collection: slugs.releasedItems,
      where: { and: listedWhere(now) },
      sort: ['itemCollection', 'itemId', 'localeIndex'],
      limit: 0,
      pagination: false,
      select: { itemCollection: true, itemId: true, language: true, slug: true, releasedAt: true },
    })
    return docs
  }
  const { t } = db
  const rows = await db.drizzle
    .select({ itemCollection: t.itemCollection, itemId: t.itemId, language: t.language, slug: t.slug, releasedAt: t.releasedAt })
    .from(t)
    .where(and(...(listedSql(t, now) as never[])))
    .orderBy(asc(t.itemCollection), asc(t.itemId), asc(t.localeIndex))
  return rows.map((r) => ({ ...(r as Entry), releasedAt: new Date(r.releasedAt as string).toISOString() }))
}
