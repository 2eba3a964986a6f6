import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type { Payload } from 'payload'

import { dbIdOf } from '../db/engine'
import { locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { itemRecords, listRecords, ninjsJsonOf } from '../readModel/read'
import type { NinjsRecord } from '../readModel/queries'
import { organizationOf } from '../readModel/write'
import { HttpError } from '../server/errors'
import { search } from '../search'
import { clockOf } from '../workflow/clock'
import { ITEM_NOT_FOUND } from './auth'
import { conditionalGet } from './etag'
import { hasOwnHeadline, toNinjs, type NinjsContext } from './ninjs'
import {
  decodeItemsCursor,
  decodeSearchCursor,
  encodeItemsCursor,
  encodeSearchCursor,
  parseDateTime,
  parseItemId,
  parseLang,
  parseLimit,
  parseSearchText,
  parseTopic,
  parseTypes,
  parseVersion,
  refuseUnknown,
  type ItemsCursor,
} from './query'
import { clientAudiences, clientCollections, clientLocales } from './scope'
import { audienceOf, type Audience } from '../readModel/record'
import type { ApiClientContext, FeedDeps } from './types'
import { sendCachedJson } from './responseCache'

/**
 * The agency API's items and change feed (key required; `req.apiClient` is set by requireApiKey):
 *   GET /items           published items the client may see, newest first: { items: [ninjs], next };
 *                        with `q`, those matching the text, most relevant first (src/search)
 *   GET /items/{type}:{id}?lang=&version=   one language version (a tombstone when withdrawn)
 * (GET /changes?since= is changeRoutes in changes.ts.)
 * Every answer carries ETag and Last-Modified; a matching If-None-Match is a 304 from memory (etag.ts).
 */
export function itemRoutes(deps: FeedDeps): Router {
  const router = Router()
  const conditional = conditionalGet(deps)
  router.get('/items', conditional, handle((req, res) => listItems(deps, req, res)))
  router.get('/items/:id', conditional, handle((req, res) => oneItem(deps, req, res)))
  return router
}

/** Async handler; on an error the validators (ETag, Last-Modified) are removed: errors are not cacheable. */
export function handle(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.removeHeader('ETag')
        res.removeHeader('Last-Modified')
      }
      next(error)
    })
  }
}

export function clientOf(req: Request): ApiClientContext {
  if (!req.apiClient) throw new HttpError(401, 'An API key is required: Authorization: Bearer <key>')
  return req.apiClient
}

// ---- shared reading helpers -----------------------------------------------------------------

/** A stored version of an item as ninjs.ts reads it (every language, media and topics populated). */
type Doc = Record<string, unknown> & { id: number | string }

const ORGANIZATION_TTL_MS = 30_000
const organizations = new WeakMap<Payload, { at: number; value: Partial<Record<Locale, string>> }>()

/**
 * The office's name per language from site-settings, cached for 30 s. Only a missing value is an
 * empty name; a failed read propagates to the one error handler (500, logged at error): answering
 * with the organization silently dropped would hand agencies wrong ninjs and hide the fault.
 */
async function organizationCached(payload: Payload): Promise<Partial<Record<Locale, string>>> {
  const cached = organizations.get(payload)
  if (cached && Date.now() - cached.at < ORGANIZATION_TTL_MS) return cached.value
  const value = await organizationOf(payload)
  organizations.set(payload, { at: Date.now(), value })
  return value
}

export async function ninjsContextFor(deps: FeedDeps, client: ApiClientContext, now: Date): Promise<NinjsContext> {
  return { publicUrl: deps.env.publicUrl, now, embargoPrivilege: client.embargoPrivilege, organization: await organizationCached(deps.payload) }
}

