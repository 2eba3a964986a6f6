import { createHash } from 'node:crypto'

import { Router, type Request, type RequestHandler, type Response } from 'express'
import type { Payload } from 'payload'
import type { Logger } from 'pino'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { Env } from '../config/env'
import { contentCollections, defaultLocale, isContentCollection, isLocale, type ContentCollectionSlug, type Locale } from '../domain'
import { fromAcceptLanguage } from '../subscribers/public/language'
import { siteAssets } from './assets'
import { createSiteData, type SiteData } from './data'
import { createExhibitionData } from './exhibitions/data'
import { exhibitionRoutes } from './exhibitions/routes'
import { zoomAssets, zoomPageCsp } from './exhibitions/zoomAssets'
import type { ListFilters } from './model'
import { ItemPage } from './pages/item'
import type { PageContext } from './pages/layout'
import { BadRequestPage, ElsewherePage, ErrorPage, NotFoundPage, WithdrawnPage } from './pages/message'
import { HomePage, ListPageView, PartnerPage, PartnersPage, PressPage, SearchPage, TopicPage, TopicsPage } from './pages/sections'
import { robotsTxt, sitemapXml } from './sitemap'
import { siteText } from './strings'
import { homePath } from './urls'

export type SiteRouteDeps = { payload: Payload; env: Env; logger: Logger; data?: SiteData }

/**
 * The public website, server-rendered with React to static HTML (no client script but the exhibit
 * page's zoom viewer, a progressive enhancement):
 *
 *   /                          303 to /vi, /en or /lo by Accept-Language (Vietnamese by default)
 *   /{lang}/…                  the pages (src/site/urls.ts lists them); any other path under a
 *                              language answers the site's 404 page in that language
 *   /sitemap.xml, /robots.txt  for search engines
 *   /_site/…                   the style sheet and fonts (./assets.ts)
 *
 * Status codes say what happened: 200, 301 (an item's address in this language is another slug),
 * 400 (a bad filter, named), 404 (nothing released there; also an item not released in this
 * language, with links to the languages it is in), 410 (withdrawn, with the notice), 500.
 *
 * Caching: every page is rendered from the database on each request (a publish, correction,
 * withdrawal or embargo lift shows on the next one), with `ETag` and `Last-Modified` so an
 * unchanged page answers 304, and `Cache-Control: public, max-age=1, stale-while-revalidate=30`:
 * a shared cache may serve a page one second old and refresh it in the background. A 404 (which
 * may be an embargoed release about to appear) and a 400 are `no-cache`; a 500 `no-store`.
 *
 * Security: a Content-Security-Policy with no script source at all (JSON-LD is data, not script;
 * an exhibit page alone allows this origin's scripts, its zoom viewer: src/site/exhibitions),
 * styles, fonts and images from this origin only, forms to this origin only, no framing.
 */

export const SITE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const PAGE_CACHE_CONTROL = 'public, max-age=1, stale-while-revalidate=30'

type Outcome =
  | { status: 200 | 400 | 404 | 410 | 500; page: ReactElement; modified?: Date; csp?: 'zoom' }
  | { status: 301 | 303; location: string }

class BadQuery extends Error {}

const SLUG = /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u

/** One query value as a string (a repeated parameter is refused), or undefined when absent or empty. */
function single(req: Request, name: string): string | undefined {
  const value = req.query[name]
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string') throw new BadQuery(name)
  return value
}

function intParam(req: Request, name: 'page' | 'year', min: number, max: number): number | undefined {
  const value = single(req, name)
  if (value === undefined) return undefined
  if (!/^\d{1,4}$/.test(value) || Number(value) < min || Number(value) > max) throw new BadQuery(name)
  return Number(value)
}

function slugParam(req: Request, name: 'topic' | 'partner'): string | undefined {
  const value = single(req, name)
  if (value === undefined) return undefined
  if (value.length > 200 || !SLUG.test(value)) throw new BadQuery(name)
  return value
}

