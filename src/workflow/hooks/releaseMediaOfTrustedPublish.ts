import type { CollectionAfterChangeHook } from 'payload'

import type { ContentCollectionSlug } from '../../domain'
import { WORKFLOW_WRITE } from '../fields'
import { syncReleasedMedia } from '../mediaVisibility'
import { keepingRequestLocale } from '../../lib/requestLocale'
import { readLive } from '../service'

/**
 * A trusted write (seed, import) that publishes directly: its media become public with it, as they
 * would through the workflow (which does this itself).
 */
export const releaseMediaOfTrustedPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context?.[WORKFLOW_WRITE] === true || (doc as { _status?: string })._status !== 'published') return doc
  const slug = collection.slug as ContentCollectionSlug
  const live = await keepingRequestLocale(req, () => readLive({ payload: req.payload, req }, slug, doc.id))
  if (live) await keepingRequestLocale(req, () => syncReleasedMedia({ payload: req.payload, req, collection: slug, liveDoc: live }))
  return doc
}
