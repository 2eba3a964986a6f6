import { Router, type Request, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { hashKey, KEY_PATTERN, TOUCH_ONLY } from './keys'
import { contentCollections, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import type { ApiClient } from '../payload-types'
import { HttpError } from '../server/errors'
import { clockOf } from '../workflow/clock'
import { Counters } from '../limits/counters'
import { cachedKey, cacheKey, type KeyMatch } from './clientCache'
import { rateLimitPerClient } from './rateLimit'
import { feedTypeOf, feedTypes, type ApiClientContext, type FeedDeps, type FeedType } from './types'
import { countRequest } from './usage'
import { hasBriefingsScope } from './scope'

/** What creating a client returns (Local API or REST `doc`): the document plus its key, this once. */
export type CreatedApiClient = ApiClient & { key: string }

/** `lastUsedAt` is written at most this often per client (and never on the request path). */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000

/** A 401 for the feed: `{ errors: [{ message }] }` and `WWW-Authenticate: Bearer`. */
export class Unauthorized extends HttpError {
  constructor(
    message: string,
    readonly oauthError: 'invalid_request' | 'invalid_token' | undefined = 'invalid_token',
  ) {
    super(401, message)
  }
}

/** An `api-clients` document (read with overrideAccess) as the feed sees it. */
export function apiClientContext(doc: ApiClient): ApiClientContext {
  const types = (doc.types ?? []) as FeedType[]
  return {
    id: doc.id,
    name: doc.name,
    types: types.map((t) => feedTypes[t]).filter(Boolean),
    languages: (doc.languages ?? []) as Locale[],
    embargoPrivilege: doc.embargoPrivilege === true,
    rateLimitPerMinute: doc.rateLimitPerMinute ?? 120,
  }
}

async function findKey(payload: Payload, hash: string): Promise<KeyMatch | null> {
  const cached = cachedKey(payload, hash)
  if (cached !== undefined) return cached
  const { docs } = await payload.find({
    collection: slugs.apiClients,
    where: { or: [{ keyHash: { equals: hash } }, { previousKeyHash: { equals: hash } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] as ApiClient | undefined
  const match: KeyMatch | null = doc
    ? {
        client: apiClientContext(doc),
        active: doc.active !== false,
        which: doc.keyHash === hash ? 'current' : 'previous',
        previousKeyExpiresAt: doc.previousKeyExpiresAt ? new Date(doc.previousKeyExpiresAt) : null,
      }
    : null
  cacheKey(payload, hash, match)
  return match
}

const lastWrites = new WeakMap<Payload, Map<string, number>>()

/** Record `lastUsedAt`, at most once a minute per client, in the background; failures are logged. */
function touch(deps: FeedDeps, client: ApiClientContext, now: Date): void {
  let writes = lastWrites.get(deps.payload)
  if (!writes) lastWrites.set(deps.payload, (writes = new Map()))
  const id = String(client.id)
  const last = writes.get(id)
  if (last !== undefined && now.getTime() - last < LAST_USED_WRITE_INTERVAL_MS && now.getTime() >= last) return
  writes.set(id, now.getTime())
  deps.payload
    .update({
      collection: slugs.apiClients,
      id: client.id,
      data: { lastUsedAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      context: { [TOUCH_ONLY]: true },
    })
    .catch((error: unknown) => deps.logger.error({ err: error, client: client.id }, 'could not record lastUsedAt of an API client'))
}

/** Wrong API keys are counted per client address over this window (FEED_BAD_KEY_LIMIT_PER_IP_PER_15MIN). */
export const WRONG_KEY_WINDOW_MS = 15 * 60_000

/** The key of `Authorization: Bearer <key>`; throws 401 when the header is absent or malformed. */
function bearerKey(req: Request): string {
  const header = req.get('authorization')
  if (!header) throw new Unauthorized('An API key is required: send "Authorization: Bearer <key>"', undefined)
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header)
  if (!match) throw new Unauthorized('Malformed Authorization header: expected "Bearer <key>"', 'invalid_request')
  return match[1]
}

/**
 * `Authorization: Bearer <key>` → `req.apiClient`. Unknown, malformed or revoked keys, and previous
 * keys past their grace period, answer 401 `{ errors: [{ message }] }` with `WWW-Authenticate: Bearer`.
 * Lookups are by SHA-256 hash, cached for 10 s (see clientCache.ts).
 *
 * Guessing is throttled per client address (`req.ip`, per TRUST_PROXY): unknown and malformed keys
 * are counted (src/limits/counters.ts, shared through REDIS_URL), and an address that sent
 * `feedBadKeyLimitPerIpPer15Min` of them within 15 minutes gets 429 with `Retry-After` for every
 * keyed request until the window ends, before any key is looked up. Valid keys never count (their
 * traffic is limited per key, after this), nor do revoked or expired ones (they were issued, not guessed).
 */
export function requireApiKey(deps: FeedDeps): RequestHandler {
  const wrongKeys = new Counters(deps, 'feed:badkey', WRONG_KEY_WINDOW_MS)
  const limit = deps.env.feedBadKeyLimitPerIpPer15Min
  return async (req, res, next) => {
    try {
      const address = req.ip ?? 'unknown'
      const wrong = await wrongKeys.get(address)
      if (wrong && wrong.totalHits >= limit) {
        const seconds = Math.max(1, Math.ceil(((wrong.resetTime?.getTime() ?? Date.now() + WRONG_KEY_WINDOW_MS) - Date.now()) / 1000))
        res.set('Retry-After', String(seconds))
        throw new HttpError(429, `Too many invalid API keys from this address: try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.`)
      }
      const key = bearerKey(req)
      // A key of the wrong shape, or one nobody was given: a wrong key.
      const found = KEY_PATTERN.test(key) ? await findKey(deps.payload, hashKey(key)) : null
      if (!found) {
        await wrongKeys.increment(address)
        throw new Unauthorized('Invalid API key')
      }
      if (!found.active) throw new Unauthorized('This API key has been revoked')
      const now = clockOf(deps.payload).now()
      if (found.which === 'previous' && (!found.previousKeyExpiresAt || found.previousKeyExpiresAt.getTime() <= now.getTime())) {
        throw new Unauthorized('This API key was replaced and its grace period has ended')
      }
      req.apiClient = found.client
      touch(deps, found.client, now)
      next()
    } catch (error) {
      if (error instanceof Unauthorized) {
        res.set('WWW-Authenticate', error.oauthError ? `Bearer realm="feed", error="${error.oauthError}"` : 'Bearer realm="feed"')
      }
      next(error)
    }
  }
}

/** What a client may read. Empty lists in `api-clients` mean "all". */
export type ClientScope = {
  collections: readonly ContentCollectionSlug[]
  locales: readonly Locale[]
  /** Public type names (press-release, …) of `collections`. */
  types: readonly FeedType[]
  allowsCollection(collection: string): boolean
  allowsLocale(locale: string): boolean
  /** The collection is in scope and, when given, the locale too. */
  allows(collection: string, locale?: string | null): boolean
}

export function scopeOf(client: ApiClientContext): ClientScope {
  const collections: readonly ContentCollectionSlug[] = client.types.length ? client.types : contentCollections
  const allowedLocales: readonly Locale[] = client.languages.length ? client.languages : locales
  const allowsCollection = (c: string) => (collections as readonly string[]).includes(c)
  const allowsLocale = (l: string) => (allowedLocales as readonly string[]).includes(l)
  return {
    collections,
    locales: allowedLocales,
    types: collections.map(feedTypeOf),
    allowsCollection,
    allowsLocale,
    allows: (c, l) => allowsCollection(c) && (l == null || allowsLocale(l)),
  }
}

/**
 * The message of every 404 for an item, whether it does not exist or is out of the client's scope:
 * both must read the same so that scope reveals nothing.
 */
export const ITEM_NOT_FOUND = 'Item not found'

/** Throws the feed's plain 404 unless `collection` (and `locale`, when given) are in the client's scope. */
export function assertInScope(client: ApiClientContext, collection: string, locale?: string | null): void {
  if (!scopeOf(client).allows(collection, locale)) throw new HttpError(404, ITEM_NOT_FOUND)
}

/** A router part behind the key: `(deps) => Router`, like the parts in router.ts. */
export type ProtectedPart = (deps: FeedDeps) => Router

/**
 * Everything mounted here needs a key: `requireApiKey`, then `rateLimitPerClient`, then the request
 * is counted in the client's daily usage. Adds `GET /me` (the client's own scope), then the given
 * parts in order. Mount it AFTER every keyless part: it answers 401 to any path that reaches it.
 */
export function keyProtected(deps: FeedDeps, parts: readonly ProtectedPart[] = []): Router {
  const router = Router()
  router.use(requireApiKey(deps), rateLimitPerClient(deps), (req, _res, next) => {
    countRequest(deps, req.apiClient as ApiClientContext)
    next()
  })
  router.get('/me', (req, res) => {
    const client = req.apiClient as ApiClientContext
    const scope = scopeOf(client)
    res.set('Cache-Control', 'private, no-store').json({
      name: client.name,
      types: scope.types,
      languages: scope.locales,
      embargoPrivilege: client.embargoPrivilege,
      // The `briefings` scope: restricted argument briefs too (only when `briefing` is named in its types).
      restrictedBriefings: hasBriefingsScope(client),
      rateLimitPerMinute: client.rateLimitPerMinute,
    })
  })
  for (const part of parts) router.use(part(deps))
  return router
}
