import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { customType, index, text } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import type { PostgresSchemaHook } from '../db/schemaHooks'
import { isSafeTerm, runPage, TABLE, visibleTo } from './sql'
import type { Locale } from '../domain'
import type { EngineQuery, LanguagePlan, SearchEngine } from './types'

/**
 * PostgreSQL: full-text search for Vietnamese and English, pg_trgm for Lao, both on GIN indexes.
 * - `search_vector`, a stored generated tsvector of the normalized title (weight A) and text (B),
 *   built with the `simple` configuration: the words are already folded and stemmed in code
 *   (normalize.ts), the same words SQLite indexes. Ranked by ts_rank with the title weighing ten
 *   times the body, plus the rank of the phrase (the words in the query's order).
 * - Lao: `search_lao`, a stored generated column of the normalized title and text of a Lao entry
 *   (one space apart: normalized Lao has no spaces, so no part can match across the two), with one
 *   trigram GIN index (partial), which serves `LIKE '%…%'` for any substring of three characters or
 *   more (laoIds). One column, not one index per column: the parts of a query typed with spaces,
 *   each common and together rare, are then one index scan that intersects all their trigrams. With
 *   an index on the title and one on the text, each part was `title LIKE … OR text LIKE …`, the
 *   planner took one part's index and checked the others row by row (thousands of rows of detoasted
 *   text: that query took 100–330 ms at 20,000 items, 22 ms with the one index; bench:search's p95
 *   for such queries went from 178 to 104 ms). Ranked by where the parts were found (title ten,
 *   text one).
 * The columns and indexes are part of the drizzle schema (afterSchemaInit), so a schema push and
 * `migrate:create` both know them; pg_trgm is created by the adapter (`extensions`).
 */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** Null for Lao (found by trigrams instead): no words to index there, and smaller Lao rows to read. */
const VECTOR =
  "CASE WHEN language = 'lo' THEN NULL ELSE setweight(to_tsvector('simple'::regconfig, coalesce(search_title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(search_text, '')), 'B') END"

/** Null but for Lao: what Lao queries look in, title and text one space apart. */
const LAO_TEXT = "CASE WHEN language = 'lo' THEN coalesce(search_title, '') || ' ' || coalesce(search_text, '') ELSE NULL END"

type SearchColumns = { searchVector: never; searchLao: { op(name: string): never }; language: never }

export const addPostgresSearchIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  const table = schema.tables[TABLE]
  if (!table) return schema
  extendTable({
    table,
    columns: {
      searchVector: tsvector('search_vector').generatedAlwaysAs(sql.raw(VECTOR)),
      searchLao: text('search_lao').generatedAlwaysAs(sql.raw(LAO_TEXT)),
    },
    extraConfig: (t) => {
      const c = t as SearchColumns // drizzle types the callback's columns loosely; these exist (a field of SearchEntries, and the columns above)
      const lao = sql`${c.language} = 'lo'`
      return {
        searchVectorIdx: index('search_entries_search_vector_idx').using('gin', c.searchVector),
        laoIdx: index('search_entries_lo_trgm_idx').using('gin', c.searchLao.op('gin_trgm_ops')).where(lao),
      }
    },
  })
  return schema
}

/**
 * Candidates per language for Vietnamese and English: fewer than SQLite's MAX_CANDIDATES, as each
 * costs a ts_rank (reading its tsvector) where FTS5's bm25 reads only the postings.
 */
export const WORD_CANDIDATES = 500

/** Weights of ts_rank, in the order D, C, B (text), A (title). */
const WEIGHTS = '{0, 0, 0.1, 1.0}'

/**
 * The candidates of one language: the newest WORD_CANDIDATES entries matching and visible, the
 * planner choosing between the GIN index (rare words) and walking released_at backwards (words in
 * most entries, "quang tri"), so neither costs more than a page of candidates to rank.
 */
const candidates = (language: Locale, condition: SQL, visible: SQL) =>
  sql`SELECT e.type, e.doc_id, e.language, e.released_at, e.search_vector, e.search_title FROM ${sql.raw(TABLE)} e WHERE e.language = ${sql.raw(`'${language}'`)} AND ${condition} AND ${visible}
    ORDER BY e.released_at DESC LIMIT ${WORD_CANDIDATES}`

