import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { isPostgres, sqlAdapterOf } from '../db/engine'
import type { ItemRecordsQuery, ListQuery, NinjsRecord } from './queries'
import { idSortOf } from './record'

/**
 * The two hot reads of the read model on the SQL engines, through drizzle on the adapter's own
 * connection: a list page and an item's records. Measured on SQLite with 3,000 records, a page of 51
 * took 8.6 ms through `payload.db.find` (its query building and row transform) and 3.6 ms here;
 * that difference is most of an uncached /items answer. MongoDB takes the same reads through
 * `payload.db.find` (src/readModel/read.ts).
 */

type Column = unknown
type Table = Record<string, Column>
type Row = Record<string, unknown>
// drizzle is typed per dialect (LibSQL, node-postgres) with builders that do not unify; these reads
// use the part both dialects share, which `Drizzle` spells out (as src/email/send/store.ts does).
type Rows = Promise<Row[]> & { limit(n: number): Promise<Row[]> & { offset(k: number): Promise<Row[]> }; prepare(name?: string): Prepared }
/** A query built once, run with its `sql.placeholder` values (both dialects' prepared queries have `execute`). */
type Prepared = { execute(values: Record<string, unknown>): Promise<Row[]> }
export type Drizzle = {
  select(f: Record<string, Column>): { from(t: Table): { where(c: unknown): Rows & { orderBy(...c: unknown[]): Rows } } }
}

const TABLE = 'released_items'

/** The adapter's drizzle and the read model's table, or null on MongoDB. */
export function sqlOf(payload: Payload): { drizzle: Drizzle; t: Record<string, never> } | null {
  const db = sqlAdapterOf(payload.db)
  return db ? { drizzle: db.drizzle as Drizzle, t: db.tables[TABLE] as Record<string, never> } : null
}

const columns = (t: Record<string, never>) => ({
  itemCollection: t.itemCollection,
  itemId: t.itemId,
  language: t.language,
  version: t.version,
  releasedAt: t.releasedAt,
  collectionIndex: t.collectionIndex,
  localeIndex: t.localeIndex,
  embargoUntil: t.embargoUntil,
  organization: t.organization,
  ninjs: t.ninjs,
  withdrawn: t.withdrawn,
  ownHeadline: t.ownHeadline,
})

/** Dates as ISO strings (PostgreSQL gives its own format), flags as booleans (SQLite gives 0/1 without drizzle's mode). */
const toRecord = (row: Row): NinjsRecord => ({
  ...(row as NinjsRecord), // the columns selected above, which the adapter's table declares with these types
  releasedAt: new Date(row.releasedAt as string).toISOString(),
  embargoUntil: row.embargoUntil ? new Date(row.embargoUntil as string).toISOString() : null,
  withdrawn: Boolean(row.withdrawn),
  ownHeadline: Boolean(row.ownHeadline),
})

/** Past its embargo at `now` (no condition for a reader with the embargo privilege). */
export function embargoPassed(t: Record<string, never>, now: Date, embargoed: boolean): unknown[] {
  return embargoed ? [] : [or(isNull(t.embargoUntil), lte(t.embargoUntil, now.toISOString()))]
}

/** A list page (see listRecords), or null on MongoDB or with a topic (Payload joins the relationship). */
export async function sqlListPage(payload: Payload, q: ListQuery): Promise<NinjsRecord[] | null> {
  const db = sqlOf(payload)
  if (!db || q.topicId !== undefined) return null
  const { t } = db
  const where: unknown[] = [
    inArray(t.itemCollection, [...q.collections] as never[]),
    inArray(t.language, [...q.locales] as never[]),
    eq(t.withdrawn, false as never),
    inArray(t.audience, [...q.audiences] as never[]),
    ...embargoPassed(t, q.now, q.embargoed),
  ]
  if (q.since) where.push(gte(t.releasedAt, q.since.toISOString() as never))
  if (q.after) {
    const at = new Date(q.after.publishedAt).toISOString() as never
    const ci = q.after.collectionIndex as never
    const id = idSortOf(q.after.id) as never
    where.push(
      or(
        lt(t.releasedAt, at),
        and(eq(t.releasedAt, at), lt(t.collectionIndex, ci)),
        and(eq(t.releasedAt, at), eq(t.collectionIndex, ci), lt(t.idSort, id)),
        and(eq(t.releasedAt, at), eq(t.collectionIndex, ci), eq(t.idSort, id), gt(t.localeIndex, q.after.localeIndex as never)),
      ),
    )
  }
  const rows = await db.drizzle
    .select(columns(t))
    .from(t)
    .where(and(...(where as never[])))
    .orderBy(desc(t.releasedAt), desc(t.collectionIndex), desc(t.idSort), asc(t.localeIndex))
    .limit(q.limit)
  return rows.map(toRecord)
}

