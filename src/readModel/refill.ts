import { createLocalReq, type Payload, type Where } from 'payload'
import type { Logger } from 'pino'

import { dbIdOf } from '../db/engine'
import { inTransaction } from '../db/transaction'
import { isContentCollection, slugs, type ContentCollectionSlug } from '../domain'
import type { ReleasedItem } from '../payload-types'
import { RECORD_FORMAT, recordsOf } from './record'
import { recordContext, readLiveDocs, storeRecords } from './write'

/**
 * After an upgrade, records written by an earlier version lack what this one reads (the website's
 * `page.site` and the `email` column came that way, and each needed `npm run reindex` by hand:
 * until then those pages answered 404 and their mail waited). Every record carries the format it
 * was written in (RECORD_FORMAT); a process that runs the job queue refills the records of any
 * other format from the live copies when it starts, in the background, with progress in its log.
 *
 * The state is the records themselves, not a job: a crash or a stop in the middle leaves the rest
 * of the old format, and the next start goes on with them. Two processes starting at once both
 * refill, which is wasted work and nothing worse (the write path is idempotent).
 */

/** Records written in another format than this version's (none: `format` was added with this rule). */
export const staleRecordsWhere: Where = { or: [{ format: { exists: false } }, { format: { not_equals: RECORD_FORMAT } }] }

/** Items re-derived per transaction. */
export const REFILL_BATCH = 100

export type RefillResult = { items: number; records: number }

type StaleRecord = Pick<ReleasedItem, 'itemCollection' | 'itemId'>

/**
 * Re-derive the items whose records are of another format, REFILL_BATCH items per transaction,
 * until none is left (or `signal` aborts between batches). An item no longer live loses its records.
 */
export async function refillStaleRecords(payload: Payload, logger: Logger, signal?: AbortSignal): Promise<RefillResult> {
  const { totalDocs: total } = await payload.db.count({ collection: slugs.releasedItems, where: staleRecordsWhere })
  if (total === 0) return { items: 0, records: 0 }
  const started = performance.now()
  logger.warn({ records: total, format: RECORD_FORMAT }, 'read model: records written by an earlier version; refilling them from the live copies')
  const ctx = await recordContext(payload)
  const attempted = new Set<string>()
  let items = 0
  let records = 0
  while (!signal?.aborted) {
    const { docs } = await payload.db.find<StaleRecord>({
      collection: slugs.releasedItems,
      where: staleRecordsWhere,
      limit: REFILL_BATCH * 3,
      pagination: false,
      sort: 'id',
      select: { itemCollection: true, itemId: true },
    })
    const batch = new Map<ContentCollectionSlug, Set<string>>()
    let picked = 0
    for (const doc of docs) {
      const key = `${doc.itemCollection}:${doc.itemId}`
      if (attempted.has(key) || !isContentCollection(doc.itemCollection) || picked >= REFILL_BATCH) continue
      attempted.add(key)
      picked += 1
      batch.set(doc.itemCollection, (batch.get(doc.itemCollection) ?? new Set()).add(doc.itemId))
    }
    // Every stale record left belongs to an item tried already: its write did not change its format.
    if (picked === 0) {
      if (docs.length > 0) logger.error({ records: docs.length, format: RECORD_FORMAT }, 'read model: records still of an earlier format after their refill')
      break
    }
    for (const [collection, ids] of batch) {
      const dbIds = [...ids].map((id) => dbIdOf(payload, id))
      const { docs: live } = await readLiveDocs(payload, collection, { id: { in: dbIds } })
      const byId = new Map(live.map((doc) => [String(doc.id), doc]))
      const written = dbIds.map((id) => {
        const doc = byId.get(String(id))
        return { id, records: doc ? recordsOf(collection, doc, ctx) : [] }
      })
      const req = await createLocalReq({}, payload)
      await inTransaction(req, () => storeRecords(payload, req, collection, written))
      items += written.length
      records += written.reduce((n, w) => n + w.records.length, 0)
    }
    logger.info({ items, records, of: total }, 'read model: refilling')
  }
  logger.info({ items, records, ms: Math.round(performance.now() - started), stopped: signal?.aborted ?? false }, 'read model: refilled')
  return { items, records }
}

/** The refill running in a process (at most one), so that shutdown can stop it between batches and wait. */
const running = new WeakMap<Payload, { controller: AbortController; done: Promise<void> }>()

/** Start the refill in the background (a process that runs the job queue, at start); failures are logged. */
export function startRecordRefill(payload: Payload, logger: Logger): void {
  if (running.has(payload)) return
  const controller = new AbortController()
  const done = refillStaleRecords(payload, logger, controller.signal).then(
    () => undefined,
    (error: unknown) => logger.error({ err: error }, 'read model: the refill failed; it starts again with the next start (or run `npm run reindex`)'),
  )
  running.set(payload, { controller, done })
}

/** Stop a running refill after its current batch and wait for it (src/db/close.ts). */
export async function stopRecordRefill(payload: Payload): Promise<void> {
  const refill = running.get(payload)
  if (!refill) return
  running.delete(payload)
  refill.controller.abort()
  await refill.done
}
