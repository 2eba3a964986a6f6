import { Router, type Request, type Response } from 'express'
import type { Payload } from 'payload'

import { isContentCollection, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { HttpError } from '../server/errors'
import { clockOf } from '../workflow/clock'
import { eventsAfter, type EventDoc } from './changeEvents'
import { conditionalGet } from './etag'
import { itemRecords, ninjsJsonOf, restrictedBriefIds } from '../readModel/read'
import type { NinjsRecord } from '../readModel/queries'
import { dbIdOf } from '../db/engine'
import { clientOf, handle, ninjsContextFor, publishedLocalesOf } from './items'
import { clientAudiences, clientCollections, clientLocales, hasBriefingsScope } from './scope'
import { audienceOf, type Audience } from '../readModel/record'
import { toNinjs, type Ninjs } from './ninjs'
import { decodeChangesCursor, encodeChangesCursor, itemIdOf, refuseUnknown } from './query'
import { sendCachedJson, type Produced } from './responseCache'
import type { ApiClientContext, FeedDeps } from './types'
import type { FetchEntry } from './usage'

/**
 * GET /feed/v1/changes?since=<cursor>&limit=N
 *
 * Every change after the cursor, in commit order, read from `content-events` by keyset on its
 * unique, indexed `seq` (see recordDomainEvent: numbers appear in commit order, so once a reader
 * has seen n it has seen everything before n). A page costs the same whatever the table's size:
 * `seq > cursor ORDER BY seq LIMIT k` on the index, then the page's items by id. No OFFSET, no count.
 *
 * Answer: `{ changes: [...], next: <cursor> | null, cursor: <cursor> }`. Follow `next` until it is
 * null (caught up); keep `cursor` and poll with `since=<cursor>` later. Each change:
 *   { seq, cursor, type: published | updated | corrected | withdrawn | embargoLifted, occurredAt,
 *     id: "{type}:{id}", version, languages, items: [ninjs per language] }
 * `updated` is a `published` event of version 2 or later. Withdrawn items are tombstones
 * (`pubStatus: "canceled"`), in the withdrawal and in every earlier change still to be read: their
 * content is no longer given out.
 *
 * Per client: events outside its types or languages are skipped. A client without the embargo
 * privilege does not get a `published`/`corrected` event whose embargo had not passed; it gets the
 * item with the `embargoLifted` event instead, the moment it becomes available. So each client sees
 * each change that concerns it exactly once.
 *
 * No side channel: the cursor a client gets is the seq of the last change it was given (or its
 * `since`), so an event it cannot see never moves it (nor its ETag: etag.ts). Types and the embargo
 * are filtered in the query, so such events cost no scan budget; only events in its types but in
 * none of its languages are scanned and skipped in memory. When CHANGES_MAX_SCAN of those come in a
 * row, `next` moves past them so a reader is never stuck: it then tells that many such events exist.
 */

/** GET /changes (key required), with conditional GET. */
export function changeRoutes(deps: FeedDeps): Router {
  const router = Router()
  router.get('/changes', conditionalGet(deps), handle((req, res) => changesHandler(deps, req, res)))
  return router
}

export const CHANGES_DEFAULT_LIMIT = 50
export const CHANGES_MAX_LIMIT = 100
/** Most events looked at for one page: a client whose scope skips most events still gets a quick answer (and a `next`). */
export const CHANGES_MAX_SCAN = 1000

type Doc = Record<string, unknown> & { id: number | string }

export type Change = {
  seq: number
  cursor: string
  type: 'published' | 'updated' | 'corrected' | 'withdrawn' | 'embargoLifted'
  occurredAt: string
  id: string
  version: number
  languages: Locale[]
  items: Ninjs[]
}

function parseChangesQuery(query: Record<string, unknown>): { since: number; limit: number } {
  refuseUnknown(query, ['since', 'limit'])
  const since = query.since
  if (since !== undefined && typeof since !== 'string') throw new HttpError(400, 'Invalid parameter "since": give it once', { parameter: 'since' })
  let limit = CHANGES_DEFAULT_LIMIT
  if (query.limit !== undefined) {
    const raw = query.limit
    if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > CHANGES_MAX_LIMIT) {
      throw new HttpError(400, `Invalid parameter "limit": must be a whole number from 1 to ${CHANGES_MAX_LIMIT}`, { parameter: 'limit' })
    }
    limit = Number(raw)
  }
  return { since: since === undefined ? 0 : decodeChangesCursor(since), limit }
}


