import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import type { Locale, SearchType } from '../domain'
import type { EngineHit, EngineQuery } from './types'

/** The table of the `search-entries` collection (Payload's name for it). */
export const TABLE = 'search_entries'

/**
 * Most entries one language contributes to a search on SQLite: the newest matches, ranked among
 * themselves. Bounds the cost of a word found in nearly every entry ("quang tri" in this
 * province's news); `total` counts at most this many per language, and pages end there.
 * PostgreSQL's bounds are in postgres.ts (WORD_CANDIDATES, LAO_CANDIDATES).
 */
export const MAX_CANDIDATES = 1000

/** The statements shared by both SQL engines: they differ only in how a language plan matches and scores. */

/** The caller's visibility, as conditions on the entry `e`: part of every engine's query. */
export function visibleTo(q: EngineQuery, falseValue: SQL): SQL {
  const parts = [
    sql`e.withdrawn = ${falseValue}`,
    sql`e.type IN ${[...q.types]}`,
    sql`e.audience IN ${[...q.audiences]}`,
  ]
  if (!q.embargoed) parts.push(sql`(e.embargo_until IS NULL OR e.embargo_until <= ${q.now.toISOString()})`)
  return sql.join(parts, sql` AND `)
}

/**
 * One page of the union of per-language matches (each a SELECT of type, doc_id, language,
 * released_at, score), most relevant first, then newest, then a fixed order; with the total.
 */
export type Rows = (statement: SQL) => Promise<Record<string, unknown>[]>

export async function runPage(rowsOf: Rows, subqueries: SQL[], q: EngineQuery): Promise<{ hits: EngineHit[]; total: number }> {
  const union = sql.join(subqueries, sql` UNION ALL `)
  const page = sql`SELECT type, doc_id, language, score, count(*) OVER () AS total FROM (${union}) AS m
    ORDER BY score DESC, released_at DESC, type, doc_id, language LIMIT ${q.limit} OFFSET ${q.offset}`
  const rows = await rowsOf(page)
  let total = rows.length > 0 ? Number(rows[0].total) : 0
  // A page past the end has no row to carry the total: count on its own.
  if (rows.length === 0 && q.offset > 0) total = Number((await rowsOf(sql`SELECT count(*) AS total FROM (${union}) AS m`))[0]?.total ?? 0)
  return {
    hits: rows.map((r) => ({ type: r.type as SearchType, docId: String(r.doc_id), language: r.language as Locale, score: Number(r.score) })),
    total,
  }
}

/** FTS5 and tsquery take these terms as they are: normalize.ts leaves only letters, marks and digits. */
export const isSafeTerm = (term: string) => /^[\p{L}\p{M}\p{N}]+$/u.test(term)
