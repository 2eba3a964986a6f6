import type { Payload } from 'payload'

import { sqlAdapterOf } from '../db/engine'
import { slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { clockOf } from '../workflow/clock'
import type { ApiClientContext, FeedDeps } from './types'

/**
 * Usage per client per day and the fetch log, recorded off the request path: requests only add to
 * in-memory counters, and a timer writes them every FLUSH_INTERVAL_MS (and `flush()` at shutdown).
 *
 * Safe with several server processes: each (client, day) has ONE row (`key` unique) and a flush adds
 * its counts with an atomic `requests = requests + n` UPDATE (Payload's `$inc`), never a
 * read-modify-write. When the row does not exist yet the flush inserts it; if another process
 * inserted it first, the unique key refuses the second insert and the flush adds with the UPDATE
 * instead. One row per day keeps the admin list readable (no aggregation at read time).
 *
 * Fetch-log rows are aggregated per (client, item, language, version) within one flush window, so a
 * client polling the same page repeatedly costs one row per window, not one per request.
 */
export const FLUSH_INTERVAL_MS = 5_000
/** A recorder holding this many fetch-log rows flushes early. */
const MAX_BUFFERED_FETCHES = 5_000
/** Rows kept for a retry when the database refuses a flush; beyond this they are dropped (and logged). */
const MAX_RETAINED_FETCHES = 50_000

export type FetchEntry = { collection: ContentCollectionSlug; id: number | string; locale?: Locale | null; version?: number | null }

type UsageDelta = { clientId: number | string; day: string; requests: number; items: number }
type FetchRow = {
  clientId: number | string
  collection: ContentCollectionSlug
  id: string
  locale: Locale | null
  version: number | null
  fetchedAt: Date
  lastFetchedAt: Date
  count: number
}

type Recorder = {
  deps: FeedDeps
  usage: Map<string, UsageDelta>
  fetches: Map<string, FetchRow>
  timer: NodeJS.Timeout
  running: Promise<void> | null
}

const recorders = new Map<Payload, Recorder>()

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
/**
 * The calendar day in Vietnam (UTC+7), YYYY-MM-DD. Asked twice per agency API request; formatting
 * through Intl was about 1% of an uncached by-id answer, so the day is kept per minute (a day starts
 * on a whole minute in every time zone).
 */
let lastDay: { minute: number; day: string } | null = null
export function vietnamDay(date: Date): string {
  const minute = Math.floor(date.getTime() / 60_000)
  if (lastDay?.minute !== minute) lastDay = { minute, day: dayFormat.format(date) }
  return lastDay.day
}

function recorderOf(deps: FeedDeps): Recorder {
  let recorder = recorders.get(deps.payload)
  if (!recorder) {
    const created: Recorder = {
      deps,
      usage: new Map(),
      fetches: new Map(),
      timer: setInterval(() => void flushRecorder(created), FLUSH_INTERVAL_MS),
      running: null,
    }
    created.timer.unref()
    recorders.set(deps.payload, created)
    recorder = created
  }
  return recorder
}

function usageOf(recorder: Recorder, client: ApiClientContext, now: Date): UsageDelta {
  const day = vietnamDay(now)
  const key = `${client.id}:${day}`
  let delta = recorder.usage.get(key)
  if (!delta) recorder.usage.set(key, (delta = { clientId: client.id, day, requests: 0, items: 0 }))
  return delta
}

/** One request served to `client` (called by the key-protected router for every request it lets through). */
export function countRequest(deps: FeedDeps, client: ApiClientContext): void {
  const recorder = recorderOf(deps)
  usageOf(recorder, client, clockOf(deps.payload).now()).requests += 1
}

/**
 * Items delivered to `client` in one response: one entry per item and language, with the version
 * delivered. Adds to the day's `items` count and to the fetch log. Never blocks, never throws.
 */
export function recordFetch(deps: FeedDeps, client: ApiClientContext, entries: readonly FetchEntry[]): void {
  if (!entries.length) return
  const recorder = recorderOf(deps)
  const now = clockOf(deps.payload).now()
  usageOf(recorder, client, now).items += entries.length
  for (const entry of entries) {
    const locale = entry.locale ?? null
    const version = entry.version ?? null
    const key = `${client.id}|${entry.collection}|${entry.id}|${locale}|${version}`
    const row = recorder.fetches.get(key)
    if (row) {
      row.count += 1
      row.lastFetchedAt = now
    } else {
      recorder.fetches.set(key, { clientId: client.id, collection: entry.collection, id: String(entry.id), locale, version, fetchedAt: now, lastFetchedAt: now, count: 1 })
    }
  }
  if (recorder.fetches.size >= MAX_BUFFERED_FETCHES) void flushRecorder(recorder)
}

/** Write what is buffered; one flush at a time per recorder (a second call waits and flushes again). */
function flushRecorder(recorder: Recorder): Promise<void> {
  const previous = recorder.running ?? Promise.resolve()
  const run = previous.then(() => writeBuffered(recorder))
  recorder.running = run
  void run.finally(() => {
    if (recorder.running === run) recorder.running = null
  })
  return run
}

async function writeBuffered(recorder: Recorder): Promise<void> {
  const { usage, fetches } = recorder
  if (!usage.size && !fetches.size) return
  recorder.usage = new Map()
  recorder.fetches = new Map()
  const { payload, logger } = recorder.deps

  const gone = clientsGone(payload)
  for (const [key, delta] of usage) {
    try {
      await addUsage(payload, key, delta)
    } catch (error) {
      // A client deleted since the request: its counts have nowhere to go.
      if (await gone(delta.clientId)) continue
      logger.error({ err: error, client: delta.clientId, day: delta.day }, 'could not record API usage; keeping it for the next flush')
      const pending = recorder.usage.get(key)
      if (pending) {
        pending.requests += delta.requests
        pending.items += delta.items
      } else recorder.usage.set(key, delta)
    }
  }

  const rows = [...fetches.values()]
  let written = 0
  try {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK)
      await insertFetches(payload, chunk, gone)
      written += chunk.length
    }
  } catch (error) {
    const left = rows.slice(written)
    const room = Math.max(0, MAX_RETAINED_FETCHES - recorder.fetches.size)
    logger.error({ err: error, rows: left.length, dropped: Math.max(0, left.length - room) }, 'could not write the API fetch log; keeping it for the next flush')
    for (const row of left.slice(0, room)) recorder.fetches.set(`retry|${row.clientId}|${row.collection}|${row.id}|${row.locale}|${row.version}|${row.fetchedAt.getTime()}`, row)
  }
}

