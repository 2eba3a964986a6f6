import { createHash } from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { slugs } from '../domain'
import { clockOf } from '../workflow/clock'
import { onDomainEvent } from '../workflow/events'
import type { FeedDeps } from './types'

/**
 * Conditional GET for the agency API without touching the database.
 *
 * What a feed response contains changes only when (a) a domain event is recorded (published,
 * corrected, withdrawn, embargoLifted) or (b) an embargo passes (the item appears for clients
 * without the privilege, and `embargoedUntil` disappears for those with it). So each process keeps
 * in memory:
 *   - the latest event `seq` and its time, updated at once from `onDomainEvent` for events of this
 *     process, and re-read from the database once a second (a timer, not a request) for events
 *     recorded by other processes (other web nodes, `npm run worker`);
 *   - the embargo times still to come (from the same refresh and from events), so that the moment
 *     one passes by the clock the ETag changes, before anyone has recorded `embargoLifted`.
 * ETag = hash(latest seq, last passed embargo, client id, its scopes and privilege, path, normalized
 * query). A request whose `If-None-Match` matches is answered 304 from memory alone.
 *
 * Only `If-None-Match` is honoured (`If-Modified-Since` is ignored: one-second precision).
 *
 * Bound: a change made by another process shows in this process's ETags at most
 * REFRESH_MS (1 s) plus one query's time later; changes made in this process show at once.
 * Not covered (they emit no event): trusted writes that bypass the workflow (seed, imports) and edits
 * of shared reference data (topic names, media captions, site settings); they show at the next event.
 */

export const REFRESH_MS = 1000

type FeedState = {
  seq: number
  /** When the latest event occurred (Last-Modified). */
  changedAt: number
  /** Embargo times (ms) not yet passed when last seen; passed ones are folded into lastPassed. */
  embargoes: Set<number>
  lastPassedEmbargo: number
  timer: NodeJS.Timeout | null
  initialized: boolean
  refreshing: Promise<void> | null
  unsubscribe: () => void
}

const states = new Map<Payload, FeedState>()

/** Fold passed embargoes (by the configured clock) into lastPassedEmbargo; returns it. */
function passedEmbargo(payload: Payload, state: FeedState): number {
  const now = clockOf(payload).now().getTime()
  for (const t of state.embargoes) {
    if (t <= now) {
      state.embargoes.delete(t)
      if (t > state.lastPassedEmbargo) state.lastPassedEmbargo = t
    }
  }
  return state.lastPassedEmbargo
}

function see(state: FeedState, seq: number, at: number) {
  if (seq > state.seq) {
    state.seq = seq
    state.changedAt = Math.max(state.changedAt, at)
  }
}