/** Whether a client sees an event at all (scope, languages, embargo privilege); which languages. */
function eventLanguages(event: EventDoc, client: ApiClientContext, allowed: ContentCollectionSlug[], langs: Locale[]): Locale[] {
  if (!isContentCollection(event.itemCollection) || !allowed.includes(event.itemCollection)) return []
  const eventLocales = Array.isArray(event.locales) ? (event.locales as string[]) : []
  const shown = langs.filter((l) => eventLocales.includes(l))
  if (shown.length === 0) return []
  if (!client.embargoPrivilege && (event.type === 'published' || event.type === 'corrected') && event.embargoUntil) {
    // Announced later, by its embargoLifted event (embargoUntil is only set on an event when the
    // embargo was still ahead at the time; see the workflow's publish).
    return []
  }
  return shown
}

/** The restricted briefs (by id) among a batch of events, for a client without the briefings scope (none otherwise). */
async function restrictedBriefsAmong(payload: Payload, client: ApiClientContext, events: EventDoc[]): Promise<Set<string>> {
  if (hasBriefingsScope(client)) return new Set()
  const ids = [...new Set(events.filter((e) => e.itemCollection === slugs.briefings).map((e) => String(dbIdOf(payload, e.itemId))))]
  return restrictedBriefIds(payload, ids)
}

/** The page's items as the read model holds them now (every language, by item; one query per collection). */
async function loadItems(payload: Payload, events: EventDoc[], now: Date, audiences: Audience[]): Promise<Map<string, NinjsRecord[]>> {
  const byCollection = new Map<ContentCollectionSlug, Set<string>>()
  for (const e of events) {
    if (!isContentCollection(e.itemCollection)) continue
    const set = byCollection.get(e.itemCollection) ?? new Set()
    set.add(String(dbIdOf(payload, e.itemId)))
    byCollection.set(e.itemCollection, set)
  }
  const out = new Map<string, NinjsRecord[]>()
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      // Embargo is the events' business here: read with the privilege, decide per event.
      const records = await itemRecords(payload, { collection, ids: [...ids], locales, now, embargoed: true, audiences })
      for (const r of records) out.set(`${collection}:${r.itemId}`, [...(out.get(`${collection}:${r.itemId}`) ?? []), r])
    }),
  )
  return out
}

/** Stored published versions the page needs that are not the current one (one query per collection). */
async function loadVersions(payload: Payload, wanted: { collection: ContentCollectionSlug; id: number | string; version: number }[]): Promise<Map<string, Doc>> {
  const out = new Map<string, Doc>()
  const byCollection = new Map<ContentCollectionSlug, typeof wanted>()
  for (const w of wanted) byCollection.set(w.collection, [...(byCollection.get(w.collection) ?? []), w])
  await Promise.all(
    [...byCollection].map(async ([collection, list]) => {
      const found = await payload.findVersions({
        collection,
        where: {
          and: [
            { parent: { in: [...new Set(list.map((w) => w.id))] } },
            { 'version._status': { equals: 'published' } },
            { 'version.publishedVersion': { in: [...new Set(list.map((w) => w.version))] } },
          ],
        },
        sort: 'updatedAt',
        pagination: false,
        depth: 1,
        locale: 'all',
        overrideAccess: true,
      })
      // Later rows win: the last published row of a version number is what was published.
      for (const v of found.docs) {
        const parent = v.parent && typeof v.parent === 'object' ? (v.parent as { id: number | string }).id : (v.parent as number | string)
        out.set(`${collection}:${parent}:${String(v.version.publishedVersion)}`, { ...v.version, id: parent })
      }
    }),
  )
  return out
}

export async function changesHandler(deps: FeedDeps, req: Request, res: Response): Promise<void> {
  const client = clientOf(req)
  const { since, limit } = parseChangesQuery(req.query as Record<string, unknown>)
  await sendCachedJson(deps, req, res, client, () => changesPage(deps, client, since, limit))
}

