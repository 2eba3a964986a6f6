import type { CollectionBeforeChangeHook } from 'payload'

import type { Clipping } from '../../../src/payload-types'
import { clockOf } from '../../../src/workflow/clock'

/** When a clipping becomes `answered`, record when (the workflow clock); nobody sets it by hand. */
export const stampAnsweredAt: CollectionBeforeChangeHook<Clipping> = ({ data, originalDoc, req }) => {
  if (data.status === 'answered' && originalDoc?.status !== 'answered') {
    data.answeredAt = clockOf(req.payload).now().toISOString()
  }
  return data
}
