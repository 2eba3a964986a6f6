import type { CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { releasedOrStaff, type ReleaseRuleOptions } from './releasedOrStaff'
import { staffOnly } from './staffOnly'
import { writers } from './writers'

/**
 * Access shared by every content collection. The public reads released items only; staff write
 * drafts, and the workflow (src/workflow) decides every step beyond a draft.
 */
export const contentAccess = (release: ReleaseRuleOptions = {}): NonNullable<CollectionConfig['access']> => ({
  read: releasedOrStaff(release),
  readVersions: staffOnly,
  create: writers,
  update: writers,
  delete: adminOnly,
})