const INSERT_CHUNK = 500

const fetchData = (row: FetchRow) => ({
  client: row.clientId,
  itemCollection: row.collection,
  itemId: row.id,
  locale: row.locale,
  version: row.version,
  fetchedAt: row.fetchedAt.toISOString(),
  lastFetchedAt: row.lastFetchedAt.toISOString(),
  count: row.count,
})

/** The one statement used here, common to both SQL dialects' drizzle (their builder types do not unify). */
type Insert = { insert(table: unknown): { values(rows: Record<string, unknown>[]): PromiseLike<unknown> } }

/**
 * Rows of the fetch log, many per statement on the SQL adapters (the table's columns are the
 * collection's plain fields), one by one elsewhere. When a multi-row insert fails (e.g. a client was
 * deleted meanwhile), the rows are retried one by one so that only the orphans are dropped.
 */
async function insertFetches(payload: Payload, rows: FetchRow[], gone: (id: number | string) => Promise<boolean>): Promise<void> {
  const db = sqlAdapterOf(payload.db)
  const table = db?.tables[db.tableNameMap.get('api_fetches') ?? '']
  if (db && table) {
    try {
      await (db.drizzle as Insert).insert(table).values(rows.map(fetchData))
      return
    } catch {
      // one by one below
    }
  }
  for (const row of rows) {
    await payload.db.create({ collection: slugs.apiFetches, data: fetchData(row) }).catch(async (error: unknown) => {
      if (!(await gone(row.clientId))) throw error
    })
  }
}

/** Whether a client has been deleted (asked only after a write failed; answers memoised per flush). */
function clientsGone(payload: Payload): (id: number | string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>()
  return (id) => {
    let answer = known.get(String(id))
    if (!answer) {
      answer = payload.db
        .findOne({ collection: slugs.apiClients, where: { id: { equals: id } } })
        .then((doc) => !doc)
        .catch(() => false)
      known.set(String(id), answer)
    }
    return answer
  }
}

/** `requests += n, items += m` on the (client, day) row, creating it when it is the day's first. Exported for tests. */
export async function addUsage(payload: Payload, key: string, delta: UsageDelta): Promise<void> {
  const increment = () =>
    payload.db.updateOne({
      collection: slugs.apiUsage,
      where: { key: { equals: key } },
      data: { requests: { $inc: delta.requests }, items: { $inc: delta.items }, updatedAt: new Date().toISOString() },
    })
  if (await increment()) return
  try {
    const now = new Date().toISOString()
    await payload.db.create({
      collection: slugs.apiUsage,
      data: { key, client: delta.clientId, day: delta.day, requests: delta.requests, items: delta.items, createdAt: now, updatedAt: now },
    })
  } catch (error) {
    // Another process created the row between our UPDATE and INSERT: add to it instead.
    if (await increment()) return
    throw error
  }
}

/**
 * Write everything buffered now: for one Payload instance, or for all. Call at shutdown, before the
 * database closes (see `closeFeed` in src/feed/shutdown.ts), and in tests before reading the records.
 */
export async function flush(payload?: Payload): Promise<void> {
  const targets = payload ? [recorders.get(payload)].filter((r): r is Recorder => !!r) : [...recorders.values()]
  await Promise.all(targets.map((recorder) => flushRecorder(recorder)))
}

/** Flush and stop the timer of one Payload instance (all when omitted). */
export async function stopRecording(payload?: Payload): Promise<void> {
  await flush(payload)
  for (const [key, recorder] of recorders) {
    if (payload && key !== payload) continue
    clearInterval(recorder.timer)
    recorders.delete(key)
  }
}
