import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { monitoringLimits, slugs, type KeywordRule } from '../domain'
import type { Clipping, MonitoringSource } from '../payload-types'
import { extractArticleText } from './article'
import { canonicalUrl, storyKey } from './canonical'
import { FetchError, fetchFeed, type FetchSettings } from './fetchFeed'
import { matchableText, matchRules } from './match'
import { FeedParseError, parseEntries, type FeedEntry } from './parse'

export type PollContext = { payload: Payload; req: PayloadRequest; fetch: FetchSettings; rules: KeywordRule[]; now: Date; logger?: Payload['logger'] }

export type PollOutcome =
  | { outcome: 'source deleted' }
  | { outcome: 'polled' | 'not modified'; created: number; merged: number }
  | { outcome: 'failed'; error: string }

type Health = NonNullable<MonitoringSource['health']>

/** A clipping's `url` is unique: a create refused for it means another poll (or a crash's first run) made it already. */
export function isDuplicateUrl(error: unknown): boolean {
  if (!(error instanceof ValidationError)) return false
  const data = error.data as { collection?: string; errors?: { path?: string }[] } | undefined
  return data?.collection === slugs.clippings && (data.errors ?? []).some((e) => e.path === 'url')
}

/** The wait before the next try after `failures` failures in a row: the interval doubled each time, at most a day. */
export function backoffMs(intervalMinutes: number, failures: number): number {
  return Math.min(intervalMinutes * 60_000 * 2 ** failures, monitoringLimits.maxBackoffMs)
}

const idOf = <T extends number | string>(value: T | { id: T } | null | undefined): T | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

type Candidate = FeedEntry & { canonical: string }

/**
 * Poll one source: fetch (conditional), parse, match, write clippings, then the source's health.
 * Clippings come first and are each guarded by the unique `url`, so a run after a crash between the
 * two (or a retry) finds them there and makes none twice; `itemsFound` is recounted, not added to.
 */
export async function pollSource(ctx: PollContext, sourceId: number | string): Promise<PollOutcome> {
  const { payload, req } = ctx
  const source = await payload.findByID({ collection: slugs.monitoringSources, id: sourceId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!source) return { outcome: 'source deleted' }
  const health: Health = source.health ?? {}
  try {
    const answer = await fetchFeed(source.url, ctx.fetch, { etag: health.etag, lastModified: health.lastModified })
    if (answer.kind === 'notModified') {
      await recordSuccess(ctx, source, 304, {})
      return { outcome: 'not modified', created: 0, merged: 0 }
    }
    const entries = parseEntries(answer.body.toString('utf8'))
    const { created, merged } = await keepMatching(ctx, source, entries, answer.url)
    await recordSuccess(ctx, source, answer.status, { etag: answer.etag, lastModified: answer.lastModified })
    return { outcome: 'polled', created, merged }
  } catch (error) {
    if (!(error instanceof FetchError) && !(error instanceof FeedParseError)) throw error
    const reason = error instanceof FetchError ? error.reason : error.reason
    const message = `${reason}: ${error.message}`.slice(0, 500)
    await recordFailure(ctx, source, message, error instanceof FetchError ? error.status : null)
    return { outcome: 'failed', error: message }
  }
}

async function keepMatching(ctx: PollContext, source: MonitoringSource, entries: FeedEntry[], feedUrl: string): Promise<{ created: number; merged: number }> {
  const { payload, req } = ctx
  const byUrl = new Map<string, Candidate>()
  for (const entry of entries) {
    const canonical = canonicalUrl(entry.url, feedUrl)
    if (canonical && !byUrl.has(canonical)) byUrl.set(canonical, { ...entry, canonical })
  }
  if (byUrl.size === 0) return { created: 0, merged: 0 }
  const { docs: known } = await payload.find({
    collection: slugs.clippings,
    // An address merged into another clipping (alsoAt) is known too: once the story window has passed
    // it must not come back as a new clipping while its feed still lists it.
    where: { or: [{ url: { in: [...byUrl.keys()] } }, { 'alsoAt.url': { in: [...byUrl.keys()] } }] },
    pagination: false,
    depth: 0,
    select: { url: true, source: true, alsoAt: true },
    overrideAccess: true,
    req,
  })
  const knownByUrl = new Map<string, (typeof known)[number]>()
  for (const doc of known) {
    for (const also of doc.alsoAt ?? []) if (also.url) knownByUrl.set(also.url, doc)
  }
  for (const doc of known) knownByUrl.set(doc.url, doc)
  // Articles are fetched for entries newer than the last successful poll only: an entry that did
  // not match is not kept, and would otherwise be fetched again at every poll.
  const since = source.health?.lastSuccessAt ? new Date(source.health.lastSuccessAt).getTime() : 0
  let created = 0
  let merged = 0
  for (const entry of byUrl.values()) {
    const already = knownByUrl.get(entry.canonical)
    // 'gone': the clipping was folded into another by a concurrent poll (settleStory) as we merged: look again.
    const result = already ? await mergeInto(ctx, already, carrier(source, entry.canonical, ctx.now)) : 'gone'
    if (result !== 'gone') {
      if (result) merged += 1
      continue
    }
    const fresh = !entry.publishedAt || new Date(entry.publishedAt).getTime() >= since
    const articleText = source.fetchArticles && fresh ? await articleOf(ctx, entry.canonical) : null
    const matches = matchRules(ctx.rules, matchableText(entry.title, entry.excerpt, articleText))
    if (matches.length === 0) continue
    const key = storyKey(entry.title)
    const outcome = await placeStory(ctx, source, entry, key, {
      source: source.id,
      outlet: source.outlet,
      country: source.country,
      language: source.language,
      url: entry.canonical,
      title: entry.title || entry.canonical,
      excerpt: entry.excerpt,
      publishedAt: entry.publishedAt,
      firstSeenAt: ctx.now.toISOString(),
      matches: matches.map((m) => ({ keyword: m.keyword, language: m.language })),
      storyKey: key,
      articleText,
      status: 'new',
    })
    if (outcome === 'created') created += 1
    if (outcome === 'merged') merged += 1
  }
  return { created, merged }
}

type NewClipping = Omit<Clipping, 'id' | 'createdAt' | 'updatedAt'>

/**
 * Keep a matching entry: as an `alsoAt` line of a recent clipping of the same story from another
 * source, or as a new clipping (then settled against a concurrent poll's copy). A few tries, since a
 * concurrent poll may fold the clipping merged into at that moment.
 */
async function placeStory(ctx: PollContext, source: MonitoringSource, entry: Candidate, key: string | null, data: NewClipping): Promise<'created' | 'merged' | 'known'> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const sameStory = key ? await recentStory(ctx, source, key) : null
    if (sameStory) {
      const merged = await mergeInto(ctx, sameStory, carrier(source, entry.canonical, ctx.now))
      if (merged === 'gone') continue
      return merged ? 'merged' : 'known'
    }
    try {
      const clipping = await ctx.payload.create({ collection: slugs.clippings, data, overrideAccess: true, req: ctx.req })
      return key && (await settleStory(ctx, key, clipping.id)) ? 'merged' : 'created'
    } catch (error) {
      if (!isDuplicateUrl(error)) throw error
      // Another poll wrote it between our read and this create: it is there, which is what counts.
      return 'known'
    }
  }
  throw new Error(`story "${key}" kept moving under concurrent polls; the job's retry will place it`)
}

