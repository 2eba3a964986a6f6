import { and, asc, eq, inArray, isNull, lte, lt, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { isMongoose, sqlAdapterOf } from '../../db/engine'
import { type DeliveryStatus, type Locale, slugs } from '../../domain'

/**
 * The few writes of the sending pipeline that must be atomic across processes, which Payload's
 * Local API cannot express (its `update` with a `where` reads the ids first, then writes each row,
 * so two workers could both take the same row):
 *   - insert many deliveries at once, skipping those that exist (unique mailing + subscriber);
 *   - claim due deliveries: one conditional UPDATE that only changes rows still due, so of two
 *     workers racing for a row exactly one gets it (PostgreSQL re-checks the condition on the row it
 *     waited for; SQLite has one writer at a time);
 *   - hand over one message: `sending` → `sent` only while this worker still holds the lease.
 * SQL databases go through drizzle on the adapter's own connection; MongoDB through its models
 * (single-document updates are atomic there).
 */

export type NewDelivery = {
  mailing: number | string
  subscriber: number | string
  email: string
  language: Locale
  accredited: boolean
  messageId: string
  items?: unknown
}

export type ClaimedDelivery = {
  id: number | string
  mailing: number | string
  /** null once the subscriber's personal data was erased. */
  subscriber: number | string | null
  email: string
  language: Locale
  accredited: boolean
  attempts: number
  messageId: string
  items: unknown
}

type Column = unknown
type Table = Record<string, Column>
type Drizzle = {
  insert(t: Table): { values(rows: Record<string, unknown>[]): { onConflictDoNothing(): Promise<unknown> } }
  update(t: Table): { set(v: Record<string, unknown>): { where(c: unknown): Promise<unknown> & { returning(f?: Record<string, Column>): Promise<Record<string, unknown>[]> } } }
  select(f?: Record<string, Column>): { from(t: Table): { where(c: unknown): { orderBy(...c: unknown[]): { limit(n: number): Promise<Record<string, unknown>[]> } } & Promise<Record<string, unknown>[]> } }
}
type SqlAdapter = { name: 'sqlite' | 'postgres'; drizzle: Drizzle; tables: Record<string, Table> }

const TABLE = 'email_deliveries'

function sqlOf(payload: Payload): SqlAdapter | null {
  const db = sqlAdapterOf(payload.db)
  // drizzle is typed per dialect (LibSQL, node-postgres) with builders that do not unify; the
  // statements here use the part both dialects share, which `Drizzle` spells out.
  return db ? { name: db.name === 'sqlite' ? 'sqlite' : 'postgres', drizzle: db.drizzle as Drizzle, tables: db.tables } : null
}
function mongoOf(payload: Payload) {
  if (!isMongoose(payload.db)) throw new Error(`email deliveries: no store for the ${payload.db.name} adapter`)
  return payload.db.collections[slugs.emailDeliveries]
}
const table = (db: SqlAdapter) => db.tables[TABLE] as Record<string, never>

/** Insert deliveries; rows whose (mailing, subscriber) exists already are skipped. */
export async function insertDeliveries(payload: Payload, rows: NewDelivery[], now: Date): Promise<void> {
  if (rows.length === 0) return
  const at = now.toISOString()
  const db = sqlOf(payload)
  if (db) {
    const values = rows.map((r) => ({
      mailing: r.mailing,
      subscriber: r.subscriber,
      email: r.email,
      language: r.language,
      accredited: r.accredited,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      messageId: r.messageId,
      items: r.items ?? null,
      createdAt: at,
      updatedAt: at,
    }))
    // SQLite caps bound parameters per statement: insert in slices.
    for (let i = 0; i < values.length; i += 500) await db.drizzle.insert(table(db)).values(values.slice(i, i + 500)).onConflictDoNothing()
    return
  }
  try {
    await mongoOf(payload).insertMany(
      rows.map((r) => ({ ...r, status: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now })),
      { ordered: false },
    )
  } catch (error) {
    // Duplicate keys (E11000) are the rows that existed: the others were inserted (ordered: false).
    if (!String((error as Error).message).includes('E11000')) throw error
  }
}

/**
 * Take up to `limit` deliveries that are due (queued and due now, or `sending` under a lease that
 * expired: their worker stopped before handing the message over), lease them to `owner` until
 * `leaseUntil`, and return them. `owner` must be unique per claim.
 */
export async function claimDeliveries(payload: Payload, o: { owner: string; now: Date; leaseUntil: Date; limit: number }): Promise<ClaimedDelivery[]> {
  const now = o.now.toISOString()
  const db = sqlOf(payload)
  if (db) {
    const t = table(db)
    const due = or(and(eq(t.status, 'queued'), or(isNull(t.nextAttemptAt), lte(t.nextAttemptAt, now))), and(eq(t.status, 'sending'), lt(t.leaseUntil, now)))
    const candidates = await db.drizzle.select({ id: t.id }).from(t).where(due).orderBy(asc(t.id)).limit(o.limit)
    if (candidates.length === 0) return []
    await db.drizzle
      .update(t)
      .set({ status: 'sending', leaseOwner: o.owner, leaseUntil: o.leaseUntil.toISOString(), attempts: sql`${t.attempts} + 1`, updatedAt: now })
      .where(and(inArray(t.id, candidates.map((c) => c.id as never)), due))
    const mine = await db.drizzle.select().from(t).where(and(eq(t.leaseOwner, o.owner), eq(t.status, 'sending')))
    return mine.map(toClaimed)
  }
  const model = mongoOf(payload)
  const due = { $or: [{ status: 'queued', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: o.now } }] }, { status: 'sending', leaseUntil: { $lt: o.now } }] }
  const candidates = await model.find(due).sort({ _id: 1 }).limit(o.limit).lean()
  if (candidates.length === 0) return []
  await model.updateMany(
    { _id: { $in: candidates.map((c) => c._id) }, ...due },
    { $set: { status: 'sending', leaseOwner: o.owner, leaseUntil: o.leaseUntil, updatedAt: o.now }, $inc: { attempts: 1 } },
  )
  const mine = await model.find({ leaseOwner: o.owner, status: 'sending' }).lean()
  return mine.map((d) => toClaimed({ ...d, id: String(d._id) }))
}

