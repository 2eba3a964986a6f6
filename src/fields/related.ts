import type { RelationshipField } from 'payload'

import { contentCollections } from '../domain'
import { label } from '../lib/labels'

export const relatedItemsField = (): RelationshipField => ({
  name: 'related',
  type: 'relationship',
  label: label('Nội dung liên quan', 'Related items'),
  relationTo: [...contentCollections],
  hasMany: true,
})
