import type { Access, CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { publishedOrStaff } from './publishedOrStaff'
import { staffOnly } from './staffOnly'
import { writers } from './writers'

/**
 * Access shared by every content collection. Reading is public for published items only; the
 * workflow (issue 3) narrows writing per transition.
 */
export const contentAccess = (read: Access = publishedOrStaff): NonNullable<CollectionConfig['access']> => ({
  read,
  readVersions: staffOnly,
  create: writers,
  update: writers,
  delete: adminOnly,
})
