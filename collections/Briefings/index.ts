import type { CollectionConfig } from 'payload'

import { bodyField, localizedText, summaryField, topicsField } from '../../src/fields/content'
import { relatedItemsField } from '../../src/fields/related'
import { slugField } from '../../src/fields/slug'
import { contentVersions } from '../../src/fields/versions'
import { withWorkflow } from '../../src/workflow/collection'
import { staffField } from '../../src/access/staffField'
import { label } from '../../src/lib/labels'
import { briefingAudiences, slugs } from '../../src/domain'

/**
 * Argument briefs (tài liệu lập luận): the office's documents that explain, clarify and refute false
 * information, given to press agencies and resident correspondents. A `restricted` brief never
 * reaches a public channel (src/access/releasedOrStaff.ts, the read model's `restricted` audience):
 * only accredited subscribers by email and agency clients with the `briefings` scope receive it.
 */
export const Briefings: CollectionConfig = withWorkflow({
  slug: slugs.briefings,
  graphQL: { singularName: 'Briefing', pluralName: 'Briefings' },
  labels: { singular: label('Tài liệu lập luận', 'Argument brief'), plural: label('Tài liệu lập luận', 'Argument briefs') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'state', 'updatedAt'],
    group: label('Nội dung', 'Content'),
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: '-createdAt',
  fields: [
    localizedText({ name: 'title', label: label('Tiêu đề', 'Title'), required: true }),
    summaryField(),
    bodyField(),
    relatedItemsField(),
    {
      name: 'answers',
      type: 'relationship',
      relationTo: slugs.clippings,
      hasMany: true,
      label: label('Phản bác các bài báo', 'Answers these clippings'),
      admin: {
        description: label('Các tin theo dõi báo chí sai sự thật hoặc gây hiểu lầm mà tài liệu này trả lời.', 'The false or misleading press clippings this brief answers.'),
      },
      // Clippings are the office's internal record: only staff see which ones a brief answers.
      access: { read: staffField },
    },
    {
      name: 'audience',
      type: 'select',
      label: label('Phạm vi', 'Audience'),
      required: true,
      // A brief answering false information is for the press first: public only when chosen.
      defaultValue: 'restricted',
      options: [
        { value: briefingAudiences[0], label: label('Công khai', 'Public') },
        {
          value: briefingAudiences[1],
          label: label('Hạn chế (phóng viên được công nhận, cơ quan báo chí được cấp quyền)', 'Restricted (accredited journalists, authorized press agencies)'),
        },
      ],
      admin: { position: 'sidebar' },
    },
    slugField({ from: 'title' }),
    topicsField(),
  ],
  versions: contentVersions,
  timestamps: true,
})
