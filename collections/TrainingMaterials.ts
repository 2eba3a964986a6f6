import type { CollectionConfig } from 'payload'

import { bodyField, documentsField, localizedText, summaryField, topicsField } from '../src/fields/content'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/fields/versions'
import { withWorkflow } from '../src/workflow/collection'
import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

export const TrainingMaterials: CollectionConfig = withWorkflow({
  slug: slugs.trainingMaterials,
  graphQL: { singularName: 'TrainingMaterial', pluralName: 'TrainingMaterials' },
  labels: {
    singular: label('Tài liệu tập huấn', 'Training material'),
    plural: label('Tài liệu tập huấn', 'Training materials'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'course', 'date', 'visibility', 'state'],
    group: label('Nội dung', 'Content'),
  },
  defaultSort: '-date',
  fields: [
    localizedText({ name: 'title', label: label('Tên tài liệu', 'Title'), required: true }),
    summaryField(),
    bodyField(),
    {
      type: 'row',
      fields: [
        localizedText({ name: 'course', label: label('Khóa / buổi tập huấn', 'Course or session') }),
        localizedText({ name: 'audience', label: label('Đối tượng', 'Audience') }),
      ],
    },
    {
      name: 'date',
      type: 'date',
      label: label('Ngày tập huấn', 'Date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    documentsField('files', label('Tệp tài liệu', 'Files')),
    {
      name: 'visibility',
      type: 'select',
      label: label('Phạm vi', 'Visibility'),
      required: true,
      defaultValue: 'staff',
      options: [
        { value: 'staff', label: label('Chỉ cán bộ nội bộ', 'Staff only') },
        { value: 'public', label: label('Công khai', 'Public') },
      ],
      admin: { position: 'sidebar' },
    },
    slugField({ from: 'title' }),
    topicsField(),
  ],
  versions: contentVersions,
  timestamps: true,
})