/** A stored published version N of an item (every language), or null. The current version is read from the read model. */
export async function readVersion(payload: Payload, collection: ContentCollectionSlug, id: number | string, version: number): Promise<Doc | null> {
  const found = await payload.findVersions({
    collection,
    where: {
      and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }, { 'version.publishedVersion': { equals: version } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
    locale: 'all',
    overrideAccess: true,
  })
  const published = found.docs[0]?.version
  return published ? { ...published, id } : null
}

export const publishedLocalesOf = (doc: Record<string, unknown>): Locale[] =>
  Array.isArray(doc.publishedLocales) ? locales.filter((l) => (doc.publishedLocales as string[]).includes(l)) : []

const versionOf = (doc: Record<string, unknown>) => (typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 1)

// ---- GET /items -------------------------------------------------------------------------------

async function listItems(deps: FeedDeps, req: Request, res: Response): Promise<void> {
  const client = clientOf(req)
  const query = req.query as Record<string, unknown>
  refuseUnknown(query, ['q', 'type', 'lang', 'topic', 'updatedSince', 'limit', 'cursor'])
  const q = parseSearchText(query)
  const types = parseTypes(query)
  const lang = parseLang(query)
  const topic = parseTopic(query)
  const updatedSince = parseDateTime(query, 'updatedSince')
  const limit = parseLimit(query)
  const rawCursor = query.cursor
  if (rawCursor !== undefined && typeof rawCursor !== 'string') throw new HttpError(400, 'Invalid parameter "cursor": give it once', { parameter: 'cursor' })
  if (q !== undefined && (topic !== undefined || updatedSince !== undefined)) {
    throw new HttpError(400, 'Invalid parameter "q": cannot be combined with topic or updatedSince', { parameter: 'q' })
  }
  const cursor = rawCursor === undefined || q !== undefined ? undefined : decodeItemsCursor(rawCursor)
  const offset = rawCursor === undefined || q === undefined ? 0 : decodeSearchCursor(rawCursor)

  const allowed = clientCollections(client)
  const collections = (types ?? allowed).filter((c) => allowed.includes(c))
  const langs = clientLocales(client).filter((l) => !lang || l === lang)
  await sendCachedJson(deps, req, res, client, async () => {
    const page =
      q === undefined
        ? await readItemsPage(deps, { collections, langs, topic, updatedSince, limit, cursor, embargoed: client.embargoPrivilege, audiences: clientAudiences(client) })
        : await readSearchPage(deps, { q, collections, langs, limit, offset, embargoed: client.embargoPrivilege, audiences: clientAudiences(client) })
    const ctx = await ninjsContextFor(deps, client, page.now)
    // The stored ninjs are spliced in as they are: no parse, no serialization per request.
    const items = page.records.map((r) => ninjsJsonOf(r, ctx))
    return {
      json: `{"items":[${items.join(',')}],"next":${JSON.stringify(page.next)}}`,
      delivered: page.records.map((r) => ({ collection: r.itemCollection, id: dbIdOf(deps.payload, r.itemId), locale: r.language, version: r.version })),
    }
  })
}

/** One page of list entries (item × language), newest first, and the cursor of the next page: one query. */
async function readItemsPage(
  deps: FeedDeps,
  q: { collections: ContentCollectionSlug[]; langs: Locale[]; topic?: string; updatedSince?: Date; limit: number; cursor?: ItemsCursor; embargoed: boolean; audiences: Audience[] },
): Promise<{ records: NinjsRecord[]; next: string | null; now: Date }> {
  const { payload } = deps
  const now = clockOf(payload).now()
  const none = { records: [], next: null, now }
  if (q.collections.length === 0 || q.langs.length === 0) return none
  let topicId: number | string | undefined
  if (q.topic) {
    const found = await payload.find({ collection: slugs.topics, where: { slug: { equals: q.topic } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    if (!found.docs[0]) return none
    topicId = found.docs[0].id
  }
  // One more than the page tells that a next page exists.
  const found = await listRecords(payload, { collections: q.collections, locales: q.langs, now, embargoed: q.embargoed, audiences: q.audiences, topicId, since: q.updatedSince, after: q.cursor, limit: q.limit + 1 })
  const records = found.slice(0, q.limit)
  const last = records[records.length - 1]
  const next =
    found.length > q.limit
      ? encodeItemsCursor({ publishedAt: new Date(last.releasedAt).toISOString(), collectionIndex: last.collectionIndex, id: dbIdOf(payload, last.itemId), localeIndex: last.localeIndex })
      : null
  return { records, next, now }
}

/**
 * One page of search results (`q`), most relevant first: the search index names the entries
 * (src/search) within the client's scope, and their records are then read from the read model as
 * by id, under the same rule, so an entry the index still holds for an item no longer released
 * (or withdrawn) is left out.
 */
async function readSearchPage(
  deps: FeedDeps,
  q: { q: string; collections: ContentCollectionSlug[]; langs: Locale[]; limit: number; offset: number; embargoed: boolean; audiences: Audience[] },
): Promise<{ records: NinjsRecord[]; next: string | null; now: Date }> {
  const { payload } = deps
  const now = clockOf(payload).now()
  const { hits, total } = await search(payload, {
    q: q.q,
    languages: q.langs,
    types: q.collections,
    now,
    embargoed: q.embargoed,
    audiences: q.audiences,
    limit: q.limit,
    offset: q.offset,
  })
  const found = new Map<string, NinjsRecord>()
  await Promise.all(
    q.collections.map(async (collection) => {
      const ids = [...new Set(hits.filter((h) => h.type === collection).map((h) => String(h.docId)))]
      if (ids.length === 0) return
      const records = await itemRecords(payload, { collection, ids, locales: q.langs, now, embargoed: q.embargoed, audiences: q.audiences })
      for (const r of records) if (!r.withdrawn) found.set(`${collection}:${r.itemId}:${r.language}`, r)
    }),
  )
  const records = hits.flatMap((h) => found.get(`${h.type}:${String(h.docId)}:${h.language}`) ?? [])
  const end = q.offset + q.limit
  return { records, next: end < total ? encodeSearchCursor(end) : null, now }
}

// ---- GET /items/{id} --------------------------------------------------------------------------

const notFound = () => new HttpError(404, ITEM_NOT_FOUND)

/**
 * The languages one stored version of an item was published in: its own `publishedLocales`, and
 * only those it holds a headline of its own in. A trusted write (seed, import) that publishes marks
 * every language published (src/workflow/hooks/enforceWorkflowEdits.ts) even when only Vietnamese
 * was written yet: without the second check such a version would answer in English with the
 * Vietnamese fallback headline tagged `en`. (The read model keeps the same check as `ownHeadline`.)
 */
export const versionLanguages = (collection: ContentCollectionSlug, doc: Doc): Locale[] =>
  publishedLocalesOf(doc).filter((l) => hasOwnHeadline(collection, doc, l))

async function oneItem(deps: FeedDeps, req: Request, res: Response): Promise<void> {
  const client = clientOf(req)
  const query = req.query as Record<string, unknown>
  refuseUnknown(query, ['lang', 'version'])
  const ref = parseItemId(String(req.params.id))
  const lang = parseLang(query)
  const version = parseVersion(query)
  const { payload } = deps
  // Out of scope answers exactly like "does not exist".
  if (!clientCollections(client).includes(ref.collection)) throw notFound()
  const readable = clientLocales(client)
  if (lang && !readable.includes(lang)) throw notFound()
  if (!/^\d+$/.test(ref.id) && payload.db.defaultIDType === 'number') throw notFound()
  const id = dbIdOf(payload, ref.id)

  await sendCachedJson(deps, req, res, client, async () => {
    const now = clockOf(payload).now()
    // Found in any language the client may read; only then may a 404 say which language is missing.
    const records = await itemRecords(payload, { collection: ref.collection, ids: [String(id)], locales: readable, now, embargoed: client.embargoPrivilege, audiences: clientAudiences(client) })
    if (records.length === 0) throw notFound()
    const ctx = await ninjsContextFor(deps, client, now)
    const itemRef = `${req.params.id}`
    const current = records[0]
    // Records come in the site's language order, in languages the client may read.
    const pick = <T extends { language: Locale }>(list: T[]): T | undefined => (lang ? list.find((r) => r.language === lang) : list[0])
    if (current.withdrawn) {
      const record = pick(records)
      if (!record) throw notPublishedIn(itemRef, null, lang)
      return { json: ninjsJsonOf(record, ctx), delivered: [{ collection: ref.collection, id, locale: record.language, version: record.version }] }
    }
    if (version !== undefined && version !== current.version) {
      if (version > current.version) throw notFound()
      const earlier = await readVersion(payload, ref.collection, id, version)
      // A version for another audience (a brief restricted then, public now) is not this client's to read.
      if (!earlier || !clientAudiences(client).includes(audienceOf(ref.collection, earlier))) throw notFound()
      // Only the languages published in THAT version: an older version never borrows a language
      // published later, nor the fallback text.
      const locale = pick(versionLanguages(ref.collection, earlier).map((l) => ({ language: l })))?.language
      if (!locale) throw notPublishedIn(itemRef, version, lang)
      return { body: toNinjs(ref.collection, earlier, locale, ctx), delivered: [{ collection: ref.collection, id, locale, version: versionOf(earlier) }] }
    }
    // Without ?lang=: the first (vi, en, lo) the client may read that has a headline of its own.
    const record = pick(records.filter((r) => r.ownHeadline))
    if (!record) throw notPublishedIn(itemRef, version ?? null, lang)
    return { json: ninjsJsonOf(record, ctx), delivered: [{ collection: ref.collection, id, locale: record.language, version: record.version }] }
  })
}

/** 404 for an item the client can see in some language, but not in the one asked for. */
function notPublishedIn(itemRef: string, version: number | null, lang: Locale | undefined): HttpError {
  const what = version === null ? itemRef : `Version ${version} of ${itemRef}`
  return new HttpError(404, lang ? `${what} was not published in "${lang}"` : `${what} was not published in a language this key may read`, {
    parameter: lang ? 'lang' : 'version',
  })
}
