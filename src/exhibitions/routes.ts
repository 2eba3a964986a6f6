import { Router } from 'express'
import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { DESCRIPTOR, TILE_FORMAT, TILES_KEY, tilesDir } from './tiles'
import { publicTiles } from './visibility'

/**
 * The zoom tiles of exhibit pictures, read-only: `/exhibit-tiles/{key}/image.dzi` and
 * `/exhibit-tiles/{key}/image_files/{level}/{x}_{y}.jpeg`. Served only while an exhibit of a
 * published exhibition shows them (404 otherwise, the same answer as a folder that does not exist).
 * A key names one file's content, so a response may be cached long: a replaced picture gets
 * another key. The cache time is a month, not a year, since an exhibition can be unpublished.
 */

const TILE_CACHE = 'public, max-age=2592000, immutable'
const TILE = new RegExp(`^\\d{1,6}_\\d{1,6}\\.${TILE_FORMAT}$`)

export function exhibitTileRoutes({ payload, env }: { payload: Payload; env: Env }): Router {
  const router = Router()
  router.get(['/exhibit-tiles/:key/:file', '/exhibit-tiles/:key/image_files/:level/:file'], async (req, res, next) => {
    try {
      const { key, level, file } = req.params as { key: string; level?: string; file: string }
      const valid = TILES_KEY.test(key) && (level === undefined ? file === DESCRIPTOR : /^\d{1,2}$/.test(level) && TILE.test(file))
      if (!valid || !(await publicTiles(payload, key))) {
        next()
        return
      }
      res.set({
        'Cache-Control': TILE_CACHE,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
      })
      if (level === undefined) res.type('application/xml')
      const relative = level === undefined ? file : `image_files/${level}/${file}`
      res.sendFile(relative, { root: tilesDir(env.mediaDir, key), dotfiles: 'deny' }, (error?: NodeJS.ErrnoException) => {
        if (error) next(error.code === 'ENOENT' ? undefined : error)
      })
    } catch (error) {
      next(error)
    }
  })
  return router
}
