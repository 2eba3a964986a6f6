import { createHash } from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { contentCollections, locales, slugs } from '../domain'
import type { ContentEvent } from '../payload-types'
import { clockOf } from '../workflow/clock'
import { onDomainEvent } from '../workflow/events'
import { feedScopeOf } from './scope'
import type { FeedDeps, FeedScope } from './types'

/**
 * Conditional GET for the agency API without touching the database.
 *
 * What a feed response contains changes only when (a) a domain event is recorded (published,
 * corrected, withdrawn, embargoLifted) or (b) an embargo passes (the item appears for clients
 * without the privilege, and `embargoedUntil` disappears for those with it). So each process keeps
 * in memory:
 *   - the latest event `seq` and its time, updated at once from `onDomainEvent` for events of this
 *     process, and re-read from the database twice a second (a timer, not a request) for events
 *     recorded by other processes (other web nodes, `npm run worker`);
 *   - the embargo times still to come (from the same refresh and from events), so that the moment
 *     one passes by the clock the ETag changes, before anyone has recorded `embargoLifted`.
 * ETag = hash(latest seq and last passed embargo THE CLIENT CAN SEE, client id, its scopes and
 * privilege, path, normalized query). A request whose `If-None-Match` matches is answered 304 from
 * memory alone.
 *
 * No side channel: the seq, time and passed embargo are kept per visibility class (collection ×
 * language × embargo privilege) and a client's version is the latest over its classes. So an event
 * a client cannot see (an embargoed publication without the privilege, another collection or
 * language) changes neither its ETag nor its Last-Modified; a client without the privilege sees
 * the change when the embargo passes. (At start a class with no event among the latest
 * INIT_SCAN of its collection takes the latest seq of all: that only makes tags differ across a
 * restart, never two contents share one.)
 *
 * Only `If-None-Match` is honoured (`If-Modified-Since` is ignored: one-second precision).
 *
 * Bound: a change made by another process shows in this process's ETags (and, through the
 * response cache's key, in its answers) at most REFRESH_MS (0.5 s) plus one query's time later, so
 * within a second; changes made in this process show at once.
 * Not covered (they emit no event): trusted writes that bypass the workflow (seed, imports) and edits
 * of shared reference data (topic names, media captions, site settings); they show at the next event.
 */

/** Half a second, so that another process's change is served here within one second even under load. */
export const REFRESH_MS = 500

/** `collection locale privileged` (privileged: 1 or 0). */
type ClassKey = string
/** `collection locale`: an embargo passing concerns clients with and without the privilege. */
type PlaceKey = string

type FeedState = {
  /** The latest event of all (what the refresh reads after). */
  seq: number
  /** When the latest event occurred (Last-Modified). */
  changedAt: number
  /** Per visibility class: its latest seq and when that event occurred. */
  classes: Map<ClassKey, { seq: number; at: number }>
  /** Embargo times (ms) not yet passed when last seen, with the places they concern. */
  embargoes: Map<number, Set<PlaceKey>>
  lastPassedEmbargo: number
  /** Per place: the last embargo time passed there. */
  passedAt: Map<PlaceKey, number>
  timer: NodeJS.Timeout | null
  initialized: boolean
  refreshing: Promise<void> | null
  unsubscribe: () => void
}

const states = new Map<Payload, FeedState>()

/** An event as the feed state needs it, from `onDomainEvent` or a content-events row. */
type SeenEvent = { seq: number; type: string; collection: string; locales: unknown; occurredAt: string | Date; embargoUntil?: string | Date | null }

const classKey = (collection: string, locale: string, privileged: boolean): ClassKey => `${collection} ${locale} ${privileged ? 1 : 0}`
const placeKey = (collection: string, locale: string): PlaceKey => `${collection} ${locale}`
const eventLocales = (value: unknown): string[] => (Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : [])

/** The same rule as the change feed's (changes.ts eventLanguages): without the privilege, an embargoed publication or correction is not seen. */
const hiddenWithoutPrivilege = (e: Pick<SeenEvent, 'type' | 'embargoUntil'>) => (e.type === 'published' || e.type === 'corrected') && Boolean(e.embargoUntil)

function bump(state: FeedState, key: ClassKey, seq: number, at: number) {
  const current = state.classes.get(key)
  if (!current || seq > current.seq) state.classes.set(key, { seq, at: Math.max(current?.at ?? 0, at) })
}

/** Fold passed embargoes (by the configured clock) into lastPassedEmbargo and per place; returns the global one. */
function passedEmbargo(payload: Payload, state: FeedState): number {
  const now = clockOf(payload).now().getTime()
  for (const [t, places] of state.embargoes) {
    if (t <= now) {
      state.embargoes.delete(t)
      if (t > state.lastPassedEmbargo) state.lastPassedEmbargo = t
      for (const place of places) if (t > (state.passedAt.get(place) ?? 0)) state.passedAt.set(place, t)
    }
  }
  return state.lastPassedEmbargo
}

