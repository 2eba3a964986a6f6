import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { anyone } from '../src/access/anyone'
import { editorial } from '../src/access/editorial'
import { label } from '../src/lib/labels'
import { localizedText, localizedTextarea } from '../src/fields/content'
import { slugField } from '../src/fields/slug'
import { slugs } from '../src/domain'

export const Topics: CollectionConfig = {
  slug: slugs.topics,
  graphQL: { singularName: 'Topic', pluralName: 'Topics' },
  labels: { singular: label('Chủ đề', 'Topic'), plural: label('Chủ đề', 'Topics') },
  access: {
    read: anyone,
    create: editorial,
    update: editorial,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: label('Danh mục', 'Reference'),
  },
  fields: [
    localizedText({ name: 'name', label: label('Tên chủ đề', 'Name'), required: true }),
    localizedTextarea({ name: 'description', label: label('Mô tả', 'Description') }),
    { ...slugField({ from: 'name', localized: false }), unique: true },
  ],
  timestamps: true,
}
