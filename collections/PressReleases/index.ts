import type { CollectionConfig } from 'payload'

import {
  bodyField,
  contactsField,
  documentsField,
  imagesField,
  localizedText,
  summaryField,
  topicsField,
} from '../../src/fields/content'
import { relatedItemsField } from '../../src/fields/related'
import { slugField } from '../../src/fields/slug'
import { contentVersions } from '../../src/fields/versions'
import { withWorkflow } from '../../src/workflow/collection'
import { label } from '../../src/lib/labels'
import { slugs } from '../../src/domain'
import { assignReleaseNumber, keepReleaseNumber, releaseUnusedNumber } from './hooks/assignReleaseNumber'

export const PressReleases: CollectionConfig = withWorkflow({
  slug: slugs.pressReleases,
  graphQL: { singularName: 'PressRelease', pluralName: 'PressReleases' },
  labels: { singular: label('Thông cáo báo chí', 'Press release'), plural: label('Thông cáo báo chí', 'Press releases') },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'releaseNumber', 'state', 'embargoUntil', 'updatedAt'],
    group: label('Nội dung', 'Content'),
    listSearchableFields: ['headline', 'releaseNumber', 'summary'],
  },
  defaultSort: '-createdAt',
  fields: [
    localizedText({ name: 'headline', label: label('Tiêu đề', 'Headline'), required: true }),
    summaryField(),
    bodyField(),
    {
      type: 'row',
      fields: [
        localizedText({ name: 'datelinePlace', label: label('Nơi phát hành', 'Dateline place') }),
        {
          name: 'embargoUntil',
          type: 'date',
          label: label('Cấm đăng trước', 'Embargo until'),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
        },
      ],
    },
    contactsField(),
    imagesField(),
    documentsField('attachments', label('Tệp đính kèm (PDF, DOCX)', 'Attachments (PDF, DOCX)')),
    relatedItemsField(),
    {
      name: 'releaseNumber',
      type: 'text',
      label: label('Số thông cáo', 'Release number'),
      unique: true,
      admin: { position: 'sidebar', readOnly: true, description: label('Cấp tự động theo năm.', 'Assigned automatically per year.') },
      access: { update: () => false },
    },
    { name: 'releaseYear', type: 'number', index: true, admin: { hidden: true }, access: { update: () => false } },
    { name: 'releaseSequence', type: 'number', admin: { hidden: true }, access: { update: () => false } },
    slugField({ from: 'headline' }),
    topicsField(),
  ],
  hooks: {
    beforeChange: [assignReleaseNumber],
    afterChange: [keepReleaseNumber],
    afterError: [releaseUnusedNumber],
  },
  versions: contentVersions,
  timestamps: true,
})
