import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { indexClipping, unindexClipping } from '../../../src/monitoring/search'
import type { Clipping } from '../../../src/payload-types'

/** The clipping's search entry (staff only), written in the same transaction as the clipping. */
export const indexClippingEntry: CollectionAfterChangeHook<Clipping> = async ({ doc, previousDoc, operation, req }) => {
  await indexClipping(req, doc, operation === 'update' ? previousDoc?.language : undefined)
  return doc
}

/** A deleted clipping leaves the search index with it. */
export const unindexClippingEntry: CollectionAfterDeleteHook<Clipping> = async ({ id, doc, req }) => {
  await unindexClipping(req, id)
  return doc
}