/** The id of a relationship value, populated or not. */
export const idOf = (v: unknown): number | string => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : (v as number | string))

function toClaimed(r: Record<string, unknown>): ClaimedDelivery {
  return {
    id: r.id as number | string,
    mailing: idOf(r.mailing),
    subscriber: idOf(r.subscriber),
    email: String(r.email),
    language: r.language as Locale,
    accredited: Boolean(r.accredited),
    attempts: Number(r.attempts ?? 0),
    messageId: String(r.messageId),
    items: typeof r.items === 'string' ? JSON.parse(r.items) : (r.items ?? null),
  }
}

/** Claims grouped by the lease owner that holds them. */
function idsByOwner(claims: { id: number | string; owner: string }[]): Map<string, (number | string)[]> {
  const byOwner = new Map<string, (number | string)[]>()
  for (const c of claims) byOwner.set(c.owner, [...(byOwner.get(c.owner) ?? []), c.id])
  return byOwner
}

/** One statement in the database's own SQL, for a driver called directly. */
export type SqlStatement = { sql: string; args: (string | number)[] }

/**
 * The hand-over statement: mark deliveries `sent` while their claim still holds the lease, and
 * answer their ids (RETURNING). Written in the database's SQL because it is run on the driver
 * directly (see handOver.ts: the moment it is executed or written must be known exactly). null
 * for MongoDB (use `markHandedOver`).
 */