type Mergeable = Pick<Clipping, 'id' | 'source' | 'alsoAt'>
type Carrier = { source: number; outlet: string; url: string; seenAt: string }

const carrier = (source: MonitoringSource, url: string, now: Date): Carrier => ({ source: source.id, outlet: source.outlet, url, seenAt: now.toISOString() })

/**
 * Record that another source carried this clipping's story too (once per source): true when added,
 * false when nothing changed, 'gone' when the clipping was deleted meanwhile (folded by settleStory).
 */
async function mergeInto(ctx: PollContext, clipping: Mergeable, also: Carrier): Promise<boolean | 'gone'> {
  if (idOf(clipping.source) === also.source) return false
  const known = clipping.alsoAt ?? []
  if (known.some((a) => idOf(a.source) === also.source)) return false
  try {
    await ctx.payload.update({
      collection: slugs.clippings,
      id: clipping.id,
      data: { alsoAt: [...known.map((a) => ({ id: a.id, source: idOf(a.source), outlet: a.outlet, url: a.url, seenAt: a.seenAt })), also] },
      overrideAccess: true,
      req: ctx.req,
    })
  } catch (error) {
    const still = await ctx.payload.findByID({ collection: slugs.clippings, id: clipping.id, depth: 0, overrideAccess: true, req: ctx.req, disableErrors: true })
    if (still) throw error
    return 'gone'
  }
  return true
}

/**
 * Two sources polled at the same moment may each find no clipping of a story and both create one
 * (the check reads before the create writes). After creating, look again: of the untouched clippings
 * of this story within the window from different sources, the first (lowest id) keeps the story and
 * each later one becomes an `alsoAt` line of it and is deleted. Whichever poll looks last sees both,
 * so the two end as one. True when the clipping just created was folded into an earlier one.
 */
