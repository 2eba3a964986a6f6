import type { Locale, SearchAudience, SearchType } from '../domain'
import type { QueryTerms } from './normalize'

/** One released language version of an item, as the search index keeps it (what callers give indexEntries). */
export type SearchEntry = {
  type: SearchType
  docId: string | number
  language: Locale
  title: string
  /** The plain text of the body (and any other text worth finding), without markup. */
  text: string
  topics: string[]
  /** ISO date-time: when this version was released; the tie-breaker after relevance (newer first). */
  releasedAt: string
  /** ISO date-time before which only callers that may see embargoed items find it; null: none. */
  embargoUntil: string | null
  audience: SearchAudience
  withdrawn: boolean
}

/** Which entries to remove: one language version, or every language of a document. */
export type SearchEntryRef = { type: SearchType; docId: string | number; language?: Locale }

export type SearchQuery<T extends SearchType = SearchType> = {
  /** What the caller typed (1–200 characters are checked by the caller). */
  q: string
  /** The languages the caller may read; entries in any other language are never returned. */
  languages: readonly Locale[]
  /** The types the caller may read (content collections; clippings for staff). */
  types: readonly T[]
  /** The present, for embargoes (the workflow's clock). */
  now: Date
  /** True when the caller may see items still under embargo. */
  embargoed: boolean
  /** The audiences the caller may read: ['public'] for the public and agencies, both for staff. */
  audiences: readonly SearchAudience[]
  limit: number
  offset: number
}

export type SearchHit<T extends SearchType = SearchType> = { type: T; docId: string | number; language: Locale; score: number }
export type SearchResult<T extends SearchType = SearchType> = { hits: SearchHit<T>[]; total: number }

/** A query as an engine receives it: normalized per language, the caller's visibility spelled out. */
export type EngineQuery = Omit<SearchQuery, 'q' | 'languages'> & { plans: LanguagePlan[] }
export type LanguagePlan = { language: Locale; terms: QueryTerms }
/** An engine's hit: ids as stored (text). */
export type EngineHit = { type: SearchType; docId: string; language: Locale; score: number }

/** The one thing that differs per database: how a query finds and ranks entries. */
export type SearchEngine = (query: EngineQuery) => Promise<{ hits: EngineHit[]; total: number }>
