import { APIError } from 'payload'

import { contentCollections, deliveryStatuses, isContentCollection, slugs, type ContentCollectionSlug, type DeliveryStatus, type MailingAudience, type MailingKind } from '../../domain'
import { asUser, type StaffCtx } from '../../subscribers/staff/context'

export const MAX_REPORTED_FAILURES = 200
/** The rows a report lists as failures: not delivered, with the server's answer. */
export const failureStatuses = ['failed', 'bounced'] as const satisfies readonly DeliveryStatus[]

export type MailingReport = {
  /** `skipReason` only for a skipped mailing (never sent, e.g. its event was too old). */
  mailing: { id: number | string; kind: MailingKind; key: string; audience: MailingAudience; createdAt: string; status: string; skipReason?: string }
  counts: Record<DeliveryStatus, number>
  failures: { email: string; status: DeliveryStatus; smtpCode: number | null; lastError: string | null; attempts: number; updatedAt: string }[]
}


/** The item a report is about, checked: 400 naming the parameter. */
export function checkReportTarget(collection: string | undefined, id: string | undefined): { collection: ContentCollectionSlug; id: string } {
  if (!isContentCollection(collection)) {
    throw new APIError(`"collection" must be one of: ${contentCollections.join(', ')}`, 400, null, true)
  }
  if (!id) throw new APIError('"id" (the item id) is required', 400, null, true)
  return { collection, id }
}

/** One mailing's delivery counts per status and its latest failures. */
export async function mailingReport(ctx: StaffCtx, mailing: MailingReport['mailing']): Promise<MailingReport> {
  const ofMailing = { mailing: { equals: mailing.id } }
  const counts = Object.fromEntries(
    await Promise.all(
      deliveryStatuses.map(async (status) => {
        const { totalDocs } = await ctx.payload.count({ collection: slugs.emailDeliveries, where: { and: [ofMailing, { status: { equals: status } }] }, ...asUser(ctx) })
        return [status, totalDocs] as const
      }),
    ),
  ) as Record<DeliveryStatus, number>
  const failed = await ctx.payload.find({
    collection: slugs.emailDeliveries,
    where: { and: [ofMailing, { status: { in: [...failureStatuses] } }] },
    sort: '-updatedAt',
    limit: MAX_REPORTED_FAILURES,
    depth: 0,
    ...asUser(ctx),
  })
  return {
    mailing,
    counts,
    failures: failed.docs.map((d) => ({
      email: d.email,
      status: d.status,
      smtpCode: d.smtpCode ?? null,
      lastError: d.lastError ?? null,
      attempts: d.attempts,
      updatedAt: d.updatedAt,
    })),
  }
}

/** Every mailing of one content item (release, correction, withdrawal), oldest first, with its report. */
export async function deliveryReport(ctx: StaffCtx, collection: string, itemId: string): Promise<MailingReport[]> {
  const mailings = await ctx.payload.find({
    collection: slugs.mailings,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: itemId } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    ...asUser(ctx),
  })
  const reports: MailingReport[] = []
  for (const m of mailings.docs) {
    const skipped = m.status === 'skipped' ? { skipReason: m.skipReason ?? '' } : {}
    reports.push(await mailingReport(ctx, { id: m.id, kind: m.kind, key: m.key, audience: m.audience, createdAt: m.createdAt, status: m.status, ...skipped }))
  }
  return reports
}

export type MailedItem = { collection: ContentCollectionSlug; id: string; lastMailingAt: string; kinds: MailingKind[] }

/** The items mailed most recently (digests excluded), newest first, from the latest mailings. */
export async function recentlyMailedItems(ctx: StaffCtx, limit: number): Promise<MailedItem[]> {
  const mailings = await ctx.payload.find({
    collection: slugs.mailings,
    where: { and: [{ kind: { not_equals: 'digest' } }, { itemId: { exists: true } }] },
    sort: '-createdAt',
    limit: limit * 5,
    depth: 0,
    select: { kind: true, itemCollection: true, itemId: true, createdAt: true },
    ...asUser(ctx),
  })
  const items = new Map<string, MailedItem>()
  for (const m of mailings.docs) {
    if (!isContentCollection(m.itemCollection) || !m.itemId) continue
    const key = `${m.itemCollection}:${m.itemId}`
    const item = items.get(key) ?? { collection: m.itemCollection, id: m.itemId, lastMailingAt: m.createdAt, kinds: [] }
    if (!item.kinds.includes(m.kind)) item.kinds.push(m.kind)
    items.set(key, item)
  }
  return [...items.values()].slice(0, limit)
}