async function settleStory(ctx: PollContext, key: string, createdId: number): Promise<boolean> {
  const { docs } = await ctx.payload.find({
    collection: slugs.clippings,
    where: {
      and: [
        { storyKey: { equals: key } },
        { firstSeenAt: { greater_than_equal: new Date(ctx.now.getTime() - monitoringLimits.storyWindowMs).toISOString() } },
      ],
    },
    sort: 'id',
    limit: 20,
    depth: 0,
    select: { source: true, alsoAt: true, outlet: true, url: true, firstSeenAt: true, status: true, tone: true },
    overrideAccess: true,
    req: ctx.req,
  })
  const [keeper, ...later] = docs
  if (!keeper) return false
  let folded = false
  for (const duplicate of later) {
    const from = idOf(duplicate.source)
    // The same outlet twice is not syndication; a clipping staff have begun to triage stays.
    if (from === null || from === idOf(keeper.source) || duplicate.status !== 'new' || duplicate.tone) continue
    await mergeInto(ctx, keeper, { source: from, outlet: duplicate.outlet, url: duplicate.url, seenAt: duplicate.firstSeenAt ?? ctx.now.toISOString() })
    keeper.alsoAt = [...(keeper.alsoAt ?? []), { source: from, outlet: duplicate.outlet, url: duplicate.url, seenAt: duplicate.firstSeenAt }]
    try {
      await ctx.payload.delete({ collection: slugs.clippings, id: duplicate.id, overrideAccess: true, req: ctx.req })
    } catch (error) {
      // The other poll folded it at the same moment (Payload then fails in more ways than NotFound):
      // gone is what was wanted.
      if (await ctx.payload.findByID({ collection: slugs.clippings, id: duplicate.id, depth: 0, overrideAccess: true, req: ctx.req, disableErrors: true })) throw error
    }
    if (duplicate.id === createdId) folded = true
  }
  return folded
}

/** A clipping with this story key first seen within the story window from another source (or by hand). */
async function recentStory(ctx: PollContext, source: MonitoringSource, key: string): Promise<Mergeable | null> {
  const { docs } = await ctx.payload.find({
    collection: slugs.clippings,
    where: {
      and: [
        { storyKey: { equals: key } },
        { firstSeenAt: { greater_than_equal: new Date(ctx.now.getTime() - monitoringLimits.storyWindowMs).toISOString() } },
        { or: [{ source: { not_equals: source.id } }, { source: { exists: false } }] },
      ],
    },
    sort: 'firstSeenAt',
    limit: 1,
    depth: 0,
    select: { source: true, alsoAt: true },
    overrideAccess: true,
    req: ctx.req,
  })
  return docs[0] ?? null
}

/** The article's text, or null when it cannot be fetched or read (the clipping is kept without it). */
async function articleOf(ctx: PollContext, url: string): Promise<string | null> {
  try {
    const page = await fetchFeed(url, ctx.fetch, {}, 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5')
    if (page.kind !== 'ok') return null
    return extractArticleText(page.body.toString('utf8'), page.url)
  } catch (error) {
    if (!(error instanceof FetchError)) throw error
    ctx.logger?.warn({ url, reason: error.reason, err: error.message }, 'monitoring: article not fetched')
    return null
  }
}

async function itemsFoundOf(ctx: PollContext, sourceId: number | string): Promise<number> {
  const { totalDocs } = await ctx.payload.count({ collection: slugs.clippings, where: { source: { equals: sourceId } }, overrideAccess: true, req: ctx.req })
  return totalDocs
}

async function recordSuccess(ctx: PollContext, source: MonitoringSource, status: number, validators: { etag?: string | null; lastModified?: string | null }) {
  const health = source.health ?? {}
  const now = ctx.now
  await ctx.payload.update({
    collection: slugs.monitoringSources,
    id: source.id,
    data: {
      health: {
        ...health,
        lastCheckedAt: now.toISOString(),
        lastSuccessAt: now.toISOString(),
        lastStatus: status,
        consecutiveFailures: 0,
        nextPollAt: new Date(now.getTime() + source.intervalMinutes * 60_000).toISOString(),
        itemsFound: await itemsFoundOf(ctx, source.id),
        etag: validators.etag ?? health.etag ?? null,
        lastModified: validators.lastModified ?? health.lastModified ?? null,
      },
    },
    overrideAccess: true,
    req: ctx.req,
  })
}

async function recordFailure(ctx: PollContext, source: MonitoringSource, message: string, status: number | null) {
  const health = source.health ?? {}
  const failures = (health.consecutiveFailures ?? 0) + 1
  const now = ctx.now
  await ctx.payload.update({
    collection: slugs.monitoringSources,
    id: source.id,
    data: {
      health: {
        ...health,
        lastCheckedAt: now.toISOString(),
        lastError: message,
        lastErrorAt: now.toISOString(),
        lastStatus: status,
        consecutiveFailures: failures,
        nextPollAt: new Date(now.getTime() + backoffMs(source.intervalMinutes, failures)).toISOString(),
      },
    },
    overrideAccess: true,
    req: ctx.req,
  })
}
