import type { Access } from 'payload'

import { clockOf } from '../workflow/clock'
import { isStaff } from './roles'

/**
 * Media are not public before the items they belong to: staff read every file; everyone else reads
 * a media document, and its files (`/api/media/file/:filename` applies the same rule), only once its
 * `releasedAt` has passed by the injectable clock. `releasedAt` is kept by the workflow
 * (src/workflow/mediaVisibility.ts); null (nothing public uses the file) never matches.
 */
export const releasedMediaOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : { releasedAt: { less_than_equal: clockOf(req.payload).now().toISOString() } }
