import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { editorial } from '../../src/access/editorial'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { staffOnly } from '../../src/access/staffOnly'
import { slugs } from '../../src/domain'
import { localizedText, localizedTextarea } from '../../src/fields/content'
import { slugField } from '../../src/fields/slug'
import { label } from '../../src/lib/labels'
import { deleteExhibitsOfExhibition, refreshExhibitionMedia } from './hooks/exhibitionHooks'

export { Exhibits } from './Exhibits'

/**
 * A digital exhibition (triển lãm số): an introduction and its exhibits (the `exhibits` collection,
 * ordered). Outside the editorial workflow: editors and publishers publish it themselves with
 * Payload's drafts (`_status`); the public reads published exhibitions only.
 */
export const Exhibitions: CollectionConfig = {
  slug: slugs.exhibitions,
  graphQL: { singularName: 'Exhibition', pluralName: 'Exhibitions' },
  labels: { singular: label('Triển lãm số', 'Exhibition'), plural: label('Triển lãm số', 'Exhibitions') },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: editorial,
    update: editorial,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: label('Nội dung', 'Content'),
  },
  fields: [
    localizedText({ name: 'title', label: label('Tên triển lãm', 'Title'), required: true }),
    localizedTextarea({ name: 'introduction', label: label('Giới thiệu', 'Introduction') }),
    {
      name: 'cover',
      type: 'upload',
      label: label('Ảnh bìa', 'Cover image'),
      relationTo: slugs.media,
      filterOptions: { mimeType: { contains: 'image' } },
    },
    { ...slugField({ from: 'title', localized: false }), unique: true },
  ],
  hooks: {
    afterChange: [refreshExhibitionMedia],
    afterDelete: [deleteExhibitsOfExhibition],
  },
  versions: {
    drafts: { autosave: false },
    maxPerDoc: 50,
  },
  timestamps: true,
}