/** One page of the change feed for a client: the body and the items it delivers. */
async function changesPage(deps: FeedDeps, client: ApiClientContext, since: number, limit: number): Promise<Produced> {
  const { payload } = deps
  const allowed = clientCollections(client)
  const langs = clientLocales(client)
  const now = clockOf(payload).now()

  // 1. Scan events after the cursor in seq order until the page is full, the log ends, or the scan budget is spent.
  const selected: { event: EventDoc; languages: Locale[] }[] = []
  let position = since
  let lastShown = since
  let more = false
  let scanned = 0
  const batch = Math.max(limit * 2, 50)
  // A client reading no collection sees no event (and `in: []` is no query to send).
  while (allowed.length > 0) {
    // The client's types and the embargo are checked in the query (changeEvents.ts), its languages below.
    const events = await eventsAfter(payload, { after: position, collections: allowed, embargoPrivilege: client.embargoPrivilege, limit: batch })
    const restricted = await restrictedBriefsAmong(payload, client, events)
    let stoppedEarly = false
    for (let i = 0; i < events.length; i++) {
      const event = events[i]
      position = event.seq
      scanned += 1
      // A restricted brief's event is out of scope like another type's: it never moves the cursor.
      const languages = restricted.has(String(event.itemId)) && event.itemCollection === slugs.briefings ? [] : eventLanguages(event, client, allowed, langs)
      if (languages.length > 0) {
        selected.push({ event, languages })
        lastShown = event.seq
      }
      if (selected.length >= limit || scanned >= CHANGES_MAX_SCAN) {
        stoppedEarly = i < events.length - 1 || events.length === batch
        break
      }
    }
    if (selected.length >= limit || scanned >= CHANGES_MAX_SCAN) {
      more = stoppedEarly
      break
    }
    if (events.length < batch) break
  }

  // 2. The items those events concern (the read model), and the earlier versions they carried (Payload's versions).
  const items = await loadItems(
    payload,
    selected.map((s) => s.event),
    now,
    clientAudiences(client),
  )
  const keyOf = (event: EventDoc) => `${event.itemCollection}:${String(dbIdOf(payload, event.itemId))}`
  const wanted: { collection: ContentCollectionSlug; id: number | string; version: number }[] = []
  for (const { event } of selected) {
    const current = items.get(keyOf(event))?.[0]
    if (current && !current.withdrawn && current.version !== event.version && event.type !== 'withdrawn') {
      wanted.push({ collection: event.itemCollection as ContentCollectionSlug, id: dbIdOf(payload, current.itemId), version: event.version })
    }
  }
  const versions = wanted.length ? await loadVersions(payload, wanted) : new Map<string, Doc>()

  // 3. One change per event; an item the client may not read (staff-only, a restricted brief without the scope) is skipped.
  const ctx = await ninjsContextFor(deps, client, now)
  const changes: string[] = []
  const delivered: FetchEntry[] = []
  for (const { event, languages } of selected) {
    const collection = event.itemCollection as ContentCollectionSlug
    const records = items.get(keyOf(event))
    if (!records) continue
    const current = records[0]
    const id = dbIdOf(payload, current.itemId)
    const fromRecords = current.withdrawn || current.version === event.version
    const doc = fromRecords ? null : versions.get(`${collection}:${id}:${event.version}`)
    if (!fromRecords && !doc) continue
    // An earlier version for an audience the client does not read (a brief restricted then, public now).
    if (doc && !clientAudiences(client).includes(audienceOf(collection, doc))) continue
    const shownLanguages = languages.filter((l) => (doc ? publishedLocalesOf(doc).includes(l) : records.some((r) => r.language === l)))
    if (shownLanguages.length === 0) continue
    const type: Change['type'] = event.type === 'published' && event.version > 1 ? 'updated' : event.type
    // Current versions are spliced in as stored (serialized); an earlier version is serialized here.
    const shown = shownLanguages.map((l) => (doc ? JSON.stringify(toNinjs(collection, doc, l, ctx)) : ninjsJsonOf(records.find((r) => r.language === l) as NinjsRecord, ctx)))
    const head: Omit<Change, 'items'> = {
      seq: event.seq,
      cursor: encodeChangesCursor(event.seq),
      type,
      occurredAt: new Date(event.occurredAt).toISOString(),
      id: itemIdOf(collection, id),
      version: event.version,
      languages: shownLanguages,
    }
    changes.push(`${JSON.stringify(head).slice(0, -1)},"items":[${shown.join(',')}]}`)
    for (const l of shownLanguages) delivered.push({ collection, id, locale: l, version: current.withdrawn ? current.version : event.version })
  }
  // The scan budget spent on skipped events: move past them (see the top); otherwise only what was shown moves the cursor.
  const budgetSpent = scanned >= CHANGES_MAX_SCAN && selected.length < limit
  const cursor = encodeChangesCursor(budgetSpent ? position : lastShown)
  return { json: `{"changes":[${changes.join(',')}],"next":${JSON.stringify(more ? cursor : null)},"cursor":${JSON.stringify(cursor)}}`, delivered }
}
