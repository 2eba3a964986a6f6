/**
 * `npm run bench:search`: the search benchmark of issue 12 (a measurement, not a test).
 *
 * Fills the search index (`search-entries`) with BENCH_ITEMS generated items × 3 languages
 * (tests/bench/searchText.ts: skewed word frequencies, place names, Lao words run together; a few
 * entries embargoed, staff-only or withdrawn), by bulk insert through drizzle (the triggers and the
 * generated column index them as any write would), then times search() (src/search) for one-word
 * and three-word queries in each language (Lao three words both run together, as Lao is written,
 * and one space apart), p50/p95/max, with the public's visibility (every type, public, not
 * embargoed), 20 results. Goal: p95 ≤ 50 ms.
 * Baseline, same run, same database: a plain scan, `LIKE '%term%'` on the same normalized columns
 * with the same visibility, newest first (what search would cost without the engines' indexes).
 *
 * Options (environment or arguments): BENCH_DATABASE=sqlite|postgres|both (default both; PostgreSQL
 * is skipped with a note when it does not answer), BENCH_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres; a database newsroom_bench_search_<ts> is created and
 * dropped), BENCH_ITEMS (20000), BENCH_QUERIES (200 per language and query length),
 * BENCH_BASELINE_QUERIES (20), BENCH_KEEP=true (keep the databases to look at query plans).
 * `--items=2000 --database=sqlite --queries=50 --keep=true`.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { isPostgres, isSqlite } from '../../src/db/engine'
import { contentCollections, locales, type Locale } from '../../src/domain'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { rowOf, search, type SearchEntry } from '../../src/search'
import { queryTerms } from '../../src/search/normalize'
import { TABLE } from '../../src/search/sql'
import { createBenchDatabase } from './database'
import { textGenerator } from './searchText'
import { benchOptions } from './options'

// ---- options ---------------------------------------------------------------------------------

const { option, positiveInt, oneOf } = benchOptions()
const DATABASE = oneOf('database', 'BENCH_DATABASE', ['sqlite', 'postgres', 'both'], 'both')
const POSTGRES_URL = option('postgres-url', 'BENCH_POSTGRES_URL', 'postgres://postgres@127.0.0.1:5432/postgres')
const ITEMS = positiveInt('items', 'BENCH_ITEMS', 20_000)
const QUERIES = positiveInt('queries', 'BENCH_QUERIES', 200)
const BASELINE_QUERIES = positiveInt('baseline-queries', 'BENCH_BASELINE_QUERIES', 20)
/** Keep the database afterwards (to look at plans); its address is printed. */
const KEEP = option('keep', 'BENCH_KEEP', 'false') === 'true'
const WARM_UP = 20
const LIMIT = 20
const BATCH = 500
const NOW = new Date('2026-12-07T00:00:00Z')

const say = (line: string) => process.stdout.write(`${line}\n`)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10)

// ---- filling the index ------------------------------------------------------------------------

type Samples = Record<Locale, string[][]>

/** Bulk insert of ITEMS × 3 entries; keeps the words of every 50th item to draw queries from. */
async function fill(payload: Payload): Promise<Samples> {
  const gen = textGenerator()
  const samples: Samples = { vi: [], en: [], lo: [] }
  const db = payload.db
  const insert = async (rows: Record<string, unknown>[]) => {
    if (isSqlite(db)) await db.drizzle.insert(db.tables[TABLE]).values(rows)
    else if (isPostgres(db)) await db.drizzle.insert(db.tables[TABLE]).values(rows)
    else throw new Error('bench:search runs on SQLite and PostgreSQL')
  }
  const started = performance.now()
  let rows: Record<string, unknown>[] = []
  for (let i = 1; i <= ITEMS; i++) {
    const r = gen.random()
    // Items are indexed as they are released: oldest first, three years up to NOW.
    const releasedAt = new Date(NOW.getTime() - Math.floor(((ITEMS - i) / ITEMS) * 3 * 365 * 86_400_000)).toISOString()
    for (const language of locales) {
      const text = gen.item(language)
      if (i % 50 === 0) samples[language].push(text.words)
      const entry: SearchEntry = {
        type: contentCollections[i % contentCollections.length],
        docId: i,
        language,
        title: text.title,
        text: text.text,
        topics: [],
        releasedAt,
        // About 3% embargoed (ahead), 3% staff-only, 1% withdrawn: the filters have work to do.
        embargoUntil: r < 0.03 ? new Date(NOW.getTime() + 86_400_000).toISOString() : null,
        audience: r >= 0.03 && r < 0.06 ? 'staff' : 'public',
        withdrawn: r >= 0.06 && r < 0.07,
      }
      rows.push(rowOf(entry))
    }
    if (rows.length >= BATCH || i === ITEMS) {
      await insert(rows)
      rows = []
      const s = (performance.now() - started) / 1000
      process.stdout.write(`\r  indexed ${(i * 3).toLocaleString('en-US')} / ${(ITEMS * 3).toLocaleString('en-US')} entries in ${s.toFixed(0)} s`)
    }
  }
  say('')
  if (isPostgres(db)) await db.drizzle.execute(sql`ANALYZE ${sql.raw(TABLE)}`)
  return samples
}

// ---- measuring ---------------------------------------------------------------------------------

/** The baseline: the same normalized terms matched by LIKE over every row, newest first. */
function baselineStatement(language: Locale, q: string, sqlite: boolean): SQL | null {
  const terms = queryTerms(language, q).terms
  if (terms.length === 0) return null
  const like = terms.map((t) => sql`(e.search_title LIKE ${`%${t}%`} OR e.search_text LIKE ${`%${t}%`})`)
  return sql`SELECT e.type, e.doc_id, e.language FROM ${sql.raw(TABLE)} e
    WHERE e.language = ${language} AND e.withdrawn = ${sqlite ? sql`0` : sql`false`} AND e.audience = 'public'
      AND (e.embargo_until IS NULL OR e.embargo_until <= ${NOW.toISOString()}) AND ${sql.join(like, sql` AND `)}
    ORDER BY e.released_at DESC LIMIT ${LIMIT}`
}

