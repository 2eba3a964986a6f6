import { Router, type Request, type RequestHandler } from 'express'
import type { ReactElement } from 'react'

import type { PageContext } from '../pages/layout'
import { NotFoundPage } from '../pages/message'
import type { ExhibitionData } from './data'
import { ExhibitionPage, ExhibitionsPage, ExhibitPage } from './pages'

/** What an exhibition page handler answers (a subset of the site router's outcomes). */
export type ExhibitionOutcome = { status: 200 | 404; page: ReactElement; modified?: Date; csp?: 'zoom' } | { status: 301; location: string }

type PageHandler = (handler: (req: Request, ctx: PageContext) => Promise<ExhibitionOutcome>) => RequestHandler

const SEGMENT = /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u

/**
 * /{lang}/exhibitions, /{lang}/exhibitions/{slug}, /{lang}/exhibitions/{slug}/{exhibit}: the exhibit
 * by its slug, or by its number in the exhibition (answered with a 301 to the slug's address).
 * Only published exhibitions exist for the public: anything else is the site's 404.
 */
export function exhibitionRoutes({ page, data }: { page: PageHandler; data: ExhibitionData }): Router {
  const router = Router({ mergeParams: true })
  const notFound = (req: Request, ctx: PageContext): ExhibitionOutcome => ({ status: 404, page: NotFoundPage({ ctx, path: `/${ctx.lang}${req.baseUrl.replace(/^\/[a-z]{2}/, '')}${req.path === '/' ? '' : req.path}` }) })

  router.get(
    '/',
    page(async (_req, ctx) => ({ status: 200, page: ExhibitionsPage({ ctx, exhibitions: await data.list(ctx.lang) }) })),
  )

  router.get(
    '/:slug',
    page(async (req, ctx) => {
      const slug = String(req.params.slug)
      const exhibition = SEGMENT.test(slug) ? await data.exhibition(ctx.lang, slug) : undefined
      if (!exhibition) return notFound(req, ctx)
      return { status: 200, modified: exhibition.modified, page: ExhibitionPage({ ctx, exhibition }) }
    }),
  )

  router.get(
    '/:slug/:exhibit',
    page(async (req, ctx) => {
      const slug = String(req.params.slug)
      const wanted = String(req.params.exhibit)
      const exhibition = SEGMENT.test(slug) && SEGMENT.test(wanted) ? await data.exhibition(ctx.lang, slug) : undefined
      if (!exhibition) return notFound(req, ctx)
      const bySlug = exhibition.exhibits.findIndex((e) => e.slug === wanted)
      if (bySlug >= 0) {
        const exhibit = exhibition.exhibits[bySlug]
        return { status: 200, modified: exhibition.modified, csp: exhibit.zoom ? 'zoom' : undefined, page: ExhibitPage({ ctx, exhibition, index: bySlug }) }
      }
      const byNumber = /^\d{1,4}$/.test(wanted) ? exhibition.exhibits.find((e) => e.number === Number(wanted)) : undefined
      return byNumber ? { status: 301, location: byNumber.path } : notFound(req, ctx)
    }),
  )
  return router
}