function addEmbargo(state: FeedState, e: SeenEvent) {
  if (!e.embargoUntil) return
  const t = new Date(e.embargoUntil).getTime()
  const places = state.embargoes.get(t) ?? new Set<PlaceKey>()
  for (const l of eventLocales(e.locales)) places.add(placeKey(e.collection, l))
  state.embargoes.set(t, places)
}

function see(state: FeedState, e: SeenEvent) {
  const at = new Date(e.occurredAt).getTime()
  if (e.seq > state.seq) {
    state.seq = e.seq
    state.changedAt = Math.max(state.changedAt, at)
  }
  for (const l of eventLocales(e.locales)) {
    bump(state, classKey(e.collection, l, true), e.seq, at)
    if (!hiddenWithoutPrivilege(e)) bump(state, classKey(e.collection, l, false), e.seq, at)
  }
  addEmbargo(state, e)
}

type EventRow = Pick<ContentEvent, 'seq' | 'type' | 'itemCollection' | 'locales' | 'occurredAt' | 'embargoUntil'>
const fromRow = (r: EventRow): SeenEvent => ({ ...r, collection: r.itemCollection })

/** Latest events read per collection at start to set the classes. */
export const INIT_SCAN = 500

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
        const latest: EventRow | undefined = last.docs[0]
        if (latest) {
          // Each class's latest event among the latest INIT_SCAN of its collection, oldest first.
          const recent = await Promise.all(
            contentCollections.map((collection) =>
              payload.find({ collection: slugs.contentEvents, where: { itemCollection: { equals: collection } }, sort: '-seq', limit: INIT_SCAN, depth: 0, pagination: false, overrideAccess: true }),
            ),
          )
          for (const found of recent) for (const row of [...found.docs].reverse()) see(state, fromRow(row))
          // A class not met there may have older events: it takes the latest seq of all (see the top).
          const at = new Date(latest.occurredAt).getTime()
          for (const collection of contentCollections) {
            for (const l of locales) for (const privileged of [true, false]) if (!state.classes.has(classKey(collection, l, privileged))) bump(state, classKey(collection, l, privileged), latest.seq, at)
          }
          see(state, fromRow(latest))
        }
        const pending = await payload.find({
          collection: slugs.contentEvents,
          where: { embargoUntil: { greater_than: clockOf(payload).now().toISOString() } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        for (const e of pending.docs) addEmbargo(state, fromRow(e))
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
      for (const e of fresh.docs) see(state, fromRow(e))
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
    classes: new Map(),
    embargoes: new Map(),
    lastPassedEmbargo: 0,
    passedAt: new Map(),
    timer: null,
    initialized: false,
    refreshing: null,
    unsubscribe: () => undefined,
  }
  states.set(payload, state)
  state.unsubscribe = onDomainEvent(payload, (event) => see(state, event))
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

/**
 * The current version token of what the feed could show (memory only): of everything, or of what
 * one scope can see (its latest visible seq, the last embargo passed in its places, and when).
 */
export function feedVersion(payload: Payload, scope?: FeedScope): { seq: number; embargo: number; lastModified: Date } {
  const state = trackFeedState(payload)
  const global = passedEmbargo(payload, state)
  let seq = state.seq
  let changedAt = state.changedAt
  let embargo = global
  if (scope) {
    seq = 0
    changedAt = 0
    embargo = 0
    for (const collection of scope.collections) {
      for (const l of scope.locales) {
        const c = state.classes.get(classKey(collection, l, scope.privileged))
        if (c && c.seq > seq) seq = c.seq
        if (c && c.at > changedAt) changedAt = c.at
        embargo = Math.max(embargo, state.passedAt.get(placeKey(collection, l)) ?? 0)
      }
    }
  }
  const t = Math.max(changedAt, embargo)
  // Last-Modified has one-second precision: round down; the ETag carries the exact state.
  return { seq, embargo, lastModified: new Date(t > 0 ? Math.floor(t / 1000) * 1000 : 0) }
}

/** A query string in a canonical order, so that `?a=1&b=2` and `?b=2&a=1` share an ETag. */
export function normalizedQuery(query: Record<string, unknown>): string {
  return Object.keys(query)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(JSON.stringify(query[k]))}`)
    .join('&')
}

/** The weak ETag of a response to this client for this request in the current state. */
export function feedEtag(
  payload: Payload,
  parts: { client: unknown; scope?: FeedScope; path: string; query: Record<string, unknown> },
): { etag: string; lastModified: Date } {
  const v = feedVersion(payload, parts.scope)
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
    const { etag, lastModified } = feedEtag(deps.payload, {
      client: scope,
      scope: client ? feedScopeOf(client) : undefined,
      path: req.baseUrl + req.path,
      query: req.query as Record<string, unknown>,
    })
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
