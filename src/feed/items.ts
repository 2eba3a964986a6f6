import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type { Payload, Where } from 'payload'

import { contentCollections, globalSlugs, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { releasedConditions, releaseRules } from '../access/releasedOrStaff'
import { HttpError } from '../server/errors'
import { search } from '../search'
import { clockOf } from '../workflow/clock'
import { ITEM_NOT_FOUND } from './auth'
import { conditionalGet } from './etag'
import { hasOwnHeadline, toNinjs, toTombstone, type NinjsContext } from './ninjs'
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
import { clientCollections, clientLocales } from './scope'
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

type Doc = Record<string, unknown> & { id: number | string }

/** Fields not needed for ninjs (and related items would populate whole documents). */
const notNeeded = { related: false } as const

const ORGANIZATION_TTL_MS = 30_000
const organizations = new WeakMap<Payload, { at: number; value: Partial<Record<Locale, string>> }>()

/**
 * The office's name per language from site-settings, cached for 30 s. Only a missing value is an
 * empty name; a failed read propagates to the one error handler (500, logged at error): answering
 * with the organization silently dropped would hand agencies wrong ninjs and hide the fault.
 */
async function organizationOf(payload: Payload): Promise<Partial<Record<Locale, string>>> {
  const cached = organizations.get(payload)
  if (cached && Date.now() - cached.at < ORGANIZATION_TTL_MS) return cached.value
  const settings = (await payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true })) as {
    organizationName?: unknown
  }
  const name = settings.organizationName
  let value: Partial<Record<Locale, string>> = {}
  if (name && typeof name === 'object') value = name as Partial<Record<Locale, string>>
  else if (typeof name === 'string') value = { vi: name }
  organizations.set(payload, { at: Date.now(), value })
  return value
}

export async function ninjsContextFor(deps: FeedDeps, client: ApiClientContext, now: Date): Promise<NinjsContext> {
  return { publicUrl: deps.env.publicUrl, now, embargoPrivilege: client.embargoPrivilege, organization: await organizationOf(deps.payload) }
}

/** Published or withdrawn (read by id and in the change feed), as the public rule has it. */
export function visibleWhere(collection: ContentCollectionSlug, now: Date, langs: readonly Locale[], embargoed: boolean): Where {
  const rule = releaseRules[collection]
  const withdrawn: Where[] = [{ _status: { equals: 'published' } }, { state: { equals: 'withdrawn' } }, { publishedLocales: { in: [...langs] } }]
  if (rule.also) withdrawn.push(rule.also)
  return { or: [{ and: releasedConditions(rule, { now, locales: langs, embargoed }) }, { and: withdrawn }] }
}

/** Read documents of one collection as ninjs needs them: every language, media and topics populated. */
export async function readDocs(payload: Payload, collection: ContentCollectionSlug, where: Where, options: { sort?: string[]; limit?: number } = {}) {
  const result = await payload.find({
    collection,
    where,
    sort: options.sort,
    limit: options.limit ?? 0,
    pagination: false,
    depth: 1,
    locale: 'all',
    draft: false,
    overrideAccess: true,
    select: notNeeded as never,
  })
  return result.docs as unknown as Doc[]
}

/** A stored published version N of an item (every language), or null. */
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
  const v = found.docs[0] as unknown as { version?: Record<string, unknown> } | undefined
  return v?.version ? ({ ...v.version, id } as Doc) : null
}

export const publishedLocalesOf = (doc: Record<string, unknown>): Locale[] =>
  Array.isArray(doc.publishedLocales) ? locales.filter((l) => (doc.publishedLocales as string[]).includes(l)) : []

const versionOf = (doc: Record<string, unknown>) => (typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 1)

// ---- GET /items -------------------------------------------------------------------------------

const ms = (value: unknown) => new Date(value as string).getTime()

/** Total order of list entries, newest first: publishedAt, collection, id descending; language ascending. */
function compareKeys(a: ItemsCursor, b: ItemsCursor): number {
  const t = ms(b.publishedAt) - ms(a.publishedAt)
  if (t !== 0) return t
  if (a.collectionIndex !== b.collectionIndex) return b.collectionIndex - a.collectionIndex
  if (a.id !== b.id) {
    if (typeof a.id === 'number' && typeof b.id === 'number') return b.id - a.id
    return String(b.id) < String(a.id) ? -1 : 1
  }
  return a.localeIndex - b.localeIndex
}

