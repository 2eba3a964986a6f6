import type { Payload, Where } from 'payload'

import { slugs } from '../../domain'

/**
 * Put deliveries back in the queue (staff "resend to failed"): failed rows matching `where` become
 * queued, due now, with their last error kept until the next attempt. Bounced and suppressed rows
 * are not touched: those addresses must not be mailed again. The sender (runner.ts) picks them up
 * at its next pass, within JOBS_INTERVAL_SECONDS. Returns how many were re-queued.
 */
export async function requeueDeliveries(payload: Payload, where: Where): Promise<number> {
  const result = await payload.update({
    collection: slugs.emailDeliveries,
    where: { and: [where, { status: { equals: 'failed' } }] },
    data: { status: 'queued', nextAttemptAt: new Date().toISOString(), leaseOwner: null, leaseUntil: null },
    overrideAccess: true,
  })
  return result.docs.length
}
