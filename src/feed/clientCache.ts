import type { Payload } from 'payload'

import type { ApiClientContext } from './types'

/** What a key's hash resolved to: the client, and whether the key is its current or its previous one. */
export type KeyMatch = {
  client: ApiClientContext
  active: boolean
  /** 'previous' keys work until `previousKeyExpiresAt`. */
  which: 'current' | 'previous'
  previousKeyExpiresAt: Date | null
}

/**
 * Key lookups are cached in memory for CACHE_TTL_MS (10 s), unknown keys included, so a busy client
 * costs one query per 10 s. Revocation, rotation, edits and deletion clear the client's entries in
 * this process at once (see the api-clients hooks); other processes notice within the TTL.
 */
export const CACHE_TTL_MS = 10_000
const MAX_ENTRIES = 10_000

type Entry = { match: KeyMatch | null; expires: number }
const caches = new WeakMap<Payload, Map<string, Entry>>()

function cacheOf(payload: Payload): Map<string, Entry> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  return cache
}

export function cachedKey(payload: Payload, hash: string): KeyMatch | null | undefined {
  const cache = cacheOf(payload)
  const entry = cache.get(hash)
  if (!entry) return undefined
  if (entry.expires <= performance.now()) {
    cache.delete(hash)
    return undefined
  }
  return entry.match
}

export function cacheKey(payload: Payload, hash: string, match: KeyMatch | null): void {
  const cache = cacheOf(payload)
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(hash, { match, expires: performance.now() + CACHE_TTL_MS })
}

/** Forget every cached key of one client (all clients when `id` is omitted), in this process. */
export function invalidateApiClient(payload: Payload, id?: number | string): void {
  const cache = caches.get(payload)
  if (!cache) return
  if (id === undefined) return cache.clear()
  for (const [hash, entry] of cache) if (entry.match && String(entry.match.client.id) === String(id)) cache.delete(hash)
}
