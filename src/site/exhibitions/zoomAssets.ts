import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { Router } from 'express'

import { projectRoot } from '../../config/paths'
import { ASSET_PREFIX } from '../assets'

/**
 * The zoom viewer of exhibit pages: OpenSeadragon (npm `openseadragon`, its own script and button
 * images, served from here: no CDN) and our few lines that start it on `#zoom-viewer`. Addresses
 * carry the version or a content hash: cached for a year. Only the exhibit page loads them; every
 * other page has no script at all.
 */

const OSD_VERSION = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'openseadragon', 'package.json'), 'utf8')) as { version: string }).version
const OSD_DIR = path.join(projectRoot, 'node_modules', 'openseadragon', 'build', 'openseadragon')
const IMAGE_FILE = /^[a-z_]+\.png$/

const viewerScript = `(function () {
  var el = document.getElementById('zoom-viewer');
  if (!el || !window.OpenSeadragon) return;
  el.hidden = false;
  el.style.height = Math.round(Math.min(window.innerHeight * 0.8, 720)) + 'px';
  window.OpenSeadragon({
    element: el,
    prefixUrl: el.getAttribute('data-images'),
    tileSources: el.getAttribute('data-dzi'),
    showNavigator: true,
    crossOriginPolicy: false
  });
})();
`
const viewerHash = createHash('sha256').update(viewerScript).digest('hex').slice(0, 12)

const zoomPrefix = `${ASSET_PREFIX}/zoom/${OSD_VERSION}`
export const ZOOM_IMAGES_PATH = `${zoomPrefix}/images/`
export const ZOOM_SCRIPTS = [`${zoomPrefix}/openseadragon.min.js`, `${ASSET_PREFIX}/zoom/viewer.${viewerHash}.js`]

/** The exhibit page's policy: the site's, plus scripts from this origin only and the descriptor fetched from it. */
export const zoomPageCsp = (siteCsp: string) => `${siteCsp.replace("img-src 'self' data:", "img-src 'self' data: blob:")}; script-src 'self'; connect-src 'self'`

const IMMUTABLE = 'public, max-age=31536000, immutable'

export function zoomAssets(): Router {
  const router = Router()
  const script = (file: string, body: () => Buffer | string) => {
    router.get(file, (_req, res) => {
      res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' }).send(body())
    })
  }
  let osd: Buffer | undefined
  script(ZOOM_SCRIPTS[0], () => (osd ??= fs.readFileSync(path.join(OSD_DIR, 'openseadragon.min.js'))))
  script(ZOOM_SCRIPTS[1], () => viewerScript)
  router.get(`${zoomPrefix}/images/:file`, (req, res, next) => {
    if (!IMAGE_FILE.test(req.params.file)) return next()
    res.set({ 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' })
    res.sendFile(req.params.file, { root: path.join(OSD_DIR, 'images') }, (error?: NodeJS.ErrnoException) => {
      if (error) next(error.code === 'ENOENT' ? undefined : error)
    })
  })
  return router
}
