import type { Payload } from 'payload'

import { isMongoose, sqlAdapterOf } from '../../src/db/engine'

type Insert = { insert(table: unknown): { values(rows: Record<string, unknown>[]): Promise<unknown> } }

/**
 * Insert many rows of a collection in a few statements, for tests that need a large world (2,000
 * subscribers) and are not about creating it: no hooks, no validation, so pass every field a row
 * needs (scalar columns of the collection's own table only; relations and localized fields go
 * through payload.create). Timestamps are filled in.
 */
export async function insertMany(payload: Payload, collection: string, rows: Record<string, unknown>[]): Promise<void> {
  const now = new Date().toISOString()
  const stamped = rows.map((row) => ({ createdAt: now, updatedAt: now, ...row }))
  const sql = sqlAdapterOf(payload.db)
  if (sql) {
    const table = sql.tables[collection.replace(/-/g, '_')]
    if (!table) throw new Error(`insertMany: no table for ${collection}`)
    // SQLite caps bound parameters per statement: insert in slices.
    for (let i = 0; i < stamped.length; i += 200) await (sql.drizzle as Insert).insert(table).values(stamped.slice(i, i + 200))
    return
  }
  if (!isMongoose(payload.db)) throw new Error(`insertMany: no bulk insert for the ${payload.db.name} adapter`)
  await payload.db.collections[collection].insertMany(stamped.map((row) => ({ ...row, createdAt: new Date(now), updatedAt: new Date(now) })))
}
