import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueZoomTiles } from '../../../src/exhibitions/jobs'
import type { Exhibit } from '../../../src/payload-types'
import { idOf, refreshMediaVisibility } from '../../../src/workflow/mediaVisibility'

/**
 * A new or changed picture gets zoom tiles through the job queue (in the save's transaction); the
 * picture it replaced is looked at again too (its tiles go once no exhibit shows it).
 */
export const queueExhibitTiles: CollectionAfterChangeHook<Exhibit> = async ({ doc, previousDoc, operation, req }) => {
  const now = idOf(doc.image)
  const before = operation === 'update' ? idOf(previousDoc?.image) : null
  if (operation === 'create' || String(now) !== String(before)) await queueZoomTiles(req, [now, before])
  return doc
}

/** The exhibit's picture is public while its exhibition is published: recompute it and the one it replaced. */
export const refreshExhibitMedia: CollectionAfterChangeHook<Exhibit> = async ({ doc, previousDoc, req }) => {
  const ids = [idOf(doc.image), idOf(previousDoc?.image)].filter((id): id is number | string => id !== null)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}

/** A deleted exhibit no longer makes its picture public nor needs its tiles. */
export const releaseDeletedExhibitMedia: CollectionAfterDeleteHook<Exhibit> = async ({ doc, req }) => {
  const id = idOf(doc.image)
  if (id !== null) {
    await refreshMediaVisibility({ payload: req.payload, req, mediaIds: [id] })
    await queueZoomTiles(req, [id])
  }
  return doc
}