/**
 * One item's records (`GET /items/{type}:{id}`), by a query built once per shape (the reader's
 * languages, with or without the embargo privilege) and per connection, run with the item and the
 * time as placeholders. Building it with drizzle each time cost as much as running it on SQLite
 * (about 0.15 ms of each uncached answer, in a CPU profile of bench:feed's by-id scenario); with
 * the statement cache (src/db/statementCache.ts) SQLite then re-uses its prepared statement too.
 * On PostgreSQL the statement is named (per shape), so each pooled connection parses and plans it
 * once rather than on every request (SQLite's drizzle takes no name).
 */
const preparedItems = new WeakMap<object, Map<string, Prepared>>()

function oneItemQuery(db: { drizzle: Drizzle; t: Record<string, never> }, locales: readonly string[], embargoed: boolean, audiences: readonly string[]): Prepared {
  let shapes = preparedItems.get(db.drizzle)
  if (!shapes) preparedItems.set(db.drizzle, (shapes = new Map()))
  const shape = `${locales.join(',')}|${embargoed}|${audiences.join(',')}`
  let prepared = shapes.get(shape)
  if (!prepared) {
    const { t } = db
    const past = embargoed ? [] : [or(isNull(t.embargoUntil), lte(t.embargoUntil, sql.placeholder('now') as never))]
    prepared = db.drizzle
      .select(columns(t))
      .from(t)
      .where(
        and(
          eq(t.itemId, sql.placeholder('id') as never),
          eq(t.itemCollection, sql.placeholder('collection') as never),
          inArray(t.language, [...locales] as never[]),
          inArray(t.audience, [...audiences] as never[]),
          or(eq(t.withdrawn, true as never), and(eq(t.withdrawn, false as never), ...(past as never[]))),
        ),
      )
      .orderBy(asc(t.localeIndex))
      .prepare(`released_item_${locales.join('_')}_${embargoed ? 'all' : 'past'}_${audiences.join('_')}`)
    shapes.set(shape, prepared)
  }
  return prepared
}

/** The records of some items (see itemRecords), or null on MongoDB. */
export async function sqlItemRecords(payload: Payload, q: ItemRecordsQuery): Promise<NinjsRecord[] | null> {
  const db = sqlOf(payload)
  if (!db) return null
  if (q.ids.length === 1) {
    const rows = await oneItemQuery(db, q.locales, q.embargoed, q.audiences).execute({ id: q.ids[0], collection: q.collection, now: q.now.toISOString() })
    return rows.map(toRecord)
  }
  const { t } = db
  const rows = await db.drizzle
    .select(columns(t))
    .from(t)
    .where(
      and(
        inArray(t.itemId, q.ids as never[]),
        eq(t.itemCollection, q.collection as never),
        inArray(t.language, [...q.locales] as never[]),
        inArray(t.audience, [...q.audiences] as never[]),
        or(eq(t.withdrawn, true as never), and(eq(t.withdrawn, false as never), ...(embargoPassed(t, q.now, q.embargoed) as never[]))),
      ),
    )
    .orderBy(asc(t.localeIndex))
  return rows.map(toRecord)
}

/**
 * After a rebuild on PostgreSQL: fresh statistics and visibility map for the table. Without
 * statistics (autovacuum had not analyzed 60,000 new records yet) the planner guessed one matching
 * row, read every record and sorted them (15 uncached pages/s in bench:feed); with them it walks
 * the list's index (0.1 ms). Without the visibility map a website list's count cannot be answered
 * from its index alone: the planner read the table (35 ms for 9,000 records in bench:site; 1 ms
 * from the index after VACUUM). A plain VACUUM takes no lock that stops reads or writes.
 */
export async function analyzeRecords(payload: Payload): Promise<void> {
  const db = payload.db
  if (isPostgres(db)) await db.execute({ drizzle: db.drizzle, raw: `VACUUM (ANALYZE) ${TABLE}` })
}
