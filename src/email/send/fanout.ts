import type { Payload, Where } from 'payload'

import { dbIdOf } from '../../db/engine'
import type { Mailing, Subscriber } from '../../payload-types'
import { type ContentCollectionSlug, locales, type MailingAudience, slugs } from '../../domain'
import { itemStanding } from '../../readModel/read'
import { emailHashOf } from '../addresses'
import { clockOf } from '../../workflow/clock'
import { idOf, insertDeliveries, type NewDelivery } from './store'

/**
 * Fan-out: one `email-deliveries` row per (mailing, subscriber), created in batches of
 * `batchSize` subscribers in id order. After each batch the mailing's `fanoutCursor` (the last
 * subscriber id looked at) is saved, so a fan-out stopped by a crash goes on from there; rows made
 * twice are refused by the unique index. Then the mailing moves to `sending`.
 */
/** What fan-out and sending read of a subscriber (a `select` of these fields). */
export type SubscriberChoices = Pick<Subscriber, 'id' | 'email' | 'language' | 'accredited' | 'topics' | 'contentTypes' | 'frequency' | 'status' | 'lastDigestAt'>

const subscriberChoices = { email: true, language: true, accredited: true, topics: true, contentTypes: true, frequency: true, status: true, lastDigestAt: true } as const

/** Whether a subscriber wants an item: its type and topics (empty preferences = everything). */
export function wants(subscriber: Pick<Subscriber, 'contentTypes' | 'topics'>, collection: ContentCollectionSlug, topicIds: (number | string)[]): boolean {
  const types = subscriber.contentTypes ?? []
  if (types.length > 0 && !types.includes(collection)) return false
  const topics = (subscriber.topics ?? []).map((t) => String(idOf(t)))
  if (topics.length === 0) return true
  return topicIds.some((t) => topics.includes(String(t)))
}

