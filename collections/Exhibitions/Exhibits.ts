import type { CollectionConfig } from 'payload'

import { editorial } from '../../src/access/editorial'
import { exhibitsOfPublishedExhibitions } from '../../src/access/exhibitsOfPublishedExhibitions'
import { exhibitKinds, slugs } from '../../src/domain'
import { localizedText, localizedTextarea } from '../../src/fields/content'
import { slugField } from '../../src/fields/slug'
import { label } from '../../src/lib/labels'
import { queueExhibitTiles, refreshExhibitMedia, releaseDeletedExhibitMedia } from './hooks/exhibitHooks'

const exhibitKindLabels = {
  map: label('Bản đồ', 'Map'),
  document: label('Tài liệu', 'Document'),
  photograph: label('Ảnh', 'Photograph'),
  object: label('Hiện vật', 'Object'),
}

/**
 * One exhibit of an exhibition: its own document (and page, `/{lang}/exhibitions/{exhibition}/{slug}`),
 * placed by `order`. Its picture gets zoom tiles through the job queue (src/exhibitions/jobs.ts).
 */
export const Exhibits: CollectionConfig = {
  slug: slugs.exhibits,
  graphQL: { singularName: 'Exhibit', pluralName: 'Exhibits' },
  labels: { singular: label('Hiện vật, tư liệu', 'Exhibit'), plural: label('Hiện vật, tư liệu', 'Exhibits') },
  access: {
    read: exhibitsOfPublishedExhibitions,
    create: editorial,
    update: editorial,
    delete: editorial,
  },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['caption', 'exhibition', 'order', 'kind', 'updatedAt'],
    group: label('Nội dung', 'Content'),
  },
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'exhibition', type: 'relationship', relationTo: slugs.exhibitions, required: true, index: true, label: label('Triển lãm', 'Exhibition') },
        { name: 'order', type: 'number', required: true, min: 1, max: 9999, index: true, label: label('Thứ tự', 'Order') },
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('Loại', 'Kind'),
          options: exhibitKinds.map((value) => ({ value, label: exhibitKindLabels[value] })),
        },
      ],
    },
    localizedText({ name: 'caption', label: label('Chú thích', 'Caption'), required: true }),
    {
      type: 'row',
      fields: [
        localizedText({ name: 'dateText', label: label('Niên đại', 'Date') }),
        {
          name: 'year',
          type: 'number',
          min: -3000,
          max: 2100,
          label: label('Năm (để sắp xếp)', 'Year (for sorting)'),
          admin: { description: label('Không bắt buộc, ví dụ 1838.', 'Optional, e.g. 1838.') },
        },
      ],
    },
    localizedText({ name: 'source', label: label('Nguồn', 'Source') }),
    localizedTextarea({ name: 'provenance', label: label('Xuất xứ', 'Provenance') }),
    localizedTextarea({ name: 'description', label: label('Nội dung thể hiện', 'What it shows') }),
    {
      name: 'image',
      type: 'upload',
      relationTo: slugs.media,
      required: true,
      label: label('Ảnh độ phân giải cao', 'High-resolution image'),
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      // Written by the tiles job only: the tiles folder of the picture's current file.
      name: 'zoomTiles',
      type: 'text',
      label: label('Ảnh phóng to (tiles)', 'Zoom tiles'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: () => false, update: () => false },
    },
    { ...slugField({ from: 'caption', localized: false }), unique: true },
  ],
  hooks: {
    afterChange: [queueExhibitTiles, refreshExhibitMedia],
    afterDelete: [releaseDeletedExhibitMedia],
  },
  timestamps: true,
}
