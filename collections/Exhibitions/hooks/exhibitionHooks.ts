import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { slugs } from '../../../src/domain'
import type { Exhibition } from '../../../src/payload-types'
import { idOf, refreshMediaVisibility } from '../../../src/workflow/mediaVisibility'

/** Publishing or unpublishing an exhibition makes its exhibits' pictures (and its cover) public or not. */
export const refreshExhibitionMedia: CollectionAfterChangeHook<Exhibition> = async ({ doc, previousDoc, req }) => {
  const { docs } = await req.payload.find({
    collection: slugs.exhibits,
    where: { exhibition: { equals: doc.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { image: true },
    req,
  })
  const ids = [...docs.map((d) => idOf(d.image)), idOf(doc.cover), idOf(previousDoc?.cover)].filter((id): id is number | string => id !== null)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}

/** An exhibition's exhibits go with it (their hooks release their pictures and tiles). */
export const deleteExhibitsOfExhibition: CollectionAfterDeleteHook<Exhibition> = async ({ doc, req }) => {
  await req.payload.delete({ collection: slugs.exhibits, where: { exhibition: { equals: doc.id } }, overrideAccess: true, req })
  const cover = idOf(doc.cover)
  if (cover !== null) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: [cover] })
  return doc
}
