import type { CollectionConfig } from 'payload'

import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

/**
 * One row per issued press-release number. The unique index on `value` is what keeps numbers
 * unique when releases are created concurrently (see assignReleaseNumber). Internal: no API access.
 */
export const ReleaseNumbers: CollectionConfig = {
  slug: slugs.releaseNumbers,
  graphQL: { singularName: 'ReleaseNumber', pluralName: 'ReleaseNumbers' },
  labels: { singular: label('Số thông cáo', 'Release number'), plural: label('Số thông cáo', 'Release numbers') },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: { hidden: true },
  fields: [
    { name: 'value', type: 'text', required: true, unique: true },
    { name: 'year', type: 'number', required: true, index: true },
    { name: 'sequence', type: 'number', required: true },
  ],
  timestamps: true,
}