/** Addresses of this batch that are on the suppression list. */
export async function suppressedAmong(payload: Payload, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set()
  const byHash = new Map(emails.map((e) => [emailHashOf(e), e]))
  const found = await payload.find({
    collection: slugs.suppressions,
    where: { emailHash: { in: [...byHash.keys()] } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { emailHash: true },
  })
  return new Set(found.docs.map((d) => byHash.get(d.emailHash) ?? ''))
}

/** The delivery row of one subscriber for one mailing (`items`: what a digest lists). */
export function deliveryFor(deps: Pick<FanoutDeps, 'messageDomain'>, mailing: Pick<Mailing, 'id'>, s: Pick<Subscriber, 'id' | 'email' | 'language' | 'accredited'>, items?: unknown): NewDelivery {
  return {
    mailing: mailing.id,
    subscriber: s.id,
    email: s.email,
    language: (locales as readonly string[]).includes(s.language) ? s.language : 'vi',
    accredited: Boolean(s.accredited),
    messageId: messageIdFor(mailing.id, s.id, deps.messageDomain),
    ...(items !== undefined ? { items } : {}),
  }
}

/** A fixed Message-ID per delivery: a message re-sent after a failure carries the same one. */
export const messageIdFor = (mailing: number | string, subscriber: number | string, domain: string) => `<newsroom.m${mailing}.s${subscriber}@${domain}>`

/**
 * Who received this item before (for corrections and withdrawals): sent deliveries of the item's
 * earlier release and correction mailings, and of digests that listed it.
 */
async function previousRecipients(payload: Payload, mailing: Mailing): Promise<Set<string>> {
  const earlier = await payload.find({
    collection: slugs.mailings,
    where: {
      and: [
        { itemCollection: { equals: mailing.itemCollection } },
        { itemId: { equals: mailing.itemId } },
        { kind: { in: ['release', 'correction'] } },
        { id: { not_equals: mailing.id } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const out = new Set<string>()
  const collect = async (where: Where, filter?: (items: unknown) => boolean) => {
    let page = 1
    for (;;) {
      const found = await payload.find({ collection: slugs.emailDeliveries, where, limit: 1000, page, depth: 0, overrideAccess: true, select: { subscriber: true, items: true } })
      for (const d of found.docs) if (!filter || filter(d.items)) out.add(String(idOf(d.subscriber)))
      if (!found.hasNextPage) break
      page += 1
    }
  }
  if (earlier.docs.length > 0) {
    await collect({ and: [{ mailing: { in: earlier.docs.map((m) => m.id) } }, { status: { equals: 'sent' } }] })
  }
  const ref = `${mailing.itemCollection}:${mailing.itemId}`
  const digests = await payload.find({ collection: slugs.mailings, where: { kind: { equals: 'digest' } }, sort: '-createdAt', limit: 60, depth: 0, overrideAccess: true })
  if (digests.docs.length > 0) {
    await collect({ and: [{ mailing: { in: digests.docs.map((m) => m.id) } }, { status: { equals: 'sent' } }] }, (items) => Array.isArray(items) && items.some((i) => `${(i as { collection: string }).collection}:${(i as { id: unknown }).id}` === ref))
  }
  return out
}

function audienceWhere(audience: MailingAudience): Where[] {
  const and: Where[] = [{ status: { equals: 'active' } }, { frequency: { equals: 'immediately' } }]
  if (audience === 'accredited') and.push({ accredited: { equals: true } })
  if (audience === 'notAccredited') and.push({ accredited: { not_equals: true } })
  return and
}

export type FanoutDeps = { payload: Payload; batchSize: number; messageDomain: string }

/**
 * Page through the subscribers matching `where` in id order after the mailing's cursor, hand each
 * page to `handle`, then save the cursor: a fan-out stopped by a crash resumes after the last page
 * handled. Ends by moving the mailing to `sending` with its exact number of deliveries.
 */
export async function fanoutBatch(deps: FanoutDeps, mailing: Mailing, where: Where[], handle: (subscribers: SubscriberChoices[]) => Promise<void>): Promise<number> {
  const { payload } = deps
  let cursor = mailing.fanoutCursor ?? null
  for (;;) {
    const and = [...where]
    if (cursor !== null) and.push({ id: { greater_than: dbIdOf(payload, cursor) } })
    // Only what fan-out decides on: reading whole subscriber documents cost ~1.5 ms each.
    const batch = await payload.find({
      collection: slugs.subscribers,
      where: { and },
      sort: 'id',
      limit: deps.batchSize,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: subscriberChoices,
    })
    const subscribers = batch.docs
    if (subscribers.length === 0) break
    await handle(subscribers)
    cursor = String(subscribers[subscribers.length - 1].id)
    await payload.update({ collection: slugs.mailings, id: mailing.id, data: { fanoutCursor: cursor }, overrideAccess: true })
    // SQLite answers synchronously, so without this a fan-out would run as one chain of promises:
    // no request served, no timer run and no incremental garbage collection until it ends (a 50,000
    // subscriber fan-out held 500 MB of garbage and the event loop for 15 s).
    await new Promise((resolve) => setImmediate(resolve))
    if (subscribers.length < deps.batchSize) break
  }
  // Exact, also after a resumed fan-out (rows made before the crash were refused the second time).
  const recipients = (await payload.count({ collection: slugs.emailDeliveries, where: { mailing: { equals: mailing.id } }, overrideAccess: true })).totalDocs
  await payload.update({ collection: slugs.mailings, id: mailing.id, data: { status: 'sending', recipients }, overrideAccess: true })
  return recipients
}

/** Fan a release, correction or withdrawal mailing out to its subscribers (resumable). */
export async function fanOutMailing(deps: FanoutDeps, mailing: Mailing): Promise<number> {
  const { payload } = deps
  const collection = mailing.itemCollection as ContentCollectionSlug
  // The item as the read model holds it (what the agency API and the feeds serve).
  const item = await itemStanding(payload, collection, String(mailing.itemId))
  const topicIds = item ? (item.topics ?? []).map(idOf) : []
  const allowed = mailing.audience === 'previousRecipients' ? await previousRecipients(payload, mailing) : null
  // Not in the read model (never released, or deleted), or what the public may not read (internal
  // training material): no mail. A withdrawn item gets no more release or correction mail (its
  // withdrawal notice still goes). A restricted brief goes to accredited subscribers only, whatever
  // the mailing's audience (its correction or withdrawal too).
  const dead = !item || (item.audience !== 'public' && item.audience !== 'restricted') || (item.withdrawn && mailing.kind !== 'withdrawal')
  const restricted: Where[] = item?.audience === 'restricted' ? [{ accredited: { equals: true } }] : []
  const where: Where[] =
    dead || (allowed !== null && allowed.size === 0)
      ? [{ id: { equals: payload.db.defaultIDType === 'number' ? -1 : '000000000000000000000000' } }]
      : mailing.audience === 'previousRecipients'
        ? [{ status: { equals: 'active' } }, ...restricted]
        : [...audienceWhere(mailing.audience), ...restricted]
  return fanoutBatch(deps, mailing, where, async (subscribers) => {
    const candidates = subscribers.filter((s) => (allowed ? allowed.has(String(s.id)) : wants(s, collection, topicIds)))
    const suppressed = await suppressedAmong(
      payload,
      candidates.map((s) => s.email),
    )
    const rows = candidates.filter((s) => !suppressed.has(s.email)).map((s) => deliveryFor(deps, mailing, s))
    await insertDeliveries(payload, rows, clockOf(payload).now())
  })
}
