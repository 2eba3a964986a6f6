import type { Payload, PayloadRequest, Where } from 'payload'

import { contentCollections, globalSlugs, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { keepingRequestLocale } from '../lib/requestLocale'
import type { ReleasedItem } from '../payload-types'
import { indexEntries, removeEntries } from '../search'
import { recordsOf, searchEntryOf, type LiveDoc, type RecordContext, type ReleasedRecord } from './record'

/**
 * The one write path of the read model (`released-items`). `writeReleased` re-derives an item's
 * records from its live copy and stores them with the adapter inside the caller's transaction (the
 * workflow transition, a trusted write, the rebuild), so the records change exactly when the live
 * copy does: a crash or a refused transition leaves both or neither.
 */

/** The office's name per language (site settings), read in the request's transaction. */
export async function organizationOf(payload: Payload, req?: PayloadRequest): Promise<Partial<Record<Locale, string>>> {
  const read = () => payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  const settings = req ? await keepingRequestLocale(req, read) : await read()
  const name: unknown = settings.organizationName
  if (name && typeof name === 'object') {
    const byLocale = name as Record<string, unknown>
    return Object.fromEntries(locales.flatMap((l) => (typeof byLocale[l] === 'string' ? [[l, byLocale[l]]] : [])))
  }
  return typeof name === 'string' ? { vi: name } : {}
}

/**
 * The live copies of some items of one collection, as the records need them (every language, depth 1):
 * a document read in one language is a LiveDoc too (each text one string instead of one per language).
 */
export async function readLiveDocs(
  payload: Payload,
  collection: ContentCollectionSlug,
  where: Where,
  req?: PayloadRequest,
  options: { limit?: number; page?: number } = {},
): Promise<{ docs: LiveDoc[]; totalDocs: number }> {
  const read = () =>
    payload.find({
      collection,
      where,
      draft: false,
      locale: 'all',
      depth: 1,
      sort: 'id',
      limit: options.limit ?? 0,
      page: options.page,
      pagination: options.page !== undefined,
      overrideAccess: true,
      // Related items: their ids only (the website shows those released in the page's language,
      // decided when the page is read); populated whole, each would be a full document.
      populate: Object.fromEntries(contentCollections.map((c) => [c, { state: true }])),
      ...(req ? { req } : {}),
    })
  const result = req ? await keepingRequestLocale(req, read) : await read()
  return { docs: result.docs, totalDocs: result.totalDocs }
}

export const recordContext = async (payload: Payload, req?: PayloadRequest): Promise<RecordContext> => ({
  publicUrl: payload.config.serverURL,
  organization: await organizationOf(payload, req),
})

type StoredRecord = Pick<ReleasedItem, 'id' | 'key' | 'itemId'>

/**
 * Store the records of some items of one collection: update those whose key exists, create the new
 * ones, delete the ones no longer released (a language unpublished, the item deleted).
 */
export async function storeRecords(payload: Payload, req: PayloadRequest, collection: ContentCollectionSlug, items: { id: number | string; records: ReleasedRecord[] }[]): Promise<void> {
  if (items.length === 0) return
  const withReq = req ? { req } : {}
  const { docs } = await payload.db.find<StoredRecord>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { in: items.map((i) => String(i.id)) } }] },
    limit: 0,
    pagination: false,
    select: { key: true, itemId: true },
    ...withReq,
  })
  const existing = new Map(docs.map((d) => [d.key, d]))
  const now = new Date().toISOString()
  for (const record of items.flatMap((i) => i.records)) {
    const stored = existing.get(record.key)
    existing.delete(record.key)
    const data = { ...record, updatedAt: now }
    if (stored) await payload.db.updateOne({ collection: slugs.releasedItems, id: stored.id, data, returning: false, ...withReq })
    else await payload.db.create({ collection: slugs.releasedItems, data: { ...data, createdAt: now }, returning: false, ...withReq })
  }
  if (existing.size > 0) {
    await payload.db.deleteMany({ collection: slugs.releasedItems, where: { id: { in: [...existing.values()].map((d) => d.id) } }, ...withReq })
  }
  // The search index follows the records in the same transaction: the languages released are
  // (re)indexed, the others leave the index.
  await indexEntries(req, items.flatMap((i) => i.records.map(searchEntryOf)))
  await removeEntries(
    req,
    items.flatMap((i) => {
      const present = new Set(i.records.map((r) => r.language))
      return locales.filter((l) => !present.has(l)).map((language) => ({ type: collection, docId: i.id, language }))
    }),
  )
}

/**
 * Bring one item's records in line with its live copy, in `req`'s transaction. Call it after every
 * write that changes what the public sees of the item (publish, correct, withdraw, trusted writes,
 * deletion); it is idempotent.
 */
export async function writeReleased(req: PayloadRequest, collection: ContentCollectionSlug, id: number | string): Promise<ReleasedRecord[]> {
  const { payload } = req
  const { docs } = await readLiveDocs(payload, collection, { id: { equals: id } }, req, { limit: 1 })
  const records = docs[0] ? recordsOf(collection, docs[0], await recordContext(payload, req)) : []
  await storeRecords(payload, req, collection, [{ id, records }])
  return records
}
