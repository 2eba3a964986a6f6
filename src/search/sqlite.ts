import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { isSafeTerm, runPage, TABLE, visibleTo } from './sql'
import type { EngineQuery, LanguagePlan, SearchEngine } from './types'

/**
 * SQLite: two FTS5 tables over the normalized title and text of `search_entries`, kept in step by
 * triggers (so any write, in any transaction, updates them with the row):
 * - `search_entries_words`, tokenizer unicode61, for Vietnamese and English: whole words
 *   (Vietnamese syllables, English stems), so "tri" does not find "trien" and two-letter syllables
 *   ("ha", "an") are searchable, which trigrams cannot do;
 * - `search_entries_trigram`, tokenizer trigram, for Lao: any substring of three characters or
 *   more (two Lao syllables are at least three), found through the index.
 * Both are contentless (the text is in `search_entries`), with contentless_delete so a trigger can
 * delete by rowid. Ranking is bm25 with the title weighing ten times the body; in Vietnamese and
 * English the words in the query's order (the phrase) add to the score.
 */

export const WORDS = 'search_entries_words'
export const TRIGRAM = 'search_entries_trigram'
const TRIGGERS = ['search_entries_search_ai', 'search_entries_search_ad', 'search_entries_search_au']

/** The tables and triggers, created if missing (development, tests; production's migration makes the same). */
export const sqliteSearchSchema: string[] = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${WORDS} USING fts5(search_title, search_text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${TRIGRAM} USING fts5(search_title, search_text, content='', contentless_delete=1, tokenize='trigram')`,
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[0]} AFTER INSERT ON ${TABLE} BEGIN
    INSERT INTO ${WORDS}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language <> 'lo';
    INSERT INTO ${TRIGRAM}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language = 'lo';
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[1]} AFTER DELETE ON ${TABLE} BEGIN
    DELETE FROM ${WORDS} WHERE rowid = old.id;
    DELETE FROM ${TRIGRAM} WHERE rowid = old.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${TRIGGERS[2]} AFTER UPDATE OF search_title, search_text, language ON ${TABLE} BEGIN
    DELETE FROM ${WORDS} WHERE rowid = old.id;
    DELETE FROM ${TRIGRAM} WHERE rowid = old.id;
    INSERT INTO ${WORDS}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language <> 'lo';
    INSERT INTO ${TRIGRAM}(rowid, search_title, search_text) SELECT new.id, new.search_title, new.search_text WHERE new.language = 'lo';
  END`,
]

/** Statements that fill both FTS tables from `search_entries` anew. */
const refill = [
  `DELETE FROM ${WORDS}`,
  `DELETE FROM ${TRIGRAM}`,
  `INSERT INTO ${WORDS}(rowid, search_title, search_text) SELECT id, search_title, search_text FROM ${TABLE} WHERE language <> 'lo'`,
  `INSERT INTO ${TRIGRAM}(rowid, search_title, search_text) SELECT id, search_title, search_text FROM ${TABLE} WHERE language = 'lo'`,
]

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
export const isSqliteSearchTable = (name: string) => name.startsWith(WORDS) || name.startsWith(TRIGRAM)

const quote = (term: string) => `"${term}"`
const codePoints = (term: string) => [...term].length

function wordsMatch(terms: string[]): string {
  const all = terms.map(quote).join(' AND ')
  return terms.length > 1 ? `${quote(terms.join(' '))} OR (${all})` : all
}

function languageMatches(plan: LanguagePlan, visible: SQL): SQL | null {
  const terms = plan.terms.terms.filter(isSafeTerm)
  if (terms.length === 0) return null
  const select = sql`SELECT e.type, e.doc_id, e.language, e.released_at`
  if (plan.terms.kind === 'words') {
    return sql`${select}, -bm25(${sql.raw(WORDS)}, 10.0, 1.0) AS score
      FROM ${sql.raw(WORDS)} CROSS JOIN ${sql.raw(TABLE)} e ON e.id = ${sql.raw(WORDS)}.rowid
      WHERE ${sql.raw(WORDS)} MATCH ${wordsMatch(terms)} AND e.language = ${plan.language} AND ${visible}`
  }
  // Lao: substrings of three characters or more through the trigram index; shorter ones (which
  // trigrams cannot find) by LIKE over the Lao entries the index left.
  const indexed = terms.filter((t) => codePoints(t) >= 3)
  const short = terms.filter((t) => codePoints(t) < 3)
  const likes = short.map((t) => sql`(e.search_title LIKE ${`%${t}%`} OR e.search_text LIKE ${`%${t}%`})`)
  const extra = likes.length > 0 ? sql` AND ${sql.join(likes, sql` AND `)}` : sql``
  if (indexed.length > 0) {
    return sql`${select}, -bm25(${sql.raw(TRIGRAM)}, 10.0, 1.0) AS score
      FROM ${sql.raw(TRIGRAM)} CROSS JOIN ${sql.raw(TABLE)} e ON e.id = ${sql.raw(TRIGRAM)}.rowid
      WHERE ${sql.raw(TRIGRAM)} MATCH ${indexed.map(quote).join(' AND ')} AND e.language = 'lo' AND ${visible}${extra}`
  }
  const inTitle = short.map((t) => sql`(CASE WHEN e.search_title LIKE ${`%${t}%`} THEN 10 ELSE 1 END)`)
  return sql`${select}, ${sql.join(inTitle, sql` + `)} AS score FROM ${sql.raw(TABLE)} e WHERE e.language = 'lo' AND ${visible}${extra}`
}

export function sqliteEngine(adapter: SQLiteAdapter): SearchEngine {
  return async (q: EngineQuery) => {
    const visible = visibleTo(q, sql`0`)
    const subqueries = q.plans.map((plan) => languageMatches(plan, visible)).filter((s): s is SQL => s !== null)
    if (subqueries.length === 0) return { hits: [], total: 0 }
    return runPage((statement) => adapter.drizzle.all<Record<string, unknown>>(statement), subqueries, q)
  }
}
