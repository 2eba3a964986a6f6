import type { Payload, PayloadRequest } from 'payload'

import { slugs, type ContentCollectionSlug, type Locale } from '../../collections/slugs'

export const domainEventTypes = ['published', 'corrected', 'withdrawn', 'embargoLifted'] as const
export type DomainEventType = (typeof domainEventTypes)[number]

/** What subscribers (agency API, webhooks, email) learn. They re-read the item by id. */
export type DomainEvent = {
  /** Sequence number of the durable record (content-events id): ordered, unique. */
  id: number | string
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
 */
export async function recordDomainEvent(
  payload: Payload,
  req: PayloadRequest,
  event: Omit<DomainEvent, 'id'>,
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
  const doc = await payload.create({
    collection: slugs.contentEvents,
    data: {
      key,
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
  return { ...event, id: doc.id }
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
