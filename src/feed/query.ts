import { contentCollections, locales, type ContentCollectionSlug, type Locale } from '../domain'
import { HttpError } from '../server/errors'
import { feedTypes, type FeedType } from './types'

/**
 * Query parameters of the agency API, parsed in one place. Anything malformed or out of range is a
 * 400 whose message names the parameter. Cursors are opaque to clients (base64url of a small JSON
 * array with a format tag) and checked as strictly as any other parameter.
 */

type Query = Record<string, unknown>

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20

const bad = (name: string, why: string) => new HttpError(400, `Invalid parameter "${name}": ${why}`, { parameter: name })

/** One string value, or undefined; repeated parameters (`?a=1&a=2`) are refused. */
function single(query: Query, name: string): string | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw bad(name, 'give it once, as a single value')
  return value
}

export function parseLimit(query: Query, fallback = DEFAULT_LIMIT): number {
  const raw = single(query, 'limit')
  if (raw === undefined) return fallback
  if (!/^\d{1,4}$/.test(raw)) throw bad('limit', `must be a whole number from 1 to ${MAX_LIMIT}`)
  const n = Number(raw)
  if (n < 1 || n > MAX_LIMIT) throw bad('limit', `must be a whole number from 1 to ${MAX_LIMIT}`)
  return n
}

export function parseLang(query: Query): Locale | undefined {
  const raw = single(query, 'lang')
  if (raw === undefined) return undefined
  if (!(locales as readonly string[]).includes(raw)) throw bad('lang', `must be one of ${locales.join(', ')}`)
  return raw as Locale
}

/** `type=press-release` or a comma-separated list; the collections behind them. */
export function parseTypes(query: Query): ContentCollectionSlug[] | undefined {
  const raw = single(query, 'type')
  if (raw === undefined) return undefined
  const names = raw.split(',').map((s) => s.trim())
  const out: ContentCollectionSlug[] = []
  for (const name of names) {
    if (!(name in feedTypes)) throw bad('type', `must be one or more of ${Object.keys(feedTypes).join(', ')}`)
    const collection = feedTypes[name as FeedType]
    if (!out.includes(collection)) out.push(collection)
  }
  return out
}

export const MAX_SEARCH_LENGTH = 200

/** `q`: text to search for, 1–200 characters once leading and trailing spaces are removed. */
export function parseSearchText(query: Query): string | undefined {
  const raw = single(query, 'q')
  if (raw === undefined) return undefined
  const q = raw.trim()
  if (q.length < 1 || q.length > MAX_SEARCH_LENGTH) throw bad('q', `must be 1 to ${MAX_SEARCH_LENGTH} characters (spaces at either end do not count)`)
  return q
}

export function parseTopic(query: Query): string | undefined {
  const raw = single(query, 'topic')
  if (raw === undefined) return undefined
  if (!/^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(raw) || raw.length > 200) throw bad('topic', 'must be a topic slug')
  return raw
}

/** An ISO 8601 date-time with a time zone (or a plain date, read as UTC midnight). */
export function parseDateTime(query: Query, name: string): Date | undefined {
  const raw = single(query, name)
  if (raw === undefined) return undefined
  const iso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i
  const date = new Date(raw)
  if (!iso.test(raw) || Number.isNaN(date.getTime())) throw bad(name, 'must be an ISO 8601 date-time with a time zone, e.g. 2026-12-01T08:00:00+07:00')
  return date
}

export function parseVersion(query: Query): number | undefined {
  const raw = single(query, 'version')
  if (raw === undefined) return undefined
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw bad('version', 'must be a published version number (1 or more)')
  return Number(raw)
}

/** Every parameter an endpoint knows; an unknown one is refused so typos do not pass silently. */
export function refuseUnknown(query: Query, known: readonly string[]): void {
  for (const name of Object.keys(query)) if (!known.includes(name)) throw bad(name, `unknown parameter (known: ${known.join(', ')})`)
}

// ---- item ids -------------------------------------------------------------------------------

/** The public id of an item: `{type}:{id}`, e.g. `press-release:12`. Stable for the item's life. */
export type ItemRef = { collection: ContentCollectionSlug; id: string }

export const itemIdOf = (collection: ContentCollectionSlug, id: number | string): string =>
  `${(Object.keys(feedTypes) as FeedType[]).find((t) => feedTypes[t] === collection)}:${id}`

export function parseItemId(raw: string): ItemRef {
  const match = /^([a-z-]+):([A-Za-z0-9_-]{1,64})$/.exec(raw)
  if (!match || !(match[1] in feedTypes)) throw bad('id', 'must be {type}:{id}, e.g. press-release:12')
  return { collection: feedTypes[match[1] as FeedType], id: match[2] }
}

// ---- cursors --------------------------------------------------------------------------------

const encode = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url')
function decode(name: string, raw: string): unknown[] {
  try {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(raw)) throw new Error('shape')
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown
    if (!Array.isArray(value)) throw new Error('shape')
    return value
  } catch {
    throw bad(name, 'is not a cursor this API handed out')
  }
}

/**
 * Position in `/items` (newest first): the last object served, as (publishedAt, collection index,
 * document id, language index). The list is ordered by exactly that key, descending, so the next
 * page is "everything strictly after it": a keyset, stable while other items are published.
 */
export type ItemsCursor = { publishedAt: string; collectionIndex: number; id: number | string; localeIndex: number }

export const encodeItemsCursor = (c: ItemsCursor) => encode(['i1', c.publishedAt, c.collectionIndex, c.id, c.localeIndex])

export function decodeItemsCursor(raw: string, name = 'cursor'): ItemsCursor {
  const v = decode(name, raw)
  const [tag, publishedAt, collectionIndex, id, localeIndex] = v
  if (
    tag !== 'i1' ||
    typeof publishedAt !== 'string' ||
    Number.isNaN(new Date(publishedAt).getTime()) ||
    typeof collectionIndex !== 'number' ||
    !Number.isInteger(collectionIndex) ||
    collectionIndex < 0 ||
    collectionIndex >= contentCollections.length ||
    (typeof id !== 'number' && typeof id !== 'string') ||
    typeof localeIndex !== 'number' ||
    !Number.isInteger(localeIndex) ||
    localeIndex < 0 ||
    localeIndex >= locales.length
  ) {
    throw bad(name, 'is not a cursor this API handed out')
  }
  return { publishedAt, collectionIndex, id, localeIndex }
}

/**
 * Position in a search (`/items?q=`): how many results the pages before covered. Results are ranked
 * by relevance, which has no keyset; an offset into the same query's ranking is the position.
 */
export const encodeSearchCursor = (offset: number) => encode(['s1', offset])

export function decodeSearchCursor(raw: string, name = 'cursor'): number {
  const [tag, offset] = decode(name, raw)
  if (tag !== 's1' || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 100_000) throw bad(name, 'is not a cursor this API handed out')
  return offset
}

/**
 * Position in `/changes`: the `seq` of the last event looked at (shown or skipped for this client).
 * Event numbers are assigned in commit order, so "seq > cursor" is exactly "what came after".
 */
export const encodeChangesCursor = (seq: number) => encode(['c1', seq])

export function decodeChangesCursor(raw: string, name = 'since'): number {
  const [tag, seq] = decode(name, raw)
  if (tag !== 'c1' || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) throw bad(name, 'is not a cursor this API handed out')
  return seq
}
