import { and, asc, gt, inArray, isNull, notInArray, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { isSqlite, sqlAdapterOf } from '../db/engine'
import { contentCollections, slugs, type ContentCollectionSlug } from '../domain'
import type { ContentEvent } from '../payload-types'
import type { Drizzle } from '../readModel/sql'

/** What a change-feed page reads of an event. */
export type EventDoc = Pick<ContentEvent, 'seq' | 'type' | 'itemCollection' | 'itemId' | 'version' | 'locales' | 'occurredAt' | 'embargoUntil'>

/** Events a client may see by type and embargo, after `after`, in seq order: what the database can check of changes.ts's eventLanguages. `collections`: a subset of the content collections, without repeats. */
export type EventsQuery = { after: number; collections: readonly ContentCollectionSlug[]; embargoPrivilege: boolean; limit: number }

/** Announced by their embargoLifted event instead, for a client without the privilege (see changes.ts). */
const HELD_UNTIL_LIFT = ['published', 'corrected']

/**
 * One batch of the change feed's scan. On the SQL engines one query through drizzle on the
 * adapter's connection (`payload.db.find` built the query and transformed each row: most of a
 * page's time besides the items); MongoDB takes the same filter through `payload.db.find`.
 *
 * It must walk the unique `seq` index from the cursor and stop after `limit` rows. Both engines
 * without statistics on the table (SQLite is never analyzed; PostgreSQL until autovacuum's analyze,
 * which is off on these machines) took the index on `item_collection` for an `IN` on it instead:
 * they read every event of those collections and sorted them, a cost growing with the log (pages
 * of 88 ms on SQLite and 59 ms on PostgreSQL at 20,000 events in bench:feed). So:
 *   - a client that reads every content type gets no term on the collection (every event is of a
 *     content collection; eventLanguages still checks): the seq index is the only plan left;
 *   - a client of some types keeps the term; on SQLite behind a unary `+` (SQLite's documented way
 *     to keep a term out of index selection); PostgreSQL has no such switch (an expression there
 *     made it scan the table), so there it is planned by the table's statistics once analyzed.
 */
export async function eventsAfter(payload: Payload, q: EventsQuery): Promise<EventDoc[]> {
  const db = sqlAdapterOf(payload.db)
  if (!db) {
    const where: Where[] = [{ seq: { greater_than: q.after } }, { itemCollection: { in: [...q.collections] } }]
    if (!q.embargoPrivilege) where.push({ or: [{ type: { not_in: HELD_UNTIL_LIFT } }, { embargoUntil: { exists: false } }] })
    const found = await payload.db.find<EventDoc>({
      collection: slugs.contentEvents,
      where: { and: where },
      sort: 'seq',
      limit: q.limit,
      pagination: false,
      select: { seq: true, type: true, itemCollection: true, itemId: true, version: true, locales: true, occurredAt: true, embargoUntil: true },
    })
    return found.docs
  }
  const t = db.tables.content_events as Record<string, never>
  const where: unknown[] = [gt(t.seq, q.after as never)]
  if (q.collections.length < contentCollections.length) {
    where.push(inArray(isSqlite(payload.db) ? sql`+${t.itemCollection}` : t.itemCollection, [...q.collections] as never[]))
  }
  if (!q.embargoPrivilege) where.push(or(notInArray(t.type, HELD_UNTIL_LIFT as never[]), isNull(t.embargoUntil)))
  const rows = await (db.drizzle as Drizzle)
    .select({ seq: t.seq, type: t.type, itemCollection: t.itemCollection, itemId: t.itemId, version: t.version, locales: t.locales, occurredAt: t.occurredAt, embargoUntil: t.embargoUntil })
    .from(t)
    .where(and(...(where as never[])))
    .orderBy(asc(t.seq))
    .limit(q.limit)
  // PostgreSQL gives `numeric` columns as strings; SQLite may give a JSON column as its text.
  return rows.map((r) => ({
    ...(r as EventDoc), // the columns selected above, typed by the adapter's table
    seq: Number(r.seq),
    version: Number(r.version),
    locales: typeof r.locales === 'string' ? (JSON.parse(r.locales) as EventDoc['locales']) : (r.locales as EventDoc['locales']),
  }))
}
