import type { Access } from 'payload'

import { publishedOnly } from './publishedOrStaff'
import { isStaff } from './roles'

/** Training materials marked "staff only" never reach the public, published or not. */
export const publicTrainingMaterialsOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : { and: [publishedOnly, { visibility: { equals: 'public' } }] }
