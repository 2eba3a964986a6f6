import { APIError } from 'payload'

import { slugs } from '../../domain'
import type { EmailDelivery, Mailing, Subscriber, Suppression } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { actorOf } from '../../workflow/service'
import { emailHashOf, normalizeEmailAddress } from '../../email/addresses'
import { inTransaction } from '../../db/transaction'
import { asUser, type StaffCtx } from './context'

export type PersonalData = {
  exportedAt: string
  subscriber: Subscriber
  deliveries: {
    mailingKey: string | null
    kind: Mailing['kind'] | null
    email: string
    language: EmailDelivery['language']
    status: EmailDelivery['status']
    attempts: number
    sentAt: string | null
    smtpCode: number | null
    lastError: string | null
    createdAt: string
  }[]
  suppression: Pick<Suppression, 'email' | 'reason' | 'detail' | 'createdAt'> | null
}

/** The event written to the audit log when a subscriber's data is erased. */
export const SUBSCRIBER_ERASED_EVENT = 'subscriberErased'

async function subscriberOr404(ctx: StaffCtx, id: string): Promise<Subscriber> {
  const doc = await ctx.payload.findByID({ collection: slugs.subscribers, id, depth: 0, disableErrors: true, ...asUser(ctx) })
  if (!doc) throw new APIError(`No subscriber with id ${id}`, 404, null, true)
  return doc
}

async function suppressionOf(ctx: StaffCtx, email: string): Promise<Suppression | null> {
  const found = await ctx.payload.find({ collection: slugs.suppressions, where: { emailHash: { equals: emailHashOf(email) } }, limit: 1, depth: 0, ...asUser(ctx) })
  return found.docs[0] ?? null
}

/**
 * Everything held about one subscriber (Decree 13/2023, right of access): the subscriber record
 * with its consent, every email sent or queued to them, and their suppression entry if any.
 */
export async function personalDataOf(ctx: StaffCtx, id: string): Promise<PersonalData> {
  const subscriber = await subscriberOr404(ctx, id)
  const deliveries = await ctx.payload.find({
    collection: slugs.emailDeliveries,
    where: { subscriber: { equals: subscriber.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 1,
    ...asUser(ctx),
  })
  const suppression = await suppressionOf(ctx, subscriber.email)
  return {
    exportedAt: clockOf(ctx.payload).now().toISOString(),
    subscriber,
    deliveries: deliveries.docs.map((d) => {
      const mailing = typeof d.mailing === 'object' ? d.mailing : null
      return {
        mailingKey: mailing?.key ?? null,
        kind: mailing?.kind ?? null,
        email: d.email,
        language: d.language,
        status: d.status,
        attempts: d.attempts,
        sentAt: d.sentAt ?? null,
        smtpCode: d.smtpCode ?? null,
        lastError: d.lastError ?? null,
        createdAt: d.createdAt,
      }
    }),
    suppression: suppression ? { email: suppression.email, reason: suppression.reason, detail: suppression.detail, createdAt: suppression.createdAt } : null,
  }
}

/** What an erased person's deliveries carry instead of the address: no one, but still countable. */
export const erasedAddressOf = (emailHash: string): string => `erased-${emailHash.slice(0, 12)}@invalid`

/**
 * Erase one subscriber (Decree 13/2023, right to erasure), in one transaction:
 * 1. the address goes on the suppression list by hash only (`email` empty, reason `erased`), so the
 *    office still never mails it again, and a later import of it is skipped;
 * 2. their deliveries keep their place in the reports but lose the address (`erased-<hash>@invalid`)
 *    and the server's error text; any still queued or failed become `canceled`, so nothing goes out;
 * 3. the subscriber record is deleted;
 * 4. the audit log records who erased which record id, and when: no personal data.
 * `confirm` must be the subscriber's address (400 otherwise); an unknown id is 404.
 */
export async function eraseSubscriber(ctx: StaffCtx, id: string, confirm: unknown): Promise<{ erased: true }> {
  const subscriber = await subscriberOr404(ctx, id)
  if (typeof confirm !== 'string' || normalizeEmailAddress(confirm) !== subscriber.email) {
    throw new APIError('"confirm" must be the subscriber\'s email address, typed again', 400, null, true)
  }
  const emailHash = emailHashOf(subscriber.email)
  await inTransaction(ctx.req, async () => {
    const existing = await suppressionOf(ctx, subscriber.email)
    const suppression = { emailHash, email: null, reason: 'erased' as const, detail: existing ? `previously: ${existing.reason}` : null }
    if (existing) await ctx.payload.update({ collection: slugs.suppressions, id: existing.id, data: suppression, depth: 0, ...asUser(ctx) })
    else await ctx.payload.create({ collection: slugs.suppressions, data: suppression, depth: 0, ...asUser(ctx) })

    // Deliveries are written by the server only (no staff access): overridden on purpose.
    const ofSubscriber = { subscriber: { equals: subscriber.id } }
    const anonymous = { email: erasedAddressOf(emailHash), lastError: null }
    await ctx.payload.update({
      collection: slugs.emailDeliveries,
      where: { and: [ofSubscriber, { status: { in: ['queued', 'failed'] } }] },
      data: { ...anonymous, status: 'canceled' },
      overrideAccess: true,
      req: ctx.req,
    })
    await ctx.payload.update({ collection: slugs.emailDeliveries, where: ofSubscriber, data: anonymous, overrideAccess: true, req: ctx.req })

    // No API deletes a subscriber (collections/Subscribers: refuseDirectDelete); erasure is the one
    // way, and the caller's right to it was checked by reading the record as them above.
    await ctx.payload.delete({ collection: slugs.subscribers, id: subscriber.id, depth: 0, overrideAccess: true, req: ctx.req })

    // The audit log is append-only and written by the server alone.
    const actor = actorOf(ctx.req)
    await ctx.payload.create({
      collection: slugs.auditLog,
      data: {
        event: SUBSCRIBER_ERASED_EVENT as never,
        summary: `${SUBSCRIBER_ERASED_EVENT}: ${slugs.subscribers} #${subscriber.id}`,
        itemCollection: slugs.subscribers,
        itemId: String(subscriber.id),
        actor: actor ? (actor.id as number) : null,
        actorName: actor?.name ?? 'system',
        note: 'Personal data erased on request (Decree 13/2023): address kept only as a hash on the suppression list.',
      },
      overrideAccess: true,
      req: ctx.req,
    })
  })
  return { erased: true }
}
