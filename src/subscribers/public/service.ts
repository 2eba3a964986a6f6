import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { slugs, type ContentCollectionSlug, type Frequency, type Locale } from '../../domain'
import type { Env } from '../../config/env'
import type { Subscriber } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import type { AddressBudget } from '../limits'
import { sendAlreadySubscribed, sendConfirmation } from './mail'
import { isSuppressed, subscriberByEmail } from './records'
import { CONSENT_TEXT_VERSION } from './strings'

/**
 * What the public sign-up pages do to subscribers. Every write is trusted (overrideAccess) and
 * built here field by field: nothing the public sends reaches `status`, `accredited` or
 * `tokenVersion`.
 */
export type SubscriptionDeps = { payload: Payload; env: Env; logger: Logger; budget: AddressBudget }

/** Preferences checked against the database (topic ids as stored). */
export type StoredPreferences = {
  name?: string
  outlet?: string
  country?: string
  language: Locale
  topics: (number | string)[]
  contentTypes: ContentCollectionSlug[]
  frequency: Frequency
}

export type SignupRequest = { email: string; preferences: StoredPreferences; honeypot: boolean; ip: string | undefined; source: 'form' | 'api' }

/** What a sign-up led to: logged, never shown (the answer is the same for all). */
export type SignupOutcome = 'confirmationSent' | 'noticeSent' | 'suppressed' | 'limited' | 'ignored'

const preferenceData = (p: StoredPreferences) => ({
  name: p.name ?? null,
  outlet: p.outlet ?? null,
  country: p.country ?? null,
  language: p.language,
  topics: p.topics as number[],
  contentTypes: p.contentTypes,
  frequency: p.frequency,
})

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { name?: string; data?: { errors?: { path?: string }[] } }
  return e?.name === 'ValidationError' && (e.data?.errors ?? []).some((d) => d.path === 'email')
}

/**
 * Act on a valid sign-up (after the answer went out):
 * - new, pending or unsubscribed: a pending record with these preferences and the consent record,
 *   and a confirmation email;
 * - active: a notice that the address is already subscribed (preferences stay as they are: nobody
 *   proved they own the address);
 * - bounced, complained or on the suppression list: nothing.
 * Either email counts against the address's daily budget; beyond it, nothing happens.
 */
export async function processSignup(deps: SubscriptionDeps, request: SignupRequest): Promise<SignupOutcome> {
  const { payload } = deps
  if (request.honeypot) return 'ignored'
  const existing = await subscriberByEmail(payload, request.email)
  if (existing && (existing.status === 'bounced' || existing.status === 'complained')) return 'suppressed'
  if (await isSuppressed(payload, request.email)) return 'suppressed'
  if (!(await deps.budget.take(request.email))) return 'limited'
  if (existing?.status === 'active') {
    await sendAlreadySubscribed(deps, existing)
    return 'noticeSent'
  }
  const now = clockOf(payload).now()
  const data = {
    ...preferenceData(request.preferences),
    status: 'pending' as const,
    consent: { at: now.toISOString(), ip: request.ip ?? null, textVersion: CONSENT_TEXT_VERSION, source: request.source },
  }
  const pending = existing ? await updateSubscriber(payload, existing.id, data) : await createPending(payload, request.email, data)
  await sendConfirmation(deps, pending, now)
  return 'confirmationSent'
}

type PendingData = ReturnType<typeof preferenceData> & { status: 'pending'; consent: NonNullable<Subscriber['consent']> }

async function createPending(payload: Payload, email: string, data: PendingData): Promise<Subscriber> {
  try {
    return await payload.create({ collection: slugs.subscribers, data: { email, ...data, tokenVersion: 1 }, overrideAccess: true })
  } catch (error) {
    // Another process created the address in the meantime: update that record instead.
    const raced = isUniqueViolation(error) ? await subscriberByEmail(payload, email) : undefined
    if (!raced) throw error
    return updateSubscriber(payload, raced.id, data)
  }
}

function updateSubscriber(payload: Payload, id: Subscriber['id'], data: Partial<Subscriber>): Promise<Subscriber> {
  return payload.update({ collection: slugs.subscribers, id, data, depth: 0, overrideAccess: true })
}

export type ConfirmOutcome = { ok: true; subscriber: Subscriber } | { ok: false }

/**
 * Double opt-in: a pending subscriber becomes active (consent kept). Confirming twice changes
 * nothing. An address that was unsubscribed, bounced, complained or suppressed since the link was
 * sent is not reactivated by it.
 */
export async function confirmSubscriber(deps: SubscriptionDeps, subscriber: Subscriber): Promise<ConfirmOutcome> {
  if (subscriber.status === 'active') return { ok: true, subscriber }
  if (subscriber.status !== 'pending' || (await isSuppressed(deps.payload, subscriber.email))) return { ok: false }
  const now = clockOf(deps.payload).now()
  const updated = await updateSubscriber(deps.payload, subscriber.id, { status: 'active', confirmedAt: now.toISOString(), unsubscribedAt: null, statusReason: null })
  deps.logger.info({ subscriber: subscriber.id }, 'subscription confirmed')
  return { ok: true, subscriber: updated }
}

export async function savePreferences(deps: SubscriptionDeps, subscriber: Subscriber, preferences: StoredPreferences): Promise<Subscriber> {
  return updateSubscriber(deps.payload, subscriber.id, preferenceData(preferences))
}

export type UnsubscribeVia = 'one-click' | 'form'

/** Stop all email to this subscriber. Idempotent; bounced and complained records keep their status. */
export async function unsubscribeSubscriber(deps: SubscriptionDeps, subscriber: Subscriber, via: UnsubscribeVia): Promise<Subscriber> {
  if (subscriber.status !== 'pending' && subscriber.status !== 'active') return subscriber
  const now = clockOf(deps.payload).now()
  const updated = await updateSubscriber(deps.payload, subscriber.id, {
    status: 'unsubscribed',
    unsubscribedAt: now.toISOString(),
    statusReason: via === 'one-click' ? 'unsubscribed: one-click link' : 'unsubscribed: web form',
  })
  deps.logger.info({ subscriber: subscriber.id, via }, 'unsubscribed')
  return updated
}
