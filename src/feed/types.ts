import type { Logger } from 'pino'
import type { Payload } from 'payload'

import type { ContentCollectionSlug, Locale } from '../domain'
import type { Env } from '../config/env'

/** What every part of the agency API is given. Wired once in createFeedRouter. */
export type FeedDeps = {
  payload: Payload
  env: Env
  logger: Logger
}

/** An authenticated agency API client (from `api-clients`), as the feed sees it. */
export type ApiClientContext = {
  id: number | string
  name: string
  /** Content types this client may read; all when empty. */
  types: ContentCollectionSlug[]
  /** Languages this client may read; all when empty. */
  languages: Locale[]
  /** Sees embargoed items before the embargo passes, always marked with `embargoedUntil`. */
  embargoPrivilege: boolean
  /** Requests per minute for this key. */
  rateLimitPerMinute: number
}

/** Public names of the content types in the API, and the collections behind them. */
export const feedTypes = {
  'press-release': 'press-releases',
  publication: 'publications',
  'training-material': 'training-materials',
  'partner-media': 'partner-media',
  briefing: 'briefings',
} as const satisfies Record<string, ContentCollectionSlug>
export type FeedType = keyof typeof feedTypes

export const feedTypeOf = (collection: ContentCollectionSlug): FeedType =>
  (Object.keys(feedTypes) as FeedType[]).find((t) => feedTypes[t] === collection) as FeedType

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the API-key middleware on /feed/v1 routes that need a key. */
    apiClient?: ApiClientContext
  }
}

/** What a client may see: its collections, languages and embargo privilege (the feed state keeps versions per these: etag.ts). */
export type FeedScope = { collections: readonly ContentCollectionSlug[]; locales: readonly Locale[]; privileged: boolean }
