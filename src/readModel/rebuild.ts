import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '../db/transaction'
import { contentCollections, slugs, type ContentCollectionSlug } from '../domain'
import type { ReleasedItem } from '../payload-types'
import { removeEntries } from '../search'
import { recordsOf } from './record'
import { analyzeRecords } from './sql'
import { readLiveDocs, recordContext, storeRecords } from './write'

/** Items read and stored per transaction. */
export const REBUILD_BATCH = 100

export type RebuildProgress = { collection: ContentCollectionSlug; done: number; total: number; records: number }

/**
 * Rebuild the read model from the live copies (`npm run reindex`): every released or withdrawn item
 * of every content collection, REBUILD_BATCH items per transaction, in id order; then the records
 * of items no longer live (not written by this run) are removed. Safe while the server runs:
 * records are updated in place, never emptied first.
 */
export async function rebuildReleased(payload: Payload, onProgress: (p: RebuildProgress) => void = () => undefined): Promise<{ items: number; records: number }> {
  const started = new Date(Date.now() - 1).toISOString()
  const ctx = await recordContext(payload)
  let items = 0
  let records = 0
  for (const collection of contentCollections) {
    const live = { _status: { equals: 'published' } } as const
    const { totalDocs: total } = await payload.count({ collection, where: live, overrideAccess: true })
    let done = 0
    let after: number | string | null = null
    for (;;) {
      const where = after === null ? live : { and: [live, { id: { greater_than: after } }] }
      const { docs } = await readLiveDocs(payload, collection, where, undefined, { limit: REBUILD_BATCH })
      if (docs.length === 0) break
      const batch = docs.map((doc) => ({ id: doc.id, records: recordsOf(collection, doc, ctx) }))
      const req = await createLocalReq({}, payload)
      await inTransaction(req, () => storeRecords(payload, req, collection, batch))
      after = docs[docs.length - 1].id
      done += docs.length
      records += batch.reduce((n, b) => n + b.records.length, 0)
      onProgress({ collection, done, total: Math.max(total, done), records })
    }
    items += done
  }
  // Records this run did not write belong to items that are no longer live (or no longer exist):
  // they leave the read model and the search index together.
  const stale = { updatedAt: { less_than: started } }
  const { docs: gone } = await payload.db.find<Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language'>>({
    collection: slugs.releasedItems,
    where: stale,
    limit: 0,
    pagination: false,
    select: { itemCollection: true, itemId: true, language: true },
  })
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    await removeEntries(req, gone.map((r) => ({ type: r.itemCollection, docId: r.itemId, language: r.language })))
    await payload.db.deleteMany({ collection: slugs.releasedItems, where: stale, req })
  })
  await analyzeRecords(payload)
  return { items, records }
}
