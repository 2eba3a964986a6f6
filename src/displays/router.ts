import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import express, { Router, type RequestHandler, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'
import type { Logger } from 'pino'

import type { Env } from '../config/env'
import { srcDir } from '../config/paths'
import { slugs } from '../domain'
import { Counters } from '../limits/counters'
import { errorBody, HttpError } from '../server/errors'
import { fontFaces, preloadFonts } from '../site/assets'
import { clockOf } from '../workflow/clock'
import { bearerToken, parseHeartbeat, recordHeartbeat, screenForToken } from './heartbeat'
import { displayPageHtml, type DisplayAssets } from './page'
import { findInfoPoint, playlistOf, screenFileOf, slideMediaIds, type PointDoc } from './playlist'
import { displayStyles } from './styles'

export type DisplayRouteDeps = { payload: Payload; env: Env; logger: Logger }

/** Heartbeats one client address may send per minute: a screen sends two; a gate has a few screens behind one address. */
export const HEARTBEATS_PER_IP_PER_MINUTE = 60

/**
 * The border-gate displays (src/displays), beside the website:
 *
 *   GET  /displays/{slug}                 the full-screen page (server-rendered, then the script)
 *   GET  /displays/{slug}/playlist.json   the playlist (src/displays/playlist.ts), ETag = its version, 304 when unchanged
 *   GET  /displays/{slug}/media/{id}/{f}  a free slide's image (only the point's own slide images)
 *   POST /displays/{slug}/heartbeat       a screen's report, with its token (401/403 otherwise), per-IP limited
 *   GET  /displays/sw.js                  the service worker (scope /displays/)
 *   GET  /displays/_/display.{hash}.js|css  the script and style sheet (immutable)
 *
 * The page's Content-Security-Policy allows scripts, styles, fonts, images and fetches from this
 * origin only, and the service worker; no inline script.
 */
export const DISPLAY_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const SLUG = /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u
const IMMUTABLE = 'public, max-age=31536000, immutable'
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)

const browserFile = (name: string) => fs.readFileSync(path.join(srcDir, 'displays', 'browser', name), 'utf8')

export function displayRoutes({ payload, env, logger }: DisplayRouteDeps): Router {
  const script = browserFile('display.js')
  const worker = browserFile('sw.js')
  const css = `${fontFaces}${displayStyles}`
  const assets: DisplayAssets = {
    script: `/displays/_/display.${hashOf(script)}.js`,
    styleSheet: `/displays/_/display.${hashOf(css)}.css`,
    fonts: [...preloadFonts('vi'), ...preloadFonts('lo')].filter((f) => f.includes('-400-')),
  }
  const now = () => clockOf(payload).now()

  const pointOf = async (slug: string): Promise<PointDoc> => {
    const point = SLUG.test(slug) && slug.length <= 200 ? await findInfoPoint(payload, slug) : undefined
    if (!point) throw new HttpError(404, `No information point at /displays/${slug}`)
    return point
  }

  const heartbeatLimit: RequestHandler = rateLimit({
    windowMs: 60_000,
    limit: HEARTBEATS_PER_IP_PER_MINUTE,
    identifier: 'display-heartbeat',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new Counters({ env, logger }, 'displays:heartbeat', 60_000),
    handler: (_req, res) => {
      res.status(429).json(errorBody(`Too many heartbeats from this address: at most ${HEARTBEATS_PER_IP_PER_MINUTE} a minute`))
    },
  })

  const secure = (res: Response) => res.set({ 'Content-Security-Policy': DISPLAY_CSP, 'X-Content-Type-Options': 'nosniff' })

  const router = Router()
  router.get(assets.script, (_req, res) => {
    res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' }).send(script)
  })
  router.get(assets.styleSheet, (_req, res) => {
    res.set({ 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' }).send(css)
  })
  router.get('/displays/sw.js', (_req, res) => {
    // Checked on every load: a new worker is picked up as soon as it is deployed.
    res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).send(worker)
  })

  router.get('/displays/:slug', async (req, res) => {
    const point = await pointOf(req.params.slug)
    const at = now()
    const html = displayPageHtml(await playlistOf(payload, point, at), at, assets)
    secure(res).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).send(html)
  })

  router.get('/displays/:slug/playlist.json', async (req, res) => {
    const playlist = await playlistOf(payload, await pointOf(req.params.slug), now())
    const etag = `"${playlist.version}"`
    secure(res).set({ ETag: etag, 'Cache-Control': 'no-cache' })
    // Compared here, not with req.fresh: the playlist is computed from the database on each request, so
    // a match is current even when the request says `Cache-Control: no-cache` (as fetch adds to conditional requests).
    const known = (req.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''))
    if (known.includes(etag) || known.includes('*')) {
      res.status(304).end()
      return
    }
    res.json(playlist)
  })

  router.get('/displays/:slug/media/:id/:file', async (req, res, next) => {
    const point = await pointOf(req.params.slug)
    const id = Number(req.params.id)
    if (!slideMediaIds(point).includes(id)) throw new HttpError(404, 'No such image on this information point')
    const media = await payload.findByID({ collection: slugs.media, id, depth: 0, overrideAccess: true, disableErrors: true })
    const file = media ? screenFileOf(media) : undefined
    if (!file || file.filename !== req.params.file) throw new HttpError(404, 'No such image on this information point')
    res.set({ 'Content-Type': file.mimeType, 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'" })
    fs.createReadStream(path.join(env.mediaDir, path.basename(file.filename))).on('error', next).pipe(res)
  })

  router.post('/displays/:slug/heartbeat', heartbeatLimit, express.json({ limit: '4kb' }), async (req, res) => {
    const point = await pointOf(String(req.params.slug))
    const screen = await screenForToken(payload, bearerToken(req.get('authorization')), point.id)
    const beat = parseHeartbeat(req.body)
    const at = now()
    await recordHeartbeat(payload, screen, beat, { now: at, ip: req.ip, userAgent: req.get('user-agent') })
    res.set('Cache-Control', 'no-store').json({ screenId: String(screen.id), lastSeenAt: at.toISOString(), playlistVersion: beat.playlistVersion })
  })

  return router
}
