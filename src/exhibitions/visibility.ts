import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '../domain'

type Id = number | string

/** The exhibitions the public may see: published (`_status`), whatever drafts staff hold. */
export async function publishedExhibitionIds(payload: Payload, req?: Partial<PayloadRequest>): Promise<Id[]> {
  const { docs } = await payload.find({
    collection: slugs.exhibitions,
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  return docs.map((d) => d.id)
}

/** Whether a published exhibition shows this media file (as its cover or an exhibit's picture): it is then public. */
export async function shownInPublishedExhibition(payload: Payload, req: Partial<PayloadRequest>, mediaId: Id): Promise<boolean> {
  const exhibitions = await publishedExhibitionIds(payload, req)
  if (!exhibitions.length) return false
  const covers = await payload.count({
    collection: slugs.exhibitions,
    where: { and: [{ cover: { equals: mediaId } }, { id: { in: exhibitions } }] },
    overrideAccess: true,
    req,
  })
  if (covers.totalDocs > 0) return true
  const { totalDocs } = await payload.count({
    collection: slugs.exhibits,
    where: { and: [{ image: { equals: mediaId } }, { exhibition: { in: exhibitions } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether these tiles (by their key) belong to an exhibit the public may see. */
export async function publicTiles(payload: Payload, key: string): Promise<boolean> {
  const exhibitions = await publishedExhibitionIds(payload)
  if (!exhibitions.length) return false
  const { totalDocs } = await payload.count({
    collection: slugs.exhibits,
    where: { and: [{ zoomTiles: { equals: key } }, { exhibition: { in: exhibitions } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}
