import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { slugs, type ContentCollectionSlug, type Locale } from '../domain'

export const domainEventTypes = ['published', 'corrected', 'withdrawn', 'embargoLifted'] as const
export type DomainEventType = (typeof domainEventTypes)[number]

/** What subscribers (agency API, webhooks, email) learn. They re-read the item by id. */
export type DomainEvent = {
  /** Id of the durable record in content-events. */
  id: number | string
  /** Position in the change feed: unique, and assigned in commit order. */
  seq: number
  type: DomainEventType
  collection: ContentCollectionSlug
  itemId: number | string
  /** The published version this event is about (1 for the first publication). */
  version: number
  locales: Locale[]
  occurredAt: string
  embargoUntil: string | null
  note: string | null
}

export type DomainEventHandler = (event: DomainEvent, payload: Payload) => Promise<void> | void

const handlers = new Map<Payload, Set<DomainEventHandler>>()

/**
 * Subscribe to domain events of one Payload instance. Handlers run after the transition has
 * committed; the durable record in `content-events` is the source of truth, so a handler that must
 * not miss anything (webhooks, email) enqueues a job carrying the event id and lets the job re-read.
 */
export function onDomainEvent(payload: Payload, handler: DomainEventHandler): () => void {
  const set = handlers.get(payload) ?? new Set()
  set.add(handler)
  handlers.set(payload, set)
  return () => set.delete(handler)
}

/**
 * Record an event inside the caller's transaction. Returns null when the same event (item, version,
 * type) was recorded before: retries and duplicate jobs emit nothing twice.
 *
 * `seq` is the last one plus one, under a unique index. Two transactions recording at once both
 * try the same number: the database makes the second wait for the first and then refuses it (the
 * caller retries, see `isEventConflict`). So a transaction can only take number n + 1 after the one
 * holding n has committed: numbers appear in commit order, and a change-feed reader that has seen
 * n has seen everything before it.
 */
export async function recordDomainEvent(
  payload: Payload,
  req: PayloadRequest,
  event: Omit<DomainEvent, 'id' | 'seq'>,
): Promise<DomainEvent | null> {
  const key = `${event.collection}:${event.itemId}:${event.version}:${event.type}`
  const existing = await payload.find({
    collection: slugs.contentEvents,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  if (existing.docs.length > 0) return null
  const last = await payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1, depth: 0, pagination: false, req })
  const seq = (last.docs[0]?.seq ?? 0) + 1
  const doc = await payload.create({
    collection: slugs.contentEvents,
    data: {
      key,
      seq,
      type: event.type,
      itemCollection: event.collection,
      itemId: String(event.itemId),
      version: event.version,
      locales: event.locales,
      occurredAt: event.occurredAt,
      embargoUntil: event.embargoUntil,
      note: event.note,
    },
    req,
  })
  return { ...event, id: doc.id, seq }
}

/** A unique-index conflict on content-events: another transaction recorded first; try again. */
export function isEventConflict(error: unknown): boolean {
  if (!(error instanceof ValidationError)) return false
  const data = error.data as { collection?: string; errors?: { path?: string }[] } | undefined
  return data?.collection === slugs.contentEvents
}

/** Hand committed events to subscribers. A failing handler is logged and does not stop the others. */
export async function dispatchDomainEvents(payload: Payload, events: DomainEvent[]): Promise<void> {
  const set = handlers.get(payload)
  if (!set || events.length === 0) return
  for (const event of events) {
    for (const handler of set) {
      try {
        await handler(event, payload)
      } catch (error) {
        payload.logger.error({ err: error, event }, `domain event handler failed for ${event.type} ${event.collection}/${event.itemId}`)
      }
    }
  }
}
