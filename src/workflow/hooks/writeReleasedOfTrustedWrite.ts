import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { ContentCollectionSlug } from '../../domain'
import { writeReleased } from '../../readModel/write'
import { WORKFLOW_WRITE } from '../fields'
import { ENFORCE_WORKFLOW } from './guardDirectWrites'

const published = (doc: unknown) => (doc as { _status?: string } | undefined)?._status === 'published'

/**
 * A trusted write (seed, import: Local API with access overridden) may publish directly or change a
 * live copy: the read model follows in the same transaction, as it does for the workflow's
 * transitions (which write it themselves). Writes through access control only ever save drafts,
 * which the public does not see.
 */
export const writeReleasedOfTrustedWrite: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context?.[WORKFLOW_WRITE] === true || req.context?.[ENFORCE_WORKFLOW] === true) return doc
  if (!published(doc) && !published(previousDoc)) return doc
  await writeReleased(req, collection.slug as ContentCollectionSlug, doc.id)
  return doc
}

/** A deleted item leaves the read model with it. */
export const removeReleasedOfDeletedItem: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await writeReleased(req, collection.slug as ContentCollectionSlug, id)
}
