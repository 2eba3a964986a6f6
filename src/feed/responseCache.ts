import { promisify } from 'node:util'
import zlib from 'node:zlib'

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
type Entry = { body: Buffer; delivered: FetchEntry[]; encoded?: Partial<Record<Encoding, Buffer>> }

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
  const cost = (key: string, e: Entry) =>
    e.body.byteLength + (e.encoded?.br?.byteLength ?? 0) + (e.encoded?.gzip?.byteLength ?? 0) + key.length * 2 + e.delivered.length * 64
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
  res.type('application/json; charset=utf-8')
  const encoding = entry.body.byteLength >= COMPRESS_FROM_BYTES ? encodingFor(req) : null
  if (!encoding) return void res.send(entry.body)
  let encoded = entry.encoded?.[encoding]
  if (!encoded) {
    encoded = await encode[encoding](entry.body)
    entry = { ...entry, encoded: { ...entry.encoded, [encoding]: encoded } }
    cache?.set(key, entry)
  }
  res.vary('Accept-Encoding')
  res.set('Content-Encoding', encoding)
  res.send(encoded)
}

/**
 * Answers are compressed here, once per cached answer and encoding, instead of by the app's
 * `compression` middleware on every response (which then leaves them alone: already encoded).
 * The middleware streams a body through zlib in 16 KB chunks, each a round trip to the thread
 * pool: a /changes page (500 KB) took 6 ms longer to arrive gzipped than plain in bench:feed,
 * where compressing it in one call takes under 2 ms; and an answer served from this cache was
 * compressed again for every client. Same encodings, preference and settings as the middleware
 * (brotli at quality 4 when accepted, else gzip at zlib's default level; nothing under 1 KB).
 */
type Encoding = 'br' | 'gzip'
const COMPRESS_FROM_BYTES = 1024
const encode: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(zlib.brotliCompress)(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => promisify(zlib.gzip)(body),
}
const encodingFor = (req: Request): Encoding | null => {
  const accepted = req.acceptsEncodings('br', 'gzip', 'identity')
  return accepted === 'br' || accepted === 'gzip' ? accepted : null
}
