import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { locales, type Locale } from '../domain'
import { isSafeTerm, MAX_CANDIDATES, runPage, TABLE, visibleTo } from './sql'
import type { EngineQuery, LanguagePlan, SearchEngine } from './types'

/**
 * SQLite: one FTS5 table per language over the normalized title and text of `search_entries`, kept
 * in step by triggers (so any write, in any transaction, updates them with the row):
 * - Vietnamese and English (`search_entries_fts_vi`, `_en`): tokenizer unicode61, whole words
 *   (Vietnamese syllables, English stems), so "tri" does not find "trien" and two-letter syllables
 *   ("ha", "an") are searchable, which trigrams cannot do;
 * - Lao (`search_entries_fts_lo`): tokenizer trigram, any substring of three characters or more
 *   (two Lao syllables are at least three), found through the index.
 * Contentless (the text is in `search_entries`), with contentless_delete so a trigger can delete by
 * rowid. One table per language: a query reads only its language's postings. Ranking is bm25 with
 * the title weighing ten times the body; in Vietnamese and English the words in the query's order
 * (the phrase) add to the score.
 */

export const FTS_PREFIX = 'search_entries_fts'
const ftsOf = (language: Locale) => `${FTS_PREFIX}_${language}`
const TOKENIZERS: Record<Locale, string> = { vi: 'unicode61 remove_diacritics 2', en: 'unicode61 remove_diacritics 2', lo: 'trigram' }
const TRIGGERS = [`${FTS_PREFIX}_ai`, `${FTS_PREFIX}_ad`, `${FTS_PREFIX}_au`]

const insertNew = locales.map((l) => `INSERT INTO ${ftsOf(l)}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language = '${l}';`).join('\n    ')
const deleteOld = locales.map((l) => `DELETE FROM ${ftsOf(l)} WHERE rowid = old.id;`).join('\n    ')

/** The tables and triggers, created if missing (development, tests; production's migration makes the same). */
export const sqliteSearchSchema: string[] = [
  ...locales.map((l) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsOf(l)} USING fts5(search_title, search_text, content='', contentless_delete=1, tokenize='${TOKENIZERS[l]}')`),
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[0]} AFTER INSERT ON ${TABLE} BEGIN
    ${insertNew}
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[1]} AFTER DELETE ON ${TABLE} BEGIN
    ${deleteOld}
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[2]} AFTER UPDATE OF search_title, search_text, language ON ${TABLE} BEGIN
    ${deleteOld}
    ${insertNew}
  END`,
]

/** Statements that fill the FTS tables from `search_entries` anew. */
const refill = locales.flatMap((l) => [
  `DELETE FROM ${ftsOf(l)}`,
  `INSERT INTO ${ftsOf(l)}(rowid, search_title, search_text) SELECT id, search_title, search_text FROM ${TABLE} WHERE language = '${l}'`,
])

/**
 * Create the FTS tables and triggers if missing. When the triggers were missing (a new database, or
 * a schema push that rebuilt `search_entries` and so dropped them), the FTS tables are refilled from
 * the entries, which are the truth.
 */
export async function ensureSqliteSearchSchema(adapter: SQLiteAdapter): Promise<void> {
  const { client } = adapter
  const present = await client.execute({
    sql: `SELECT sum(type = 'table' AND name = ?) AS entries, sum(type = 'trigger' AND name IN (?, ?, ?)) AS triggers FROM sqlite_master`,
    args: [TABLE, ...TRIGGERS],
  })
  // No entries table yet: migrations are still to run (`payload migrate`), and they create all of it.
  if (Number(present.rows[0]?.entries ?? 0) === 0) return
  if (Number(present.rows[0]?.triggers ?? 0) === TRIGGERS.length) return
  await client.batch([...sqliteSearchSchema, ...refill], 'write')
}

/**
 * `CROSS JOIN` keeps the FTS table as the outer loop: with a plain JOIN SQLite's planner may walk the
 * entries (by the language index) and evaluate the MATCH once per entry, seconds on a large index.
 */

/** A pushed schema is compared with the database: these tables are ours, not the push's to drop. */
export const isSqliteSearchTable = (name: string) => name.startsWith(FTS_PREFIX)

const quote = (term: string) => `"${term}"`
const codePoints = (term: string) => [...term].length

function wordsMatch(terms: string[]): string {
  const all = terms.map(quote).join(' AND ')
  return terms.length > 1 ? `${quote(terms.join(' '))} OR (${all})` : all
}

/**
 * The candidates of one language: the newest MAX_CANDIDATES matches (rowid order is the order entries
 * were first indexed, which is release order), with their bm25 score. FTS5 walks its postings
 * backwards and stops there, so a word found in most entries ("quang tri") costs no more than a rare
 * one; relevance then orders these candidates.
 */
function candidates(table: string, match: string): SQL {
  return sql`SELECT rowid AS id, -bm25(${sql.raw(table)}, 10.0, 1.0) AS score FROM ${sql.raw(table)}
    WHERE ${sql.raw(table)} MATCH ${match} ORDER BY rowid DESC LIMIT ${MAX_CANDIDATES}`
}

function languageMatches(plan: LanguagePlan, visible: SQL): SQL | null {
  const terms = plan.terms.terms.filter(isSafeTerm)
  if (terms.length === 0) return null
  const table = ftsOf(plan.language)
  const select = sql`SELECT e.type, e.doc_id, e.language, e.released_at`
  if (plan.terms.kind === 'words') {
    return sql`${select}, m.score FROM (${candidates(table, wordsMatch(terms))}) m
      CROSS JOIN ${sql.raw(TABLE)} e ON e.id = m.id WHERE ${visible}`
  }
  // Lao: substrings of three characters or more through the trigram index; shorter ones (which
  // trigrams cannot find) by LIKE over the candidates, or over the Lao entries when all are short.
  const indexed = terms.filter((t) => codePoints(t) >= 3)
  const short = terms.filter((t) => codePoints(t) < 3)
  const likes = short.map((t) => sql`(e.search_title LIKE ${`%${t}%`} OR e.search_text LIKE ${`%${t}%`})`)
  const extra = likes.length > 0 ? sql` AND ${sql.join(likes, sql` AND `)}` : sql``
  if (indexed.length > 0) {
    return sql`${select}, m.score FROM (${candidates(table, indexed.map(quote).join(' AND '))}) m
      CROSS JOIN ${sql.raw(TABLE)} e ON e.id = m.id WHERE ${visible}${extra}`
  }
  const inTitle = short.map((t) => sql`(CASE WHEN e.search_title LIKE ${`%${t}%`} THEN 10 ELSE 1 END)`)
  return sql`SELECT * FROM (${select}, ${sql.join(inTitle, sql` + `)} AS score FROM ${sql.raw(TABLE)} e
    WHERE e.language = 'lo' AND ${visible}${extra} ORDER BY e.id DESC LIMIT ${MAX_CANDIDATES})`
}

export function sqliteEngine(adapter: SQLiteAdapter): SearchEngine {
  return async (q: EngineQuery) => {
    const visible = visibleTo(q, sql`0`)
    const subqueries = q.plans.map((plan) => languageMatches(plan, visible)).filter((s): s is SQL => s !== null)
    if (subqueries.length === 0) return { hits: [], total: 0 }
    return runPage((statement) => adapter.drizzle.all<Record<string, unknown>>(statement), subqueries, q)
  }
}
