import type { Payload } from 'payload'

import { dbIdOf } from '../../db/engine'
import { slugs, type ContentCollectionSlug } from '../../domain'
import { releasedRecordsBetween } from '../../readModel/read'
import type { Mailing } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { deliveryFor, fanoutBatch, suppressedAmong, wants, type FanoutDeps, type SubscriberChoices } from './fanout'
import { emailStartOf } from './start'
import { idOf, insertDeliveries, type NewDelivery } from './store'

/**
 * Daily and weekly digests. A digest period ends at 07:00 in Vietnam (UTC+7, no daylight saving):
 * every day for `daily`, on Mondays for `weekly`. Once a period has ended, one `mailings` row is
 * made for it (key `digest:daily:2026-11-30`, unique), and fanned out: each subscriber of that
 * frequency gets one delivery listing what was released since their last digest (`lastDigestAt`;
 * for the first one, the period itself), that matches their types and topics. Nothing released →
 * no email. The list is fixed in the delivery (`items`), so a re-sent digest is the same digest.
 * Digests follow email from where it started on the database (start.ts): a period that ended
 * before then is not sent, and nothing released before then is listed.
 */
export type DigestFrequency = 'daily' | 'weekly'

const DAY = 86_400_000
const VIETNAM_OFFSET = 7 * 3_600_000
const SEND_HOUR = 7

export const periodMs = (f: DigestFrequency) => (f === 'weekly' ? 7 : 1) * DAY

/** The latest period end at or before `now`, and its key. */
export function latestPeriod(frequency: DigestFrequency, now: Date): { key: string; periodEnd: Date } {
  const local = new Date(now.getTime() + VIETNAM_OFFSET)
  let end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), SEND_HOUR) - VIETNAM_OFFSET
  if (end > now.getTime()) end -= DAY
  if (frequency === 'weekly') {
    // Back to the last Monday (getUTCDay of the Vietnam date: 1 = Monday).
    const weekday = new Date(end + VIETNAM_OFFSET).getUTCDay()
    end -= ((weekday + 6) % 7) * DAY
  }
  const day = new Date(end + VIETNAM_OFFSET).toISOString().slice(0, 10)
  return { key: `digest:${frequency}:${day}`, periodEnd: new Date(end) }
}

/** Create the digest mailings of periods that have ended (idempotent by key). Returns how many. */
export async function planDigests(payload: Payload): Promise<number> {
  const now = clockOf(payload).now()
  const start = await emailStartOf(payload)
  let created = 0
  for (const frequency of ['daily', 'weekly'] as const) {
    const { key, periodEnd } = latestPeriod(frequency, now)
    if (periodEnd.getTime() <= start.startedAt.getTime()) continue
    const exists = await payload.count({ collection: slugs.mailings, where: { key: { equals: key } }, overrideAccess: true })
    if (exists.totalDocs > 0) continue
    try {
      await payload.create({
        collection: slugs.mailings,
        data: { key, kind: 'digest', audience: 'digest', frequency, periodEnd: periodEnd.toISOString(), status: 'fanningOut' },
        overrideAccess: true,
      })
      created += 1
    } catch (error) {
      if ((await payload.count({ collection: slugs.mailings, where: { key: { equals: key } }, overrideAccess: true })).totalDocs === 0) throw error
    }
  }
  return created
}

type Released = { collection: ContentCollectionSlug; id: number | string; releasedAt: number; topics: (number | string)[] }

/**
 * Items released (published, embargo passed) in (since, until], not withdrawn, public, newest first:
 * from the read model (one record per released language, grouped here by item), as the agency API
 * and the feeds see them.
 */
async function releasedBetween(payload: Payload, since: Date, until: Date): Promise<Released[]> {
  const byItem = new Map<string, Released>()
  for (const record of await releasedRecordsBetween(payload, since, until)) {
    const key = `${record.itemCollection}:${record.itemId}`
    if (byItem.has(key)) continue
    const releasedAt = Math.max(new Date(record.releasedAt).getTime(), record.embargoUntil ? new Date(record.embargoUntil).getTime() : 0)
    if (releasedAt <= since.getTime() || releasedAt > until.getTime()) continue
    // Ids as the live copies spell them (numbers on SQL), as digests listed them before.
    const id = dbIdOf(payload, record.itemId)
    byItem.set(key, { collection: record.itemCollection, id, releasedAt, topics: (record.topics ?? []).map(idOf) })
  }
  return [...byItem.values()].sort((a, b) => b.releasedAt - a.releasedAt)
}

/** Fan a digest mailing out (resumable like the others, by subscriber id). */
export async function fanOutDigest(deps: FanoutDeps, mailing: Mailing): Promise<number> {
  const { payload } = deps
  const frequency = (mailing.frequency ?? 'daily') as DigestFrequency
  const periodEnd = new Date(mailing.periodEnd as string)
  const defaultSince = new Date(periodEnd.getTime() - periodMs(frequency))
  // Releases of the longest window any subscriber may need (a missed digest widens it), read once;
  // never from before email started on this database.
  const { startedAt } = await emailStartOf(payload)
  const oldest = new Date(Math.max(periodEnd.getTime() - 4 * periodMs(frequency), startedAt.getTime()))
  const released = await releasedBetween(payload, oldest, periodEnd)
  await fanoutBatch(deps, mailing, [{ status: { equals: 'active' } }, { frequency: { equals: frequency } }], async (subscribers: SubscriberChoices[]) => {
    const rows: NewDelivery[] = []
    const suppressed = await suppressedAmong(
      payload,
      subscribers.map((s) => s.email),
    )
    for (const s of subscribers) {
      if (suppressed.has(s.email)) continue
      const last = s.lastDigestAt ? new Date(s.lastDigestAt) : defaultSince
      const since = last.getTime() < oldest.getTime() ? oldest : last
      const items = released.filter((r) => r.releasedAt > since.getTime() && wants(s, r.collection, r.topics))
      if (items.length === 0) continue
      rows.push(
        deliveryFor(
          deps,
          mailing,
          s,
          items.map((i) => ({ collection: i.collection, id: i.id })),
        ),
      )
    }
    await insertDeliveries(payload, rows, clockOf(payload).now())
    // The next digest starts where this one ended, for everyone of this frequency looked at.
    if (subscribers.length > 0) {
      await payload.update({
        collection: slugs.subscribers,
        where: { id: { in: subscribers.map((s) => s.id) } },
        data: { lastDigestAt: periodEnd.toISOString() },
        overrideAccess: true,
      })
    }
  })
  return (await payload.count({ collection: slugs.emailDeliveries, where: { mailing: { equals: mailing.id } }, overrideAccess: true })).totalDocs
}
