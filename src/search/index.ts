import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '../domain'
import { isPostgres, isSqlite, sqlAdapterOf } from '../db/engine'
import { fallbackEngine } from './fallback'
import { normalizeText, queryTerms } from './normalize'
import { postgresEngine } from './postgres'
import { TABLE } from './sql'
import { sqliteEngine } from './sqlite'
import type { SearchType } from '../domain'
import type { EngineHit, EngineQuery, SearchEngine, SearchEntry, SearchEntryRef, SearchQuery, SearchResult } from './types'

export type { SearchEntry, SearchEntryRef, SearchHit, SearchQuery, SearchResult } from './types'

/**
 * Search over released items, in Vietnamese, English and Lao. The one interface the rest of the
 * system uses; each database's machinery stays behind it:
 * - SQLite: FTS5 (words for Vietnamese and English, trigrams for Lao), bm25 (src/search/sqlite.ts);
 * - PostgreSQL: full-text search on a stored tsvector and pg_trgm for Lao, GIN indexes (postgres.ts);
 * - MongoDB: Payload's `contains` query on the normalized text (fallback.ts).
 * Entries live in the hidden `search-entries` collection; the text is normalized in code
 * (normalize.ts), so every engine indexes and queries the same words.
 */

export const entryKey = (type: string, docId: string | number, language: string) => `${type}:${docId}:${language}`

/** The stored form of an entry: its key and its normalized title and text added. */
export function rowOf(entry: SearchEntry): Record<string, unknown> {
  return {
    key: entryKey(entry.type, entry.docId, entry.language),
    type: entry.type,
    docId: String(entry.docId),
    language: entry.language,
    title: entry.title,
    text: entry.text,
    searchTitle: normalizeText(entry.language, entry.title),
    searchText: normalizeText(entry.language, entry.text),
    topics: entry.topics,
    releasedAt: new Date(entry.releasedAt).toISOString(),
    embargoUntil: entry.embargoUntil ? new Date(entry.embargoUntil).toISOString() : null,
    audience: entry.audience,
    withdrawn: entry.withdrawn,
  }
}

/**
 * Add or replace entries (by type, document and language), inside `req`'s transaction when it has
 * one: a transition that rolls back leaves the index as it was. Payload's own database calls do the
 * write, so every engine shares it; SQLite's triggers and PostgreSQL's generated column keep the
 * full-text indexes in step within the same transaction.
 */
export async function indexEntries(req: PayloadRequest, entries: SearchEntry[]): Promise<void> {
  if (entries.length === 0) return
  const db = sqlAdapterOf(req.payload.db)
  if (!db) {
    for (const entry of entries) {
      const data = rowOf(entry)
      await req.payload.db.upsert({ collection: slugs.searchEntries, where: { key: { equals: data.key } }, data, req, returning: false })
    }
    return
  }
  // SQL: one INSERT … ON CONFLICT (key) DO UPDATE per batch, on the request's transaction when it
  // has one (a re-index of every item stays minutes, not hours, and concurrent upserts of one key
  // cannot both insert).
  const id = req.transactionID ? await req.transactionID : undefined
  // Payload's base adapter types `sessions` as MongoDB's; on the SQL adapters each holds `db`, the
  // transaction's drizzle (what Payload's own writes with this req use).
  const sessions = db.sessions as Record<string, { db?: unknown } | undefined>
  const session = id !== undefined && id !== null ? sessions[String(id)]?.db : undefined
  // drizzle is typed per dialect, with builders that do not unify; the statement uses the part both
  // dialects share, which `Upsert` spells out.
  const drizzle = (session ?? db.drizzle) as Upsert
  const table = db.tables[TABLE] as Record<string, unknown>
  const now = new Date().toISOString()
  const set = Object.fromEntries(UPDATED_COLUMNS.map(([field, column]) => [field, sql.raw(`excluded."${column}"`)]))
  for (let i = 0; i < entries.length; i += BATCH) {
    const rows = entries.slice(i, i + BATCH).map((entry) => ({ ...rowOf(entry), updatedAt: now }))
    await drizzle.insert(table).values(rows).onConflictDoUpdate({ target: table.key, set })
  }
}

const BATCH = 200

/** The fields an upsert replaces, with their columns (Payload's snake_case names). */
const UPDATED_COLUMNS: [string, string][] = [
  ['type', 'type'],
  ['docId', 'doc_id'],
  ['language', 'language'],
  ['title', 'title'],
  ['text', 'text'],
  ['searchTitle', 'search_title'],
  ['searchText', 'search_text'],
  ['topics', 'topics'],
  ['releasedAt', 'released_at'],
  ['embargoUntil', 'embargo_until'],
  ['audience', 'audience'],
  ['withdrawn', 'withdrawn'],
  ['updatedAt', 'updated_at'],
]

type Upsert = {
  insert(table: unknown): { values(rows: Record<string, unknown>[]): { onConflictDoUpdate(config: { target: unknown; set: Record<string, unknown> }): Promise<unknown> } }
}

/** Remove entries: one language version, or every language of a document when `language` is left out. */
export async function removeEntries(req: PayloadRequest, refs: SearchEntryRef[]): Promise<void> {
  if (refs.length === 0) return
  const or: Where[] = refs.map((ref): Where =>
    ref.language ? { key: { equals: entryKey(ref.type, ref.docId, ref.language) } } : { and: [{ type: { equals: ref.type } }, { docId: { equals: String(ref.docId) } }] },
  )
  await req.payload.db.deleteMany({ collection: slugs.searchEntries, where: { or }, req })
}

/** The engine for this database. */
export function engineOf(payload: Payload): SearchEngine {
  if (isSqlite(payload.db)) return sqliteEngine(payload.db)
  if (isPostgres(payload.db)) return postgresEngine(payload.db)
  return fallbackEngine(payload)
}

/** The query as every engine gets it: the terms in each language the caller may read. */
export function planOf(query: SearchQuery): EngineQuery {
  const plans = query.languages.map((language) => ({ language, terms: queryTerms(language, query.q) })).filter((p) => p.terms.terms.length > 0)
  const { types, now, embargoed, audiences, limit, offset } = query
  return { plans, types, now, embargoed, audiences, limit, offset }
}

/**
 * The entries matching `q` that the caller may read, most relevant first, then newest first.
 * Never returns an entry that is withdrawn, under embargo (unless `embargoed`), for another audience,
 * in a language or of a type not given: those conditions are part of every engine's query.
 */
export async function search<T extends SearchType>(payload: Payload, query: SearchQuery<T>, engine: SearchEngine = engineOf(payload)): Promise<SearchResult<T>> {
  const plan = planOf(query)
  if (plan.plans.length === 0 || plan.types.length === 0 || plan.audiences.length === 0 || plan.limit < 1) return { hits: [], total: 0 }
  const { hits, total } = await engine(plan)
  const numeric = payload.db.defaultIDType === 'number'
  // Every engine filters by type already; this states it to the type checker (and would drop a stray hit).
  const asked = new Set<SearchType>(query.types)
  const isAsked = (h: EngineHit): h is EngineHit & { type: T } => asked.has(h.type)
  return { hits: hits.filter(isAsked).map((h) => ({ ...h, docId: numeric ? Number(h.docId) : h.docId })), total }
}
