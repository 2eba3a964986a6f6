import { Router } from 'express'

import type { FeedDeps } from './types'

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
const feedParts: ((deps: FeedDeps) => Router)[] = []
