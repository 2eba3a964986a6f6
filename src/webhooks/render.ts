import type { Payload } from 'payload'

import { locales as allLocales, type Locale } from '../domain'
import type { Env } from '../config/env'
import { dbIdOf } from '../db/engine'
import { ninjsContextFor, publishedLocalesOf, readVersion } from '../feed/items'
import { toNinjs } from '../feed/ninjs'
import { itemRecords, ninjsOf } from '../readModel/read'
import { audienceOf } from '../readModel/record'
import { clientAudiences } from '../feed/scope'
import type { NinjsRecord } from '../readModel/queries'
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
  const id = dbIdOf(payload, event.itemId)
  const records = await itemRecords(payload, { collection, ids: [String(id)], locales: allLocales, now, embargoed: true, audiences: clientAudiences(client) })
  if (records.length === 0) return []
  const ctx = await ninjsContextFor({ payload, env, logger: payload.logger }, client, now)
  const wanted = locales as Locale[]
  const current = records[0]
  const inRecords = (l: Locale) => records.find((r) => r.language === l)
  if (current.withdrawn || current.version === event.version) {
    return wanted.flatMap((l) => {
      const record = inRecords(l)
      return record ? [ninjsOf(record, ctx)] : []
    })
  }
  const doc = await readVersion(payload, collection, id, event.version)
  // The version is gone: the current one, as before.
  if (!doc) return wanted.flatMap((l) => (inRecords(l) ? [ninjsOf(inRecords(l) as NinjsRecord, ctx)] : []))
  // That version was for an audience the client does not read (a brief restricted then, public now).
  if (!clientAudiences(client).includes(audienceOf(collection, doc))) return []
  return wanted.filter((l) => publishedLocalesOf(doc).includes(l)).map((l) => toNinjs(collection, doc, l, ctx))
}
