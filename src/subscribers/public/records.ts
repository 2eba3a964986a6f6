import type { Payload } from 'payload'

import { slugs, type Locale } from '../../domain'
import { emailHashOf } from '../../email/addresses'
import { fallbackOrder, textIn } from '../../lib/localized'
import type { Subscriber } from '../../payload-types'
import { verifyToken, type SubscriberId, type TokenFailure, type TokenPurpose } from '../tokens'

/** Reads of subscribers, suppressions and topics for the public pages (trusted: access is overridden). */

export async function subscriberByEmail(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({
    collection: slugs.subscribers,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

export async function subscriberById(payload: Payload, id: SubscriberId): Promise<Subscriber | undefined> {
  const doc = await payload.findByID({ collection: slugs.subscribers, id, depth: 0, overrideAccess: true, disableErrors: true })
  return doc ?? undefined
}

export async function isSuppressed(payload: Payload, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: slugs.suppressions,
    where: { emailHash: { equals: emailHashOf(email) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** On failure, `language` is the subscriber's when the link was authentic (expired, revoked), for the page. */
export type TokenResult = { ok: true; subscriber: Subscriber } | { ok: false; reason: TokenFailure; language?: Locale }

/**
 * The subscriber a link belongs to. `revoked`: the signature is ours but the subscriber's
 * `tokenVersion` moved on (links voided) or the record is gone (erased).
 */
export async function subscriberFromToken(payload: Payload, secret: string, token: unknown, purpose: TokenPurpose, now: Date): Promise<TokenResult> {
  const checked = verifyToken(secret, token, purpose, now)
  if (!checked.ok && checked.reason === 'invalid') return checked
  const subscriber = await subscriberById(payload, checked.claims.subscriberId)
  if (!checked.ok) return { ok: false, reason: checked.reason, language: subscriber?.language }
  if (!subscriber || (subscriber.tokenVersion ?? 1) !== checked.claims.tokenVersion) return { ok: false, reason: 'revoked', language: subscriber?.language }
  return { ok: true, subscriber }
}

export type TopicChoice = { id: number | string; name: string; lang: Locale }

/** Every topic, named in `lang` (Vietnamese when it has no name in that language), sorted by name. */
export async function topicChoices(payload: Payload, lang: Locale): Promise<TopicChoice[]> {
  const { docs } = await payload.find({ collection: slugs.topics, locale: 'all', depth: 0, pagination: false, overrideAccess: true })
  return docs
    .map((doc) => {
      const name = textIn(doc.name, fallbackOrder(lang)) ?? { text: String(doc.slug ?? doc.id), lang }
      return { id: doc.id, name: name.text, lang: name.lang }
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang))
}

/** The ids of the chosen topics as stored (number or string), or undefined when one does not exist. */
export function resolveTopics(chosen: (string | number)[], topics: TopicChoice[]): (number | string)[] | undefined {
  const byKey = new Map(topics.map((t) => [String(t.id), t.id]))
  const ids = [...new Set(chosen.map(String))].map((key) => byKey.get(key))
  return ids.every((id) => id !== undefined) ? (ids as (number | string)[]) : undefined
}