/** Re-read what other processes recorded: at start the latest event and pending embargoes, then events after the known seq. */
export async function refreshFeedState(payload: Payload): Promise<void> {
  const state = states.get(payload)
  if (!state) return
  if (state.refreshing) return state.refreshing
  state.refreshing = (async () => {
    try {
      if (!state.initialized) {
        // Once: the latest event and every embargo still to come.
        const last = await payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true })
        const doc = last.docs[0]
        if (doc) see(state, doc.seq, new Date(doc.occurredAt).getTime())
        const pending = await payload.find({
          collection: slugs.contentEvents,
          where: { embargoUntil: { greater_than: clockOf(payload).now().toISOString() } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        for (const e of pending.docs) if (e.embargoUntil) state.embargoes.add(new Date(e.embargoUntil).getTime())
        state.initialized = true
        return
      }
      // Then: only what was recorded since (keyset on the unique seq index; usually nothing).
      const fresh = await payload.find({
        collection: slugs.contentEvents,
        where: { seq: { greater_than: state.seq } },
        sort: 'seq',
        limit: 500,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const e of fresh.docs) {
        see(state, e.seq, new Date(e.occurredAt).getTime())
        if (e.embargoUntil) state.embargoes.add(new Date(e.embargoUntil).getTime())
      }
    } catch (error) {
      payload.logger.debug({ err: error }, 'feed state refresh failed')
    } finally {
      state.refreshing = null
    }
  })()
  return state.refreshing
}

/**
 * Start keeping the feed state of this Payload instance (idempotent). The first refresh is awaited
 * by `feedStateReady`; then a timer (unref'd: it never keeps the process alive) refreshes it.
 */
export function trackFeedState(payload: Payload): FeedState {
  const existing = states.get(payload)
  if (existing) return existing
  const state: FeedState = {
    seq: 0,
    changedAt: 0,
    embargoes: new Set(),
    lastPassedEmbargo: 0,
    timer: null,
    initialized: false,
    refreshing: null,
    unsubscribe: () => undefined,
  }
  states.set(payload, state)
  state.unsubscribe = onDomainEvent(payload, (event) => {
    see(state, event.seq, new Date(event.occurredAt).getTime())
    if (event.embargoUntil) state.embargoes.add(new Date(event.embargoUntil).getTime())
  })
  state.timer = setInterval(() => void refreshFeedState(payload), REFRESH_MS)
  state.timer.unref()
  void refreshFeedState(payload)
  return state
}

/** Stop tracking (tests, shutdown). */
export async function untrackFeedState(payload: Payload): Promise<void> {
  const state = states.get(payload)
  if (!state) return
  if (state.timer) clearInterval(state.timer)
  state.unsubscribe()
  states.delete(payload)
  // A refresh still reading must finish before the database closes (its connection would be
  // released twice: once by the close, once by the query's own callback).
  await state.refreshing
}

/** Resolves once the first refresh has completed. */
export async function feedStateReady(payload: Payload): Promise<void> {
  const state = trackFeedState(payload)
  if (state.refreshing) await state.refreshing
}

/** The current version token of everything the feed could show (memory only). */
export function feedVersion(payload: Payload): { seq: number; embargo: number; lastModified: Date } {
  const state = trackFeedState(payload)
  const embargo = passedEmbargo(payload, state)
  const t = Math.max(state.changedAt, embargo)
  // Last-Modified has one-second precision: round down; the ETag carries the exact state.
  return { seq: state.seq, embargo, lastModified: new Date(t > 0 ? Math.floor(t / 1000) * 1000 : 0) }
}

/** A query string in a canonical order, so that `?a=1&b=2` and `?b=2&a=1` share an ETag. */
export function normalizedQuery(query: Record<string, unknown>): string {
  return Object.keys(query)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(JSON.stringify(query[k]))}`)
    .join('&')
}

/** The weak ETag of a response to this client for this request in the current state. */
export function feedEtag(payload: Payload, parts: { client: unknown; path: string; query: Record<string, unknown> }): { etag: string; lastModified: Date } {
  const v = feedVersion(payload)
  const hash = createHash('sha256')
    .update(JSON.stringify([v.seq, v.embargo, parts.client, parts.path, normalizedQuery(parts.query)]))
    .digest('base64url')
    .slice(0, 32)
  return { etag: `W/"${hash}"`, lastModified: v.lastModified }
}

/** Weak comparison (RFC 9110 §8.8.3.2): any listed tag, or *, matches. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (t: string) => t.trim().replace(/^W\//, '')
  const want = opaque(etag)
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === want)
}

/**
 * Middleware for GET routes of the agency API that need a client (`req.apiClient`): sets ETag,
 * Last-Modified and caching headers, and answers 304 when `If-None-Match` matches, from memory.
 */
export function conditionalGet(deps: FeedDeps): RequestHandler {
  trackFeedState(deps.payload)
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const client = req.apiClient
    const scope = client ? [client.id, [...client.types].sort(), [...client.languages].sort(), client.embargoPrivilege] : null
    const { etag, lastModified } = feedEtag(deps.payload, { client: scope, path: req.baseUrl + req.path, query: req.query as Record<string, unknown> })
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', lastModified.toUTCString())
    res.setHeader('Cache-Control', 'private, no-cache')
    res.vary('Authorization')
    if (etagMatches(req.get('if-none-match'), etag)) {
      res.status(304).end()
      return
    }
    // Only the ETag validates: Last-Modified has one-second precision, so If-Modified-Since could
    // call a response fresh that changed later within the same second. Express would honour it.
    delete req.headers['if-modified-since']
    delete req.headers['if-none-match']
    next()
  }
}