export function handOverStatement(payload: Payload, claims: { id: number | string; owner: string }[], now: Date): SqlStatement | null {
  const db = sqlOf(payload)
  if (!db) return null
  const t = db.tables[TABLE] as Record<string, { name: string }>
  const args: (string | number)[] = []
  const param = (v: string | number) => {
    args.push(v)
    return db.name === 'postgres' ? `$${args.length}` : '?'
  }
  const q = (c: string) => `"${t[c].name}"`
  const at = now.toISOString()
  const set = `${q('status')} = ${param('sent')}, ${q('sentAt')} = ${param(at)}, ${q('updatedAt')} = ${param(at)}`
  const byOwner = idsByOwner(claims)
  // Parameters in the order of the text (SQLite's `?` are positional).
  const sending = `${q('status')} = ${param('sending')}`
  const held = [...byOwner].map(([owner, ids]) => `(${q('leaseOwner')} = ${param(owner)} AND ${q('id')} IN (${ids.map((id) => param(typeof id === 'number' ? id : Number(id))).join(', ')}))`)
  const where = `${sending} AND (${held.join(' OR ')})`
  return { sql: `UPDATE "${TABLE}" SET ${set} WHERE ${where} RETURNING ${q('id')}`, args }
}

/** MongoDB's hand-over: the same as `handOverStatement`, through the models. */
export async function markHandedOver(payload: Payload, claims: { id: number | string; owner: string }[], now: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set()
  const byOwner = idsByOwner(claims)
  const model = mongoOf(payload)
  const held = [...byOwner].map(([owner, ids]) => ({ leaseOwner: owner, _id: { $in: ids } }))
  await model.updateMany({ status: 'sending', $or: held }, { $set: { status: 'sent', sentAt: now, updatedAt: now } })
  // The lease owner stays until the outcome is recorded, so `sent` under our owner is ours.
  const marked = await model.find({ status: 'sent', $or: held }).lean()
  return new Set(marked.map((d) => String(d._id)))
}

export type Outcome = {
  status: DeliveryStatus
  smtpCode?: number | null
  lastError?: string | null
  nextAttemptAt?: Date | null
}

/** Record what happened to a delivery this worker holds (or has handed over). */
export async function recordOutcome(payload: Payload, id: number | string, owner: string, outcome: Outcome, now: Date): Promise<void> {
  const at = now.toISOString()
  const set = {
    status: outcome.status,
    smtpCode: outcome.smtpCode ?? null,
    lastError: outcome.lastError ?? null,
    ...(outcome.nextAttemptAt !== undefined ? { nextAttemptAt: outcome.nextAttemptAt ? outcome.nextAttemptAt.toISOString() : null } : {}),
    ...(outcome.status !== 'sent' ? { sentAt: null } : {}),
    leaseOwner: null,
    leaseUntil: null,
    updatedAt: at,
  }
  const db = sqlOf(payload)
  if (db) {
    const t = table(db)
    await db.drizzle.update(t).set(set).where(and(eq(t.id, id as never), eq(t.leaseOwner, owner)))
    return
  }
  await mongoOf(payload).updateOne({ _id: id, leaseOwner: owner }, { $set: { ...set, nextAttemptAt: outcome.nextAttemptAt ?? null, updatedAt: now } })
}

/** Confirm many handed-over deliveries at once (the server's 250): one statement per batch. */
export async function confirmSent(payload: Payload, ids: (number | string)[], owner: string, now: Date): Promise<void> {
  if (ids.length === 0) return
  const at = now.toISOString()
  const db = sqlOf(payload)
  if (db) {
    const t = table(db)
    await db.drizzle
      .update(t)
      .set({ smtpCode: 250, lastError: null, leaseOwner: null, leaseUntil: null, updatedAt: at })
      .where(and(inArray(t.id, ids as never[]), eq(t.leaseOwner, owner), eq(t.status, 'sent')))
    return
  }
  await mongoOf(payload).updateMany({ _id: { $in: ids }, leaseOwner: owner, status: 'sent' }, { $set: { smtpCode: 250, lastError: null, leaseOwner: null, leaseUntil: null, updatedAt: now } })
}
