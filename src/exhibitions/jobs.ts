import path from 'node:path'

import type { PayloadRequest, TaskConfig } from 'payload'

import { updateRow } from '../db/updateRow'
import { slugs } from '../domain'
import { makeTiles, removeTiles } from './tiles'

export const EXHIBITION_QUEUE = 'exhibitions'
export const ZOOM_TILES_TASK = 'makeZoomTiles'

export type TileSettings = { mediaDir: string; maxPixels: number }

/**
 * Make (or remove) the zoom tiles of one media file and record their folder on every exhibit that
 * shows it. The job carries the media id only and re-reads: a file replaced meanwhile gets tiles of
 * its current content, a media file no exhibit shows any more loses its tiles. Run by the queue's
 * runner, never in the request that saved the exhibit (a 100-megapixel scan takes seconds).
 */
export const makeZoomTilesTask = (settings: () => TileSettings): TaskConfig<'makeZoomTiles'> => ({
  slug: ZOOM_TILES_TASK,
  label: 'Make zoom tiles of an exhibit picture',
  retries: 3,
  inputSchema: [{ name: 'media', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { outcome: await refreshZoomTiles(req, settings(), input.media) } }),
})

export async function refreshZoomTiles(req: PayloadRequest, { mediaDir, maxPixels }: TileSettings, mediaId: string): Promise<string> {
  const { payload } = req
  const { docs: exhibits } = await payload.find({
    collection: slugs.exhibits,
    where: { image: { equals: mediaId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { zoomTiles: true },
    req,
  })
  const media = await payload.findByID({ collection: slugs.media, id: mediaId, depth: 0, overrideAccess: true, disableErrors: true, req })
  const isPicture = !!media?.filename && !!media.mimeType?.startsWith('image/')
  if (!media || !isPicture || exhibits.length === 0) {
    const removed = await removeTiles(mediaDir, mediaId)
    for (const exhibit of exhibits) if (exhibit.zoomTiles) await updateRow(payload, { collection: slugs.exhibits, id: exhibit.id, data: { zoomTiles: null }, req })
    return `no tiles needed; removed ${removed.length}`
  }
  const result = await makeTiles({ mediaDir, mediaId: media.id, file: path.join(mediaDir, media.filename as string), maxPixels })
  for (const exhibit of exhibits) {
    if (exhibit.zoomTiles !== result.key) await updateRow(payload, { collection: slugs.exhibits, id: exhibit.id, data: { zoomTiles: result.key }, req })
  }
  return `${result.created ? 'made' : 'kept'} ${result.key} (${result.width}×${result.height}); removed ${result.removed.length}`
}

/** Queue the tiles of these media files, in the caller's transaction (the job exists once the save commits). */
export async function queueZoomTiles(req: PayloadRequest, mediaIds: (number | string | null | undefined)[]): Promise<void> {
  const unique = [...new Set(mediaIds.filter((id): id is number | string => id !== null && id !== undefined).map(String))]
  for (const media of unique) {
    await req.payload.jobs.queue({ task: ZOOM_TILES_TASK, queue: EXHIBITION_QUEUE, input: { media }, req })
  }
}
