import type { CollectionConfig } from 'payload'

import { localizedText, summaryField, topicsField } from '../src/fields/content'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/fields/versions'
import { withWorkflow } from '../src/workflow/collection'
import { label } from '../src/lib/labels'
import { httpUrl } from '../src/lib/validators'
import { slugs } from '../src/domain'

export const partnerMediaKinds = [
  { value: 'article', label: label('Bài viết', 'Article') },
  { value: 'video', label: label('Video', 'Video') },
  { value: 'photo-story', label: label('Phóng sự ảnh', 'Photo story') },
  { value: 'broadcast', label: label('Chương trình phát thanh / truyền hình', 'Broadcast') },
  { value: 'podcast', label: label('Podcast', 'Podcast') },
]

export const PartnerMedia: CollectionConfig = withWorkflow({
  slug: slugs.partnerMedia,
  graphQL: { singularName: 'PartnerMediaItem', pluralName: 'PartnerMedia' },
  labels: {
    singular: label('Sản phẩm hợp tác truyền thông', 'Partner media item'),
    plural: label('Sản phẩm hợp tác truyền thông', 'Partner media'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'partner', 'kind', 'date', 'state'],
    group: label('Đối tác', 'Partners'),
  },
  defaultSort: '-date',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'partner', type: 'relationship', label: label('Đối tác', 'Partner'), relationTo: slugs.partners, required: true },
        { name: 'kind', type: 'select', label: label('Loại sản phẩm', 'Kind'), required: true, options: partnerMediaKinds },
      ],
    },
    localizedText({ name: 'title', label: label('Tiêu đề', 'Title'), required: true }),
    summaryField(),
    {
      name: 'originalUrl',
      type: 'text',
      label: label('Đường dẫn gốc', 'Original URL'),
      validate: httpUrl(label('Đường dẫn gốc', 'Original URL')),
    },
    {
      name: 'date',
      type: 'date',
      label: label('Ngày đăng', 'Date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'media',
      type: 'upload',
      label: label('Hình ảnh, video, âm thanh', 'Media'),
      relationTo: slugs.media,
      hasMany: true,
    },
    slugField({ from: 'title' }),
    topicsField(),
  ],
  versions: contentVersions,
  timestamps: true,
})
