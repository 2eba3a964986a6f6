import type { Payload } from 'payload'

import { slugs } from '../../domain'
import { clockOf } from '../../workflow/clock'

/**
 * Email follows events from the moment it is first enabled on a database, never its history. The
 * first time an email sender plans on a database, it records where it starts (`email-start`):
 * after the newest event then, at that time. Events up to that seq are never mailed, and digest
 * periods that ended before that time are not sent (src/email/send/digests.ts). So a sender started
 * on a database that already holds events (an import, a restored backup, a server that ran without
 * email) mails none of them.
 *
 * The row is written once, under a unique key: two processes starting at once both try, the
 * database keeps one, and the other reads it. A database where email ran before this mark existed
 * (mailings already planned) starts after its last planned event, so nothing in between is lost.
 */
export type EmailStart = { afterSeq: number; startedAt: Date }

const KEY = 'email'
const known = new WeakMap<Payload, EmailStart>()

async function read(payload: Payload): Promise<EmailStart | null> {
  const found = await payload.find({ collection: slugs.emailStart, where: { key: { equals: KEY } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  const row = found.docs[0]
  return row ? { afterSeq: row.afterSeq, startedAt: new Date(row.startedAt) } : null
}

/** Where this database's email starts; recorded now if it never was. */
export async function emailStartOf(payload: Payload): Promise<EmailStart> {
  const cached = known.get(payload)
  if (cached) return cached
  const start = (await read(payload)) ?? (await record(payload))
  known.set(payload, start)
  return start
}

async function record(payload: Payload): Promise<EmailStart> {
  const planned = await payload.find({ collection: slugs.mailings, where: { seq: { exists: true } }, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true })
  const lastPlanned = planned.docs[0]
  let start: EmailStart
  if (lastPlanned?.seq) {
    const first = await payload.find({ collection: slugs.mailings, sort: 'createdAt', limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { createdAt: true } })
    start = { afterSeq: lastPlanned.seq, startedAt: new Date(first.docs[0]?.createdAt ?? lastPlanned.createdAt) }
  } else {
    const newest = await payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { seq: true } })
    start = { afterSeq: newest.docs[0]?.seq ?? 0, startedAt: clockOf(payload).now() }
  }
  try {
    await payload.create({
      collection: slugs.emailStart,
      data: { key: KEY, afterSeq: start.afterSeq, startedAt: start.startedAt.toISOString() },
      overrideAccess: true,
    })
    if (start.afterSeq > 0) payload.logger.info({ afterSeq: start.afterSeq }, `email starts after event ${start.afterSeq}: the events this database already held are not mailed`)
    return start
  } catch (error) {
    // Another process recorded the start a moment ago (the unique key refused ours): theirs holds.
    const theirs = await read(payload)
    if (!theirs) throw error
    return theirs
  }
}