export function siteRoutes({ payload, env, logger, data = createSiteData(payload) }: SiteRouteDeps): Router {
  const publicUrl = env.publicUrl
  const exhibitions = createExhibitionData(payload)

  const contextFor = async (lang: Locale): Promise<PageContext> => ({ lang, t: siteText.in(lang), site: await data.siteIdentity(lang), publicUrl })

  function send(req: Request, res: Response, outcome: Outcome): void {
    // The exhibit page alone loads a script (the zoom viewer, from this origin).
    res.setHeader('Content-Security-Policy', 'page' in outcome && outcome.csp === 'zoom' ? zoomPageCsp(SITE_CSP) : SITE_CSP)
    res.setHeader('Vary', 'Accept-Encoding')
    if ('location' in outcome) {
      res.setHeader('Cache-Control', PAGE_CACHE_CONTROL)
      res.redirect(outcome.status, outcome.location)
      return
    }
    const html = `<!doctype html>${renderToStaticMarkup(outcome.page)}`
    res.status(outcome.status)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // A 404 may be an embargoed release about to appear: caches ask again every time.
    res.setHeader('Cache-Control', outcome.status >= 500 ? 'no-store' : outcome.status === 404 || outcome.status === 400 ? 'no-cache' : PAGE_CACHE_CONTROL)
    if (outcome.status === 200 || outcome.status === 410) {
      res.setHeader('ETag', `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`)
      if (outcome.modified) res.setHeader('Last-Modified', outcome.modified.toUTCString())
      if (outcome.status === 200 && req.fresh) {
        res.status(304).end()
        return
      }
    }
    res.send(html)
  }

  /** A page handler: its outcome, or the language's 400 or 500 page. */
  const page =
    (handler: (req: Request, ctx: PageContext) => Promise<Outcome>): RequestHandler =>
    async (req, res) => {
      const lang = req.params.lang as Locale
      let ctx: PageContext | undefined
      try {
        ctx = await contextFor(lang)
        send(req, res, await handler(req, ctx))
      } catch (error) {
        if (error instanceof BadQuery && ctx) {
          const message = ctx.t.bad[error.message as keyof typeof ctx.t.bad] ?? ctx.t.badRequestTitle
          send(req, res, { status: 400, page: BadRequestPage({ ctx, message, path: req.path === '/' ? homePath(lang) : `/${lang}${req.path}` }) })
          return
        }
        logger.error({ err: error, url: req.originalUrl }, 'a website page failed')
        const fallback: PageContext = ctx ?? { lang, t: siteText.in(lang), site: { name: { text: siteText.in(lang).siteName, lang }, links: [], footerLinks: [] }, publicUrl }
        send(req, res, { status: 500, page: ErrorPage({ ctx: fallback }) })
      }
    }

  const years = () => {
    const now = data.now().getUTCFullYear()
    return Array.from({ length: 6 }, (_, i) => now - i)
  }

  const site = Router({ mergeParams: true })

  site.get(
    '/',
    page(async (_req, ctx) => {
      const { lang } = ctx
      const [releases, publications, upcoming, topics] = await Promise.all([
        data.latest(lang, 'press-releases', 1, {}, 6),
        data.latest(lang, 'publications', 1, {}, 3),
        data.upcoming(lang),
        data.topics(lang),
      ])
      const modified = [releases?.modified, publications?.modified].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0]
      return { status: 200, modified, page: HomePage({ ctx, data: { releases: releases?.items ?? [], publications: publications?.items ?? [], upcoming, topics } }) }
    }),
  )

  site.get(
    '/search',
    page(async (req, ctx) => {
      const q = (single(req, 'q') ?? '').trim()
      if (q.length > 200) throw new BadQuery('query')
      return { status: 200, page: SearchPage({ ctx, result: q ? await data.search(ctx.lang, q) : { query: '', items: [], total: 0 } }) }
    }),
  )

  site.get(
    '/press',
    page(async (_req, ctx) => ({ status: 200, page: PressPage({ ctx }) })),
  )

  site.get(
    '/topics',
    page(async (_req, ctx) => ({ status: 200, page: TopicsPage({ ctx, topics: await data.topics(ctx.lang) }) })),
  )

  site.get(
    '/topics/:slug',
    page(async (req, ctx) => {
      const topic = await data.topic(ctx.lang, String(req.params.slug))
      if (!topic) return { status: 404, page: NotFoundPage({ ctx, path: `/${ctx.lang}${req.path}` }) }
      const sections = await Promise.all(
        contentCollections.map(async (collection) => ({ collection, list: (await data.latest(ctx.lang, collection, 1, { topic: topic.slug }, 4)) ?? { items: [], page: 1, pages: 1, total: 0 } })),
      )
      return { status: 200, page: TopicPage({ ctx, topic, sections }) }
    }),
  )

  site.get(
    '/partners',
    page(async (_req, ctx) => ({ status: 200, page: PartnersPage({ ctx, partners: await data.partners(ctx.lang) }) })),
  )

  site.get(
    '/partners/:slug',
    page(async (req, ctx) => {
      const partner = await data.partner(ctx.lang, String(req.params.slug))
      const list = partner ? await data.latest(ctx.lang, 'partner-media', 1, { partner: partner.slug }, 8) : undefined
      if (!partner || !list) return { status: 404, page: NotFoundPage({ ctx, path: `/${ctx.lang}${req.path}` }) }
      return { status: 200, modified: list.modified, page: PartnerPage({ ctx, partner, list }) }
    }),
  )

  site.use('/exhibitions', exhibitionRoutes({ page, data: exhibitions }))

  site.get(
    '/:collection',
    page(async (req, ctx) => {
      const collection = req.params.collection
      if (!isContentCollection(collection)) return { status: 404, page: NotFoundPage({ ctx, path: `/${ctx.lang}${req.path}` }) }
      const filters: ListFilters = { topic: slugParam(req, 'topic'), year: intParam(req, 'year', 1945, 2100), partner: slugParam(req, 'partner') }
      if (filters.partner && collection !== 'partner-media') throw new BadQuery('partner')
      const pageNumber = intParam(req, 'page', 1, 1000) ?? 1
      const [list, topics, partners] = await Promise.all([
        data.latest(ctx.lang, collection, pageNumber, filters),
        data.topics(ctx.lang),
        collection === 'partner-media' ? data.partners(ctx.lang) : Promise.resolve([]),
      ])
      if (!list) throw new BadQuery(filters.partner ? 'partner' : 'topic')
      return { status: 200, modified: list.modified, page: ListPageView({ ctx, data: { collection, list, filters, topics, partners, years: years() } }) }
    }),
  )

  site.get(
    '/:collection/:slug',
    page(async (req, ctx) => {
      const collection = req.params.collection
      const path = `/${ctx.lang}${req.path}`
      if (!isContentCollection(collection)) return { status: 404, page: NotFoundPage({ ctx, path }) }
      const found = await data.itemBySlug(ctx.lang, collection as ContentCollectionSlug, String(req.params.slug))
      switch (found.kind) {
        case 'item':
          return { status: 200, modified: found.item.modified, page: ItemPage({ ctx, item: found.item }) }
        case 'moved':
          return { status: 301, location: found.path }
        case 'withdrawn':
          return { status: 410, modified: found.modified, page: WithdrawnPage({ ctx, title: found.title, at: found.at, reason: found.reason, path }) }
        case 'elsewhere':
          return { status: 404, page: ElsewherePage({ ctx, alternates: found.alternates, titles: found.titles, path }) }
        default:
          return { status: 404, page: NotFoundPage({ ctx, path }) }
      }
    }),
  )

  site.use(page(async (req, ctx) => ({ status: 404, page: NotFoundPage({ ctx, path: `/${ctx.lang}${req.path}` }) })))

  const router = Router()
  router.use(siteAssets())
  router.use(zoomAssets())
  router.get('/', (req, res) => {
    const lang = fromAcceptLanguage(req.get('accept-language')) ?? defaultLocale
    res.setHeader('Vary', 'Accept-Language')
    res.setHeader('Cache-Control', PAGE_CACHE_CONTROL)
    res.redirect(303, homePath(lang))
  })
  router.get('/robots.txt', (_req, res) => {
    res.type('text/plain').setHeader('Cache-Control', 'public, max-age=3600')
    res.send(robotsTxt(publicUrl))
  })
  router.get('/sitemap.xml', async (_req, res, next) => {
    try {
      const xml = sitemapXml(publicUrl, [...(await data.sitemapItems()), ...(await exhibitions.sitemapEntries())])
      res.type('application/xml').setHeader('Cache-Control', PAGE_CACHE_CONTROL)
      res.send(xml)
    } catch (error) {
      next(error)
    }
  })
  router.use('/:lang', (req, res, next) => (isLocale(req.params.lang) ? site(req, res, next) : next()))
  return router
}
