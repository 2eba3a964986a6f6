import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { feedVersion, normalizedQuery } from './etag'
import type { ApiClientContext, FeedDeps } from './types'
import { recordFetch, type FetchEntry } from './usage'

/**
 * Serialized answers of the agency API's reads, kept in memory per feed state.
 *
 * What `/items`, `/items/{id}` and `/changes` answer depends only on the feed state (latest event
 * seq and last passed embargo: see etag.ts), the client's scope (types, languages, embargo
 * privilege — not who the client is) and the request. So the answer is computed once per state and
 * scope and served from memory until the next event: many agencies polling the same page between
 * two publications cost one database read. The key is taken BEFORE computing, so an answer can
 * only be newer than its key says, never older. Each answer still records which items the client
 * received (usage.ts), cache hit or not.
 *
 * Bounded by bytes (least recently used entries go first); `FEED_CACHE_MB=0` turns it off.
 */
type Entry = { body: Buffer; delivered: FetchEntry[] }

export type ResponseCache = {
  get(key: string): Entry | undefined
  set(key: string, entry: Entry): void
  readonly bytes: number
  readonly size: number
  clear(): void
}

export function createResponseCache(maxBytes: number): ResponseCache {
  const entries = new Map<string, Entry>()
  let bytes = 0
  const cost = (key: string, e: Entry) => e.body.byteLength + key.length * 2 + e.delivered.length * 64
  return {
    get(key) {
      const hit = entries.get(key)
      if (!hit) return undefined
      // Map order is insertion order: re-insert to mark as recently used.
      entries.delete(key)
      entries.set(key, hit)
      return hit
    },
    set(key, entry) {
      const size = cost(key, entry)
      if (size > maxBytes) return
      const old = entries.get(key)
      if (old) {
        bytes -= cost(key, old)
        entries.delete(key)
      }
      entries.set(key, entry)
      bytes += size
      for (const [k, e] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(k)
        bytes -= cost(k, e)
      }
    },
    get bytes() {
      return bytes
    },
    get size() {
      return entries.size
    },
    clear() {
      entries.clear()
      bytes = 0
    },
  }
}

const caches = new WeakMap<Payload, ResponseCache | null>()

function cacheOf(deps: FeedDeps): ResponseCache | null {
  if (!caches.has(deps.payload)) {
    const mb = deps.env.feedCacheMb
    caches.set(deps.payload, mb > 0 ? createResponseCache(mb * 1024 * 1024) : null)
  }
  return caches.get(deps.payload) ?? null
}

/** Forget every cached answer of this instance (tests; shutdown). */
export function dropResponseCache(payload: Payload): void {
  caches.delete(payload)
}

/** What a client's answers depend on: its scope, not its identity. */
const scopeOf = (client: ApiClientContext) => [[...client.types].sort(), [...client.languages].sort(), client.embargoPrivilege]

/** An answer to cache: a body to serialize, or JSON already serialized (records of the read model spliced together). */
export type Produced = { body: unknown; delivered: FetchEntry[] } | { json: string; delivered: FetchEntry[] }

/**
 * Answer a GET with JSON from the cache, or compute it (`produce` returns the body, or its JSON, and the items it
 * delivers), cache it and answer. Errors thrown by `produce` are not cached.
 */
export async function sendCachedJson(
  deps: FeedDeps,
  req: Request,
  res: Response,
  client: ApiClientContext,
  produce: () => Promise<Produced>,
): Promise<void> {
  const cache = cacheOf(deps)
  const v = feedVersion(deps.payload)
  const key = JSON.stringify([v.seq, v.embargo, scopeOf(client), req.baseUrl + req.path, normalizedQuery(req.query as Record<string, unknown>)])
  let entry = cache?.get(key)
  if (!entry) {
    const produced = await produce()
    entry = { body: Buffer.from('json' in produced ? produced.json : JSON.stringify(produced.body)), delivered: produced.delivered }
    cache?.set(key, entry)
  }
  try {
    recordFetch(deps, client, entry.delivered)
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not record fetched items')
  }
  res.type('application/json; charset=utf-8').send(entry.body)
}
