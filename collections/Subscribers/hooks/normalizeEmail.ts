import type { CollectionBeforeValidateHook } from 'payload'

import { normalizeEmailAddress } from '../../../src/email/addresses'

/** One spelling per address (the unique index then catches `A@x.vn` against `a@x.vn`). */
export const normalizeEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = normalizeEmailAddress(data.email)
  return data
}