/** The documents that can hold entries after the cursor, in collection `ci` (the cursor's own document included). */
function afterCursor(cursor: ItemsCursor, ci: number): Where {
  const t = new Date(cursor.publishedAt).toISOString()
  if (ci < cursor.collectionIndex) return { publishedAt: { less_than_equal: t } }
  if (ci > cursor.collectionIndex) return { publishedAt: { less_than: t } }
  return { or: [{ publishedAt: { less_than: t } }, { and: [{ publishedAt: { equals: t } }, { id: { less_than_equal: cursor.id } }] }] }
}

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
        ? await readItemsPage(deps, { collections, langs, topic, updatedSince, limit, cursor, embargoed: client.embargoPrivilege })
        : await readSearchPage(deps, { q, collections, langs, limit, offset, embargoed: client.embargoPrivilege })
    const ctx = await ninjsContextFor(deps, client, page.now)
    return {
      body: { items: page.entries.map((e) => toNinjs(e.collection, e.doc, e.locale, ctx)), next: page.next },
      delivered: page.entries.map((e) => ({ collection: e.collection, id: e.doc.id, locale: e.locale, version: versionOf(e.doc) })),
    }
  })
}

type PageEntry = { key: ItemsCursor; collection: ContentCollectionSlug; doc: Doc; locale: Locale }

