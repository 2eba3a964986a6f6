import type { CollectionAfterChangeHook } from 'payload'

import { slugs } from '../../domain'
import type { Suppression } from '../../payload-types'
import { hasRole } from '../../access/roles'
import { clockOf } from '../../workflow/clock'

export const SUPPRESSED_BY_STAFF = 'suppressed by staff'

/**
 * A staff member put an address on the suppression list: its subscriber, if still pending or
 * active, becomes `unsubscribed` (reason "suppressed by staff") in the same transaction. Entries
 * the system writes (bounces, complaints, erasures) set the subscriber's status themselves.
 */
export const unsubscribeSuppressed: CollectionAfterChangeHook<Suppression> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.email || !hasRole(req.user, 'editor', 'publisher')) return doc
  const found = await req.payload.find({
    collection: slugs.subscribers,
    where: { and: [{ email: { equals: doc.email } }, { status: { in: ['pending', 'active'] } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const subscriber = found.docs[0]
  if (subscriber) {
    await req.payload.update({
      collection: slugs.subscribers,
      id: subscriber.id,
      data: { status: 'unsubscribed', statusReason: SUPPRESSED_BY_STAFF, unsubscribedAt: clockOf(req.payload).now().toISOString() },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  }
  return doc
}
