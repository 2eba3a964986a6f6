/**
 * Clippings in the search index (src/search), for staff: each clipping is one entry of type
 * `clippings` with the audience `staff`, so no public or agency search (which read `public` and at
 * most `restricted`) can ever return one. Indexed in the transaction that writes the clipping
 * (the collection's hooks), removed with it. Vietnamese is found without diacritics, Lao by
 * substring, as for released items; a clipping in another language is indexed as English words.
 */
import { APIError, type PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { locales, slugs, type Locale } from '../domain'
import { queryValue } from '../lib/request'
import type { Clipping } from '../payload-types'
import { indexEntries, removeEntries, search, type SearchEntry } from '../search'
import { clockOf } from '../workflow/clock'

export type IndexedClipping = Pick<Clipping, 'id' | 'title' | 'outlet' | 'language' | 'excerpt' | 'articleText' | 'publishedAt' | 'firstSeenAt' | 'createdAt'>

const indexLanguage = (language: Clipping['language']): Locale => (language && (locales as readonly string[]).includes(language) ? (language as Locale) : 'en')

export function clippingEntry(c: IndexedClipping): SearchEntry {
  return {
    type: slugs.clippings,
    docId: c.id,
    language: indexLanguage(c.language),
    title: c.title,
    text: [c.outlet, c.excerpt, c.articleText].filter(Boolean).join('\n'),
    topics: [],
    releasedAt: c.publishedAt ?? c.firstSeenAt ?? c.createdAt,
    embargoUntil: null,
    audience: 'staff',
    withdrawn: false,
  }
}

/** Index (or re-index) a clipping in `req`'s transaction. A clipping changes language rarely; the other language's entry is removed then. */
export async function indexClipping(req: PayloadRequest, clipping: IndexedClipping, previousLanguage?: Clipping['language']): Promise<void> {
  const entry = clippingEntry(clipping)
  if (previousLanguage !== undefined && indexLanguage(previousLanguage) !== entry.language) {
    await removeEntries(req, [{ type: slugs.clippings, docId: clipping.id, language: indexLanguage(previousLanguage) }])
  }
  await indexEntries(req, [entry])
}

export const unindexClipping = (req: PayloadRequest, id: number | string): Promise<void> => removeEntries(req, [{ type: slugs.clippings, docId: id }])

const MAX_QUERY = 200
const MAX_LIMIT = 50

/**
 * `GET /api/clippings/search?q=…&limit=20&page=1` (staff): clippings matching `q` in any language,
 * most relevant first, with the fields a triage list shows. 400 for a missing or too long query or
 * a bad limit or page.
 */
export async function searchClippingsResponse(req: PayloadRequest): Promise<Response> {
  if (!req.user) throw new APIError('Sign in to search press clippings', 401, null, true)
  if (!isStaff(req.user)) throw new APIError('Only the office’s staff may search press clippings', 403, null, true)
  const q = (queryValue(req, 'q') ?? '').trim()
  if (!q) throw new APIError('"q" is required: the words to find', 400, null, true)
  if (q.length > MAX_QUERY) throw new APIError(`"q" is at most ${MAX_QUERY} characters`, 400, null, true)
  const limit = wholeNumber(req, 'limit', 20, 1, MAX_LIMIT)
  const page = wholeNumber(req, 'page', 1, 1, 1000)
  const result = await searchClippings(req, q, limit, (page - 1) * limit)
  return Response.json({ ...result, page, limit }, { headers: { 'cache-control': 'no-store' } })
}

function wholeNumber(req: PayloadRequest, name: string, fallback: number, min: number, max: number): number {
  const raw = queryValue(req, name)
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new APIError(`"${name}" must be a whole number from ${min} to ${max}`, 400, null, true)
  return n
}

export type ClippingHit = Pick<Clipping, 'id' | 'title' | 'outlet' | 'url' | 'language' | 'publishedAt' | 'status' | 'tone' | 'needsAnswer'>

/** The clippings matching `q`, read as the staff member asking (access rules apply). */
export async function searchClippings(req: PayloadRequest, q: string, limit: number, offset: number): Promise<{ total: number; docs: ClippingHit[] }> {
  const { payload } = req
  const { hits, total } = await search(payload, {
    q,
    languages: locales,
    types: [slugs.clippings],
    now: clockOf(payload).now(),
    embargoed: true,
    audiences: ['staff'],
    limit,
    offset,
  })
  if (hits.length === 0) return { total, docs: [] }
  const { docs } = await payload.find({
    collection: slugs.clippings,
    where: { id: { in: hits.map((h) => h.docId) } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: { title: true, outlet: true, url: true, language: true, publishedAt: true, status: true, tone: true, needsAnswer: true },
  })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return { total, docs: hits.flatMap((h) => byId.get(String(h.docId)) ?? []) }
}
