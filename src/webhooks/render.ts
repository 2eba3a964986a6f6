import type { Payload } from 'payload'

import { locales as allLocales, type Locale } from '../domain'
import type { Env } from '../config/env'
import { ninjsContextFor, publishedLocalesOf, readDocs, readVersion, visibleWhere } from '../feed/items'
import { toNinjs, toTombstone } from '../feed/ninjs'
import type { ApiClientContext } from '../feed/types'
import { clockOf } from '../workflow/clock'
import type { StoredEvent } from './eligibility'

/** The body of one webhook POST: the event, and the item as IPTC ninjs, one object per language. */
export type WebhookBody = {
  deliveryId: string
  event: string
  seq: number
  occurredAt: string
  items: unknown[]
}

/** Render the ninjs items of an event for a client (wired to the agency API's serializer). */
export type RenderItems = (args: { payload: Payload; env: Env; event: StoredEvent; client: ApiClientContext; locales: string[] }) => Promise<unknown[]>

/**
 * The item of an event as IPTC ninjs, the same objects the agency API serves: the version the event
 * is about (or the current one if that version is gone), a tombstone once withdrawn.
 */
export const renderNinjs: RenderItems = async ({ payload, env, event, client, locales }) => {
  const now = clockOf(payload).now()
  const collection = event.itemCollection
  const id = payload.db.defaultIDType === 'number' ? Number(event.itemId) : event.itemId
  const [current] = await readDocs(payload, collection, { and: [{ id: { equals: id } }, visibleWhere(collection, now, allLocales, true)] }, { limit: 1 })
  if (!current) return []
  const ctx = await ninjsContextFor({ payload, env, logger: payload.logger }, client, now)
  const wanted = locales as Locale[]
  if (current.state === 'withdrawn') return wanted.map((l) => toTombstone(collection, current, l, ctx))
  const doc = current.publishedVersion === event.version ? current : ((await readVersion(payload, collection, current.id, event.version)) ?? current)
  return wanted.filter((l) => publishedLocalesOf(doc).includes(l)).map((l) => toNinjs(collection, doc, l, ctx))
}
