import type { CollectionAfterChangeHook } from 'payload'

import { slugs } from '../../../src/domain'
import { queueZoomTiles } from '../../../src/exhibitions/jobs'
import type { Media } from '../../../src/payload-types'

/** A new file uploaded over a media document an exhibit shows: its zoom tiles are made again. */
export const queueTilesOfReplacedFile: CollectionAfterChangeHook<Media> = async ({ doc, operation, req }) => {
  if (operation !== 'update' || !req.file) return doc
  const { totalDocs } = await req.payload.count({ collection: slugs.exhibits, where: { image: { equals: doc.id } }, overrideAccess: true, req })
  if (totalDocs > 0) await queueZoomTiles(req, [doc.id])
  return doc
}
