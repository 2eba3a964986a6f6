import { isContentCollection, isLocale, type ContentCollectionSlug, type Locale } from '../domain'
import type { ApiClientContext } from '../feed/types'
import type { ContentEvent } from '../payload-types'
import type { DomainEventType } from '../workflow/events'

export type StoredEvent = {
  seq: number
  type: DomainEventType
  itemCollection: ContentCollectionSlug
  itemId: string
  version: number
  locales: Locale[]
  occurredAt: string
  embargoUntil?: string | null
  note?: string | null
}

/** An event row as delivery reads it: its collection a content collection, its languages a list (a JSON field). Null for a row that is neither. */
export function storedEventOf(doc: ContentEvent): StoredEvent | null {
  if (!isContentCollection(doc.itemCollection)) return null
  const locales = Array.isArray(doc.locales) ? doc.locales.filter(isLocale) : []
  return { ...doc, itemCollection: doc.itemCollection, locales }
}

/**
 * What a client is told about an event, if anything. Embargoed publications reach only clients with
 * the embargo privilege; the others learn of the item when the embargo lifts, as its publication.
 * Returns the event type to announce and the languages in the client's scope, or null.
 */
export function announcementFor(event: StoredEvent, client: ApiClientContext, subscribed: readonly string[]): { type: DomainEventType; locales: Locale[] } | null {
  if (client.types.length > 0 && !client.types.includes(event.itemCollection)) return null
  const locales = client.languages.length > 0 ? event.locales.filter((l) => client.languages.includes(l)) : event.locales
  if (locales.length === 0) return null
  const embargoedAtEvent = Boolean(event.embargoUntil) && new Date(event.embargoUntil as string).getTime() > new Date(event.occurredAt).getTime()
  let type: DomainEventType = event.type
  if (!client.embargoPrivilege) {
    if ((event.type === 'published' || event.type === 'corrected') && embargoedAtEvent) return null
    if (event.type === 'embargoLifted') type = 'published'
  }
  return subscribed.includes(type) ? { type, locales } : null
}
