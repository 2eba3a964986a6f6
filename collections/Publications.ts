import type { CollectionConfig, PayloadRequest } from 'payload'

import { bodyField, documentsField, localizedText, summaryField, topicsField } from '../src/fields/content'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/fields/versions'
import { validationMessages } from '../src/i18n/validation'
import { isValidIsbn } from '../src/lib/isbn'
import { withWorkflow } from '../src/workflow/collection'
import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

export const publicationKinds = [
  { value: 'book', label: label('Sách', 'Book') },
  { value: 'brochure', label: label('Sách mỏng / brochure', 'Brochure') },
  { value: 'leaflet', label: label('Tờ gấp', 'Leaflet') },
  { value: 'photo-book', label: label('Sách ảnh', 'Photo book') },
  { value: 'video', label: label('Phim / video', 'Video') },
  { value: 'infographic', label: label('Đồ họa thông tin', 'Infographic') },
  { value: 'e-magazine', label: label('Tạp chí điện tử (e-magazine)', 'E-magazine') },
  { value: 'map', label: label('Bản đồ', 'Map') },
]

export const Publications: CollectionConfig = withWorkflow({
  slug: slugs.publications,
  graphQL: { singularName: 'Publication', pluralName: 'Publications' },
  labels: { singular: label('Ấn phẩm', 'Publication'), plural: label('Ấn phẩm', 'Publications') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'year', 'state', 'updatedAt'],
    group: label('Nội dung', 'Content'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: label('Loại ấn phẩm', 'Kind'),
      required: true,
      options: publicationKinds,
    },
    localizedText({ name: 'title', label: label('Tên ấn phẩm', 'Title'), required: true }),
    summaryField(),
    bodyField(),
    {
      name: 'cover',
      type: 'upload',
      label: label('Ảnh bìa', 'Cover'),
      relationTo: slugs.media,
      filterOptions: { mimeType: { contains: 'image' } },
    },
    documentsField('files', label('Tệp theo ngôn ngữ', 'Files per language'), { localized: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'isbn',
          type: 'text',
          label: label('ISBN', 'ISBN'),
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidIsbn(value) ? true : validationMessages(req).isbn,
        },
        { name: 'publicationNumber', type: 'text', label: label('Số giấy phép xuất bản', 'Publication number') },
      ],
    },
    {
      type: 'row',
      fields: [
        localizedText({ name: 'publisher', label: label('Nhà xuất bản', 'Publisher') }),
        { name: 'year', type: 'number', label: label('Năm xuất bản', 'Year'), min: 1945, max: 2100 },
      ],
    },
    slugField({ from: 'title' }),
    topicsField(),
  ],
  versions: contentVersions,
  timestamps: true,
})
