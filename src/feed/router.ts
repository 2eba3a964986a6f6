import { Router } from 'express'

import { keyProtected, type ProtectedPart } from './auth'
import { changeRoutes } from './changes'
import { docsRoutes } from './docs'
import { itemRoutes } from './items'
import { openApiRoutes } from './openapi'
import { syndicationRoutes } from './syndication'
import type { FeedDeps } from './types'
import { webhookRoutes } from '../webhooks/routes'

/**
 * The agency API, version 1, mounted at /feed/v1 by createApp. One place wires its parts:
 * public syndication and documentation (no key), then the key-protected routes.
 * Each part is a function (deps) → Router living in its own module.
 */
export function createFeedRouter(deps: FeedDeps): Router {
  const router = Router()
  for (const part of feedParts) router.use(part(deps))
  return router
}

/** Registered in order; keyless parts first. Parts are added by their modules' owners. */
const feedParts: ((deps: FeedDeps) => Router)[] = [syndicationRoutes, openApiRoutes, docsRoutes, (deps) => keyProtected(deps, protectedParts)]

/**
 * Mounted behind the API key (src/feed/auth.ts `keyProtected`): key check, per-key rate limit and
 * usage counting run first, `req.apiClient` is set, and `GET /me` is already there. Add parts here.
 */
const protectedParts: ProtectedPart[] = [itemRoutes, changeRoutes, webhookRoutes]