/** One page of list entries (document × language), newest first, and the cursor of the next page. */
async function readItemsPage(
  deps: FeedDeps,
  q: { collections: ContentCollectionSlug[]; langs: Locale[]; topic?: string; updatedSince?: Date; limit: number; cursor?: ItemsCursor; embargoed: boolean },
): Promise<{ entries: PageEntry[]; next: string | null; now: Date }> {
  const { payload } = deps
  const now = clockOf(payload).now()
  const none = { entries: [], next: null, now }
  if (q.collections.length === 0 || q.langs.length === 0) return none
  const { langs, limit, cursor } = q
  let topicId: number | string | undefined
  if (q.topic) {
    const found = await payload.find({ collection: slugs.topics, where: { slug: { equals: q.topic } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    if (!found.docs[0]) return none
    topicId = found.docs[0].id
  }

  const perCollection = await Promise.all(
    q.collections.map(async (collection) => {
      const ci = contentCollections.indexOf(collection)
      const and: Where[] = [...releasedConditions(releaseRules[collection], { now, locales: langs, embargoed: q.embargoed })]
      if (topicId !== undefined) and.push({ topics: { in: [topicId] } })
      if (q.updatedSince) and.push({ publishedAt: { greater_than_equal: q.updatedSince.toISOString() } })
      if (cursor) and.push(afterCursor(cursor, ci))
      // limit + 2 documents: the cursor's own document may come back, and one more tells that a next page exists.
      const docs = await readDocs(payload, collection, { and }, { sort: ['-publishedAt', '-id'], limit: limit + 2 })
      return docs.map((doc) => ({ collection, ci, doc }))
    }),
  )

  const entries: PageEntry[] = []
  for (const { collection, ci, doc } of perCollection.flat()) {
    if (!doc.publishedAt) continue
    for (const locale of publishedLocalesOf(doc)) {
      if (!langs.includes(locale)) continue
      const key: ItemsCursor = { publishedAt: new Date(doc.publishedAt as string).toISOString(), collectionIndex: ci, id: doc.id, localeIndex: locales.indexOf(locale) }
      if (cursor && compareKeys(cursor, key) >= 0) continue
      entries.push({ key, collection, doc, locale })
    }
  }
  entries.sort((a, b) => compareKeys(a.key, b.key))
  const page = entries.slice(0, limit)
  return { entries: page, next: entries.length > limit ? encodeItemsCursor(page[page.length - 1].key) : null, now }
}

/**
 * One page of search results (`q`), most relevant first: the search index names the entries
 * (src/search) within the client's scope, and the documents are then read as the list reads them,
 * under the same release rule, so an entry the index still holds for an item no longer released
 * is left out.
 */
async function readSearchPage(
  deps: FeedDeps,
  q: { q: string; collections: ContentCollectionSlug[]; langs: Locale[]; limit: number; offset: number; embargoed: boolean },
): Promise<{ entries: { collection: ContentCollectionSlug; doc: Doc; locale: Locale }[]; next: string | null; now: Date }> {
  const { payload } = deps
  const now = clockOf(payload).now()
  const { hits, total } = await search(payload, {
    q: q.q,
    languages: q.langs,
    types: q.collections,
    now,
    embargoed: q.embargoed,
    audiences: ['public'],
    limit: q.limit,
    offset: q.offset,
  })
  const docs = new Map<string, Doc>()
  await Promise.all(
    q.collections.map(async (collection) => {
      const ids = [...new Set(hits.filter((h) => h.type === collection).map((h) => h.docId))]
      if (ids.length === 0) return
      const and: Where[] = [...releasedConditions(releaseRules[collection], { now, locales: q.langs, embargoed: q.embargoed }), { id: { in: ids } }]
      for (const doc of await readDocs(payload, collection, { and })) docs.set(`${collection}:${doc.id}`, doc)
    }),
  )
  const entries = hits.flatMap((h) => {
    const doc = docs.get(`${h.type}:${h.docId}`)
    return doc && publishedLocalesOf(doc).includes(h.language) ? [{ collection: h.type, doc, locale: h.language }] : []
  })
  const end = q.offset + q.limit
  return { entries, next: end < total ? encodeSearchCursor(end) : null, now }
}

// ---- GET /items/{id} --------------------------------------------------------------------------

const notFound = () => new HttpError(404, ITEM_NOT_FOUND)

/**
 * The languages one stored version of an item was published in: its own `publishedLocales`, and
 * only those it holds a headline of its own in. A trusted write (seed, import) that publishes marks
 * every language published (src/workflow/hooks/enforceWorkflowEdits.ts) even when only Vietnamese
 * was written yet: without the second check such a version would answer in English with the
 * Vietnamese fallback headline tagged `en`.
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
  const id = payload.db.defaultIDType === 'number' ? Number(ref.id) : ref.id

  await sendCachedJson(deps, req, res, client, async () => {
    const now = clockOf(payload).now()
    // Found in any language the client may read; only then may a 404 say which language is missing.
    const [doc] = await readDocs(payload, ref.collection, { and: [{ id: { equals: id } }, visibleWhere(ref.collection, now, readable, client.embargoPrivilege)] }, { limit: 1 })
    if (!doc) throw notFound()
    const ctx = await ninjsContextFor(deps, client, now)
    const itemRef = `${req.params.id}`
    if (doc.state === 'withdrawn') {
      const locale = publishedLocalesOf(doc).find((l) => (lang ? l === lang : readable.includes(l)))
      if (!locale) throw notPublishedIn(itemRef, null, lang)
      return { body: toTombstone(ref.collection, doc, locale, ctx), delivered: [{ collection: ref.collection, id: doc.id, locale, version: versionOf(doc) }] }
    }
    let shown: Doc = doc
    if (version !== undefined && version !== versionOf(doc)) {
      if (version > versionOf(doc)) throw notFound()
      const earlier = await readVersion(payload, ref.collection, doc.id, version)
      if (!earlier) throw notFound()
      shown = earlier
    }
    // Only the languages published in THAT version: an older version never borrows a language
    // published later, nor the fallback text. Without ?lang=: the first (vi, en, lo) the client may read.
    const published = versionLanguages(ref.collection, shown)
    const locale = published.find((l) => (lang ? l === lang : readable.includes(l)))
    if (!locale) throw notPublishedIn(itemRef, version ?? null, lang)
    return { body: toNinjs(ref.collection, shown, locale, ctx), delivered: [{ collection: ref.collection, id: doc.id, locale, version: versionOf(shown) }] }
  })
}

/** 404 for an item the client can see in some language, but not in the one asked for. */
function notPublishedIn(itemRef: string, version: number | null, lang: Locale | undefined): HttpError {
  const what = version === null ? itemRef : `Version ${version} of ${itemRef}`
  return new HttpError(404, lang ? `${what} was not published in "${lang}"` : `${what} was not published in a language this key may read`, {
    parameter: lang ? 'lang' : 'version',
  })
}
