import { and, eq, isNull, lt, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { isMongoose, sqlAdapterOf } from '../db/engine'
import { slugs } from '../domain'

/**
 * One server of an endpoint at a time, across processes: whoever serves an endpoint (at once after
 * an event, the periodic sweep, a retry job) first takes its lease, one conditional UPDATE that
 * succeeds for one taker only, and writes its progress only while it still holds it. A process
 * that dies holding a lease holds it until `leaseUntil`; then another takes over from `lastSeq`.
 * This is what keeps events in order per endpoint and each sent once (a crash in the middle of a
 * POST can repeat that one event, which receivers deduplicate by `X-Newsroom-Delivery`).
 */
export const LEASE_MS = 30_000

export type EndpointProgress = { lastSeq: number; failures: number; failingSince: string | null; nextAttemptAt: string | null }

type Column = unknown
type Table = Record<string, Column>
type Returning = Promise<unknown> & { returning(fields?: Record<string, Column>): Promise<Record<string, unknown>[]> }
type Drizzle = { update(t: Table): { set(v: Record<string, unknown>): { where(c: unknown): Returning } } }

const TABLE = 'webhook_endpoints'

function sqlOf(payload: Payload): { drizzle: Drizzle; t: Record<string, never> } | null {
  const db = sqlAdapterOf(payload.db)
  // drizzle is typed per dialect, with builders that do not unify; these statements use the part
  // both dialects share, which `Drizzle` spells out.
  return db ? { drizzle: db.drizzle as Drizzle, t: db.tables[TABLE] as Record<string, never> } : null
}
function modelOf(payload: Payload) {
  if (!isMongoose(payload.db)) throw new Error(`webhook leases: no store for the ${payload.db.name} adapter`)
  return payload.db.collections[slugs.webhookEndpoints]
}

/** Take the endpoint's lease for `owner` until `until`, if nobody else holds it now. */
export async function claimEndpoint(payload: Payload, id: number | string, owner: string, now: Date, until: Date): Promise<boolean> {
  const sql = sqlOf(payload)
  if (sql) {
    const { drizzle, t } = sql
    const free = or(isNull(t.leaseUntil), lt(t.leaseUntil, now.toISOString()), eq(t.leaseOwner, owner))
    const rows = await drizzle
      .update(t)
      .set({ leaseOwner: owner, leaseUntil: until.toISOString() })
      .where(and(eq(t.id, id), free))
      .returning({ id: t.id })
    return rows.length > 0
  }
  const taken = await modelOf(payload).findOneAndUpdate(
    { _id: id, $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }, { leaseOwner: owner }] },
    { $set: { leaseOwner: owner, leaseUntil: until } },
  )
  return taken !== null
}

/**
 * Save progress (and extend the lease to `until`) only while `owner` holds the lease. False when
 * the lease was lost: the caller stops, and whoever holds it now goes on from the saved progress.
 */
export async function saveProgress(payload: Payload, id: number | string, owner: string, progress: EndpointProgress, until: Date): Promise<boolean> {
  const sql = sqlOf(payload)
  if (sql) {
    const { drizzle, t } = sql
    const rows = await drizzle
      .update(t)
      .set({ ...progress, leaseUntil: until.toISOString() })
      .where(and(eq(t.id, id), eq(t.leaseOwner, owner)))
      .returning({ id: t.id })
    return rows.length > 0
  }
  const date = (v: string | null) => (v ? new Date(v) : null)
  const saved = await modelOf(payload).findOneAndUpdate(
    { _id: id, leaseOwner: owner },
    { $set: { ...progress, failingSince: date(progress.failingSince), nextAttemptAt: date(progress.nextAttemptAt), leaseUntil: until } },
  )
  return saved !== null
}

/** Give the lease back (only if `owner` still holds it). */
export async function releaseEndpoint(payload: Payload, id: number | string, owner: string): Promise<void> {
  const sql = sqlOf(payload)
  if (sql) {
    const { drizzle, t } = sql
    await drizzle.update(t).set({ leaseOwner: null, leaseUntil: null }).where(and(eq(t.id, id), eq(t.leaseOwner, owner)))
    return
  }
  await modelOf(payload).updateOne({ _id: id, leaseOwner: owner }, { $set: { leaseOwner: null, leaseUntil: null } })
}