type Rows = (statement: SQL) => Promise<Record<string, unknown>[]>

/** Lao: at most this many candidates, found among the newest LAO_WINDOW entries first (see laoIds). */
const LAO_CANDIDATES = 100
const LAO_WINDOW = 1000

/**
 * The ids of the newest Lao entries holding every part. PostgreSQL cannot estimate how many rows a
 * LIKE '%…%' matches: it always reads them all through the trigram index and checks each, seconds
 * for a name found in most entries (ກວາງຈິ). So: first look through the newest LAO_WINDOW entries
 * only; a common substring fills the candidates there. Only when it does not (a rarer one) is the
 * trigram index asked, and it then has at most LAO_CANDIDATES / LAO_WINDOW of the entries to check.
 */
async function laoIds(rows: Rows, terms: string[], visible: SQL): Promise<number[]> {
  // Every part against the one indexed column: one index scan intersects all their trigrams.
  const found = sql.join(
    terms.map((t) => sql`e.search_lao LIKE ${`%${t}%`}`),
    sql` AND `,
  )
  // strpos: a plain substring search, cheaper than LIKE's pattern matching where no index helps.
  const contains = sql.join(
    terms.map((t) => sql`strpos(e.search_lao, ${t}) > 0`),
    sql` AND `,
  )
  // The LIMIT keeps the condition out of the inner query: it reads the window by date, then filters.
  const newest = (window: number) =>
    rows(sql`SELECT e.id FROM (SELECT e.id, e.released_at, e.search_lao FROM ${sql.raw(TABLE)} e
      WHERE e.language = 'lo' AND ${visible} ORDER BY e.released_at DESC LIMIT ${window}) e
      WHERE ${contains} ORDER BY e.released_at DESC LIMIT ${LAO_CANDIDATES}`)
  let chosen = await newest(LAO_WINDOW)
  // Found in at least 2% of the window: a window five times larger holds enough (parts of a query
  // typed with spaces, each common, together rarer).
  if (chosen.length < LAO_CANDIDATES && chosen.length >= LAO_WINDOW / 50) chosen = await newest(LAO_WINDOW * 5)
  if (chosen.length < LAO_CANDIDATES) {
    chosen = await rows(sql`SELECT e.id FROM ${sql.raw(TABLE)} e WHERE e.language = 'lo' AND ${found} AND ${visible}
      ORDER BY e.released_at DESC LIMIT ${LAO_CANDIDATES}`)
  }
  return chosen.map((r) => Number(r.id))
}

async function languageMatches(rows: Rows, plan: LanguagePlan, visible: SQL): Promise<SQL | null> {
  const terms = plan.terms.terms.filter(isSafeTerm)
  if (terms.length === 0) return null
  const select = sql`SELECT e.type::text AS type, e.doc_id, e.language::text AS language, e.released_at`
  if (plan.terms.kind === 'words') {
    const words = terms.join(' ')
    const all = sql`plainto_tsquery('simple', ${words})`
    const phrase = sql`phraseto_tsquery('simple', ${words})`
    return sql`${select}, ts_rank(${WEIGHTS}, e.search_vector, ${all}) + ts_rank(${WEIGHTS}, e.search_vector, ${phrase}) AS score
      FROM (${candidates(plan.language, sql`e.search_vector @@ ${all}`, visible)}) e`
  }
  const ids = await laoIds(rows, terms, visible)
  if (ids.length === 0) return null
  const score = terms.map((t) => sql`(CASE WHEN strpos(e.search_title, ${t}) > 0 THEN 10 ELSE 1 END)`)
  return sql`${select}, (${sql.join(score, sql` + `)})::float8 AS score FROM ${sql.raw(TABLE)} e WHERE e.id IN ${ids}`
}

export function postgresEngine(adapter: PostgresAdapter): SearchEngine {
  const rows: Rows = async (statement) => (await adapter.drizzle.execute<Record<string, unknown>>(statement)).rows
  return async (q: EngineQuery) => {
    const visible = visibleTo(q, sql`false`)
    const subqueries = (await Promise.all(q.plans.map((plan) => languageMatches(rows, plan, visible)))).filter((s): s is SQL => s !== null)
    if (subqueries.length === 0) return { hits: [], total: 0 }
    return runPage(rows, subqueries, q)
  }
}
