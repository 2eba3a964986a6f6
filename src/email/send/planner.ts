import type { Payload } from 'payload'

import { isContentCollection, slugs, type MailingAudience, type MailingKind } from '../../domain'
import type { ContentEvent } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { emailStartOf } from './start'

/**
 * Which mailings the domain events call for. The `content-events` log is the source: this reads the
 * events after the last one that produced a mailing (and after where email started on this
 * database, start.ts) and creates one `mailings` row per event that needs mail, keyed
 * `event:<seq>` (unique), so running it twice, or in two processes at once, creates each mailing
 * once. Then fan-out (fanout.ts) turns each mailing into deliveries.
 *
 *   published, version 1, embargo ahead → the release to accredited subscribers, marked embargoed
 *   published, version 1, no embargo    → the release to everyone who wants it
 *   embargoLifted                       → the release to the others (not accredited)
 *   corrected                           → the correction to everyone who received the release
 *   withdrawn                           → the withdrawal notice to everyone who received it
 * A later `published` version (an update without a correction note) sends no mail.
 *
 * An event that is already older than `maxEventAgeMs` when it is planned (a sender that was down
 * for days, a backlog) is news no longer: its mailing is recorded as `skipped` with the reason,
 * for staff to see, and nothing is sent.
 */
export type PlannedMailing = { kind: MailingKind; audience: MailingAudience }

export function mailingFor(event: Pick<ContentEvent, 'type' | 'version' | 'embargoUntil'>): PlannedMailing | null {
  switch (event.type) {
    case 'published':
      if (event.version > 1) return null
      return { kind: 'release', audience: event.embargoUntil ? 'accredited' : 'all' }
    case 'embargoLifted':
      return { kind: 'release', audience: 'notAccredited' }
    case 'corrected':
      return { kind: 'correction', audience: 'previousRecipients' }
    case 'withdrawn':
      return { kind: 'withdrawal', audience: 'previousRecipients' }
  }
}

export const eventMailingKey = (seq: number) => `event:${seq}`

/** The last event seq a mailing was made for (the planner's cursor, kept in the mailings themselves). */
async function lastPlannedSeq(payload: Payload): Promise<number> {
  const last = await payload.find({
    collection: slugs.mailings,
    where: { seq: { exists: true } },
    sort: '-seq',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return last.docs[0]?.seq ?? 0
}

export type PlanOptions = {
  /** Events older than this (by `occurredAt`, at planning time) are recorded as skipped, not mailed. */
  maxEventAgeMs: number
  pageSize?: number
}

/** Why an event is not mailed because of its age, or null when it is recent enough. */
export function tooOld(event: Pick<ContentEvent, 'occurredAt'>, now: Date, maxEventAgeMs: number): string | null {
  const ageMs = now.getTime() - new Date(event.occurredAt).getTime()
  if (ageMs <= maxEventAgeMs) return null
  const hours = (ms: number) => `${Math.round((ms / 3_600_000) * 10) / 10} h`
  return `the event is ${hours(ageMs)} old, older than EMAIL_MAX_EVENT_AGE_HOURS (${hours(maxEventAgeMs)}): not mailed`
}

/** Create the mailings for events not planned yet. Returns how many were created (skipped ones included). */
export async function planMailings(payload: Payload, options: PlanOptions): Promise<number> {
  const pageSize = options.pageSize ?? 200
  const start = await emailStartOf(payload)
  let after = Math.max(await lastPlannedSeq(payload), start.afterSeq)
  let created = 0
  // Page on: events that call for no mail (updates) do not move the cursor, so read past them.
  for (;;) {
    const { docs: events } = await payload.find({
      collection: slugs.contentEvents,
      where: { seq: { greater_than: after } },
      sort: 'seq',
      limit: pageSize,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const event of events) created += await planOne(payload, event, options)
    if (events.length < pageSize) return created
    after = events[events.length - 1]!.seq
  }
}

async function planOne(payload: Payload, event: ContentEvent, options: PlanOptions): Promise<number> {
  if (!isContentCollection(event.itemCollection)) return 0
  const planned = mailingFor(event)
  if (!planned) return 0
  const key = eventMailingKey(event.seq)
  const skipReason = tooOld(event, clockOf(payload).now(), options.maxEventAgeMs)
  try {
    await payload.create({
      collection: slugs.mailings,
      data: {
        key,
        kind: planned.kind,
        audience: planned.audience,
        seq: event.seq,
        itemCollection: event.itemCollection,
        itemId: String(event.itemId),
        version: event.version,
        embargoUntil: event.embargoUntil ?? null,
        note: event.note ?? null,
        status: skipReason ? 'skipped' : 'fanningOut',
        skipReason,
      },
      overrideAccess: true,
    })
    if (skipReason) payload.logger.warn({ seq: event.seq, item: `${event.itemCollection}/${event.itemId}` }, `email for event ${event.seq} skipped: ${skipReason}`)
    return 1
  } catch (error) {
    // Another process planned it a moment ago: the unique key refused the copy.
    const exists = await payload.count({ collection: slugs.mailings, where: { key: { equals: key } }, overrideAccess: true })
    if (exists.totalDocs === 0) throw error
    return 0
  }
}