async function runBaseline(payload: Payload, statement: SQL): Promise<void> {
  const db = payload.db
  if (isSqlite(db)) await db.drizzle.all(statement)
  else if (isPostgres(db)) await db.drizzle.execute(statement)
}

/** Query shapes: one word; three words one space apart; Lao also three words run together, as Lao is written. */
type Shape = { words: 1 | 3; joiner: string; label: string }
const shapes = (language: Locale): Shape[] => [
  { words: 1, joiner: ' ', label: '1-word' },
  ...(language === 'lo' ? [{ words: 3, joiner: '', label: '3-word' } as Shape, { words: 3, joiner: ' ', label: '3 spaced' } as Shape] : [{ words: 3, joiner: ' ', label: '3-word' } as Shape]),
]

type Row = { language: Locale; label: string; searchMs: number[]; hits: number[]; baselineMs: number[] }

async function measure(payload: Payload, samples: Samples): Promise<Row[]> {
  const gen = textGenerator(7)
  const out: Row[] = []
  const sqlite = isSqlite(payload.db)
  for (const language of locales) {
    for (const shape of shapes(language)) {
      const queries = Array.from({ length: QUERIES + WARM_UP }, () =>
        gen.query(samples[language][Math.floor(gen.random() * samples[language].length)], shape.words, shape.joiner),
      )
      const row: Row = { language, label: shape.label, searchMs: [], hits: [], baselineMs: [] }
      for (const [i, q] of queries.entries()) {
        const started = performance.now()
        const result = await search(payload, { q, languages: [language], types: [...contentCollections], now: NOW, embargoed: false, audiences: ['public'], limit: LIMIT, offset: 0 })
        const took = performance.now() - started
        if (i < WARM_UP) continue
        row.searchMs.push(took)
        row.hits.push(result.total)
      }
      for (const q of queries.slice(WARM_UP, WARM_UP + BASELINE_QUERIES)) {
        const statement = baselineStatement(language, q, sqlite)
        if (!statement) continue
        const started = performance.now()
        await runBaseline(payload, statement)
        row.baselineMs.push(performance.now() - started)
      }
      out.push(row)
      say(`  ${language} ${shape.label}: search p95 ${ms(percentile(row.searchMs, 95))}, baseline p95 ${ms(percentile(row.baselineMs, 95))}`)
    }
  }
  return out
}

// ---- engines -------------------------------------------------------------------------------

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function runEngine(engine: 'sqlite' | 'postgres'): Promise<Row[]> {
  const db = await createBenchDatabase(engine, POSTGRES_URL, 'newsroom_bench_search')
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-search-'))
  let payload: Payload | undefined
  try {
    say(`\n${db.describe}`)
    const env = loadEnv({
      NODE_ENV: 'test',
      DATABASE_URI: db.uri,
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      MEDIA_DIR: mediaDir,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://localhost:3999',
    })
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    payload = await getPayload({ config: createPayloadConfig(env), cron: false })
    releaseStartupHold()
    const samples = await fill(payload)
    return await measure(payload, samples)
  } finally {
    if (payload) await closePayload(payload)
    // getPayload caches its instance: forget it so the next engine starts afresh.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    if (KEEP) say(`  kept: ${db.uri}`)
    else await db.drop()
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

async function main() {
  say(`bench:search: ${ITEMS.toLocaleString('en-US')} items × 3 languages, ${QUERIES} queries per language and length (after ${WARM_UP} to warm up), ${LIMIT} results`)
  say(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`)
  const engines: ('sqlite' | 'postgres')[] = DATABASE === 'both' ? ['sqlite', 'postgres'] : [DATABASE as 'sqlite' | 'postgres']
  const results: { engine: string; rows: Row[] }[] = []
  for (const engine of engines) {
    if (engine === 'postgres' && !(await postgresReachable())) {
      say(`\nPostgreSQL at ${POSTGRES_URL} does not answer: skipped`)
      continue
    }
    results.push({ engine, rows: await runEngine(engine) })
  }
  say(`\nsearch() latency, p50 / p95 / max; hits = mean total matches; baseline = LIKE scan over the same columns (${BASELINE_QUERIES} of the same queries)`)
  say(`${'engine'.padEnd(11)}${'lang'.padEnd(6)}${'query'.padEnd(10)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}${'hits'.padStart(8)}${'base p50'.padStart(10)}${'base p95'.padStart(10)}  goal p95 ≤ 50 ms`)
  let met = true
  for (const { engine, rows } of results) {
    for (const r of rows) {
      const p95 = percentile(r.searchMs, 95)
      met &&= p95 <= 50
      const hits = Math.round(r.hits.reduce((a, b) => a + b, 0) / r.hits.length)
      say(
        `${(engine === 'sqlite' ? 'SQLite' : 'PostgreSQL').padEnd(11)}${r.language.padEnd(6)}${r.label.padEnd(10)}${ms(percentile(r.searchMs, 50))}${ms(p95)}${ms(Math.max(...r.searchMs))}${String(hits).padStart(8)}${ms(percentile(r.baselineMs, 50))}${ms(percentile(r.baselineMs, 95))}  ${p95 <= 50 ? 'met' : 'MISSED'}`,
      )
    }
  }
  say(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; goal ${met ? 'met on every row' : 'missed on at least one row'}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
