/**
 * "Chờ tôi duyệt" in the admin navigation (admin.components.afterNavLinks), with how many items
 * wait for the signed-in editor or publisher. Contributors have no queue and see no link.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { pick, text } from './labels'
import { asPrincipal, countReviewQueue, queueQueries } from './reviewQueue'
import { ReviewQueueNavLinkClient } from './ReviewQueueNavLinkClient'

export async function ReviewQueueNavLink({ payload, user, i18n }: ServerProps) {
  const principal = asPrincipal(user)
  if (!payload || queueQueries(principal).length === 0) return null
  let count: number | null = null
  try {
    count = await countReviewQueue(payload, principal)
  } catch (error) {
    // The link matters more than the number.
    payload.logger.warn({ err: error }, 'review queue count failed')
  }
  return (
    <ReviewQueueNavLinkClient href={`${payload.config.routes.admin}/review`} label={pick(text.queueTitle, i18n?.language)} count={count} />
  )
}
