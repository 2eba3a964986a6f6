import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { staffOnly } from '../../src/access/staffOnly'
import { clippingStatuses, clippingTones, slugs } from '../../src/domain'
import { countryCodeField, monitoringLanguageField, ruleLanguageField } from '../../src/fields/monitoring'
import { label } from '../../src/lib/labels'
import { httpUrl } from '../../src/lib/validators'
import { reportText } from '../../src/monitoring/report/text'
import { reportEndpoint } from './endpoints/report'
import { searchEndpoint } from './endpoints/search'
import { auditTriage } from './hooks/auditTriage'
import { indexClippingEntry, unindexClippingEntry } from './hooks/indexClipping'
import { stampAnsweredAt } from './hooks/stampAnsweredAt'

/** What the poller found: staff file it by hand but never rewrite it afterwards. */
const foundOnly = { update: () => false }

// One name per tone and status: the ones the press report prints.
const toneLabels = reportText.labelsOf((m) => m.tones)
const statusLabels = reportText.labelsOf((m) => m.statuses)

/**
 * Clippings (tin theo dõi): entries of monitored feeds that mention the province, kept by the poller
 * (src/monitoring/poll.ts), one per canonical URL, with the outlets that carried the same story in
 * `alsoAt`. Staff triage them (tone, topic, needs an answer, assignee, status); every triage change
 * is in the audit log. Staff may file one by hand (found elsewhere); only admins delete. The reports
 * count these fields by name: keep them.
 */
export const Clippings: CollectionConfig = {
  slug: slugs.clippings,
  graphQL: { singularName: 'Clipping', pluralName: 'Clippings' },
  labels: { singular: label('Tin theo dõi', 'Clipping'), plural: label('Tin theo dõi báo chí', 'Clippings') },
  access: {
    read: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'language', 'tone', 'status', 'needsAnswer', 'assignee', 'publishedAt'],
    listSearchableFields: ['title', 'outlet', 'url'],
    group: label('Theo dõi báo chí', 'Press monitoring'),
    description: label(
      'Hàng đợi phân loại: bài báo trong và ngoài nước nhắc đến Quảng Trị, mới nhất trước.',
      'Triage queue: domestic and foreign articles that mention Quảng Trị, newest first.',
    ),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', label: label('Tiêu đề', 'Title'), required: true, access: foundOnly },
    {
      name: 'url',
      type: 'text',
      label: label('Địa chỉ bài viết', 'Article URL'),
      required: true,
      unique: true,
      validate: httpUrl(label('Địa chỉ bài viết', 'Article URL')),
      access: foundOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', label: label('Cơ quan báo chí', 'Outlet'), required: true, access: foundOnly },
        countryCodeField({ access: foundOnly }),
        monitoringLanguageField({ index: true, access: foundOnly }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publishedAt', type: 'date', index: true, label: label('Ngày đăng', 'Published'), admin: { date: { pickerAppearance: 'dayAndTime' } }, access: foundOnly },
        { name: 'firstSeenAt', type: 'date', index: true, label: label('Phát hiện lúc', 'First seen'), admin: { readOnly: true }, access: foundOnly },
      ],
    },
    { name: 'excerpt', type: 'textarea', label: label('Tóm tắt', 'Excerpt'), access: foundOnly },
    // Triage.
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', label: label('Trạng thái', 'Status'), required: true, defaultValue: 'new', index: true, options: clippingStatuses.map((value) => ({ value, label: statusLabels[value] })) },
        { name: 'tone', type: 'select', label: label('Sắc thái', 'Tone'), index: true, options: clippingTones.map((value) => ({ value, label: toneLabels[value] })) },
        { name: 'topic', type: 'relationship', relationTo: slugs.topics, label: label('Chủ đề', 'Topic') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'needsAnswer', type: 'checkbox', index: true, defaultValue: false, label: label('Sai sự thật / gây hiểu lầm — cần phản bác', 'False or misleading — needs an answer') },
        { name: 'assignee', type: 'relationship', relationTo: slugs.users, label: label('Người phụ trách', 'Assignee') },
      ],
    },
    { name: 'answerNote', type: 'textarea', label: label('Đã phản hồi thế nào', 'How it was answered') },
    {
      name: 'answeredBy',
      type: 'join',
      collection: slugs.briefings,
      on: 'answers',
      label: label('Tài liệu lập luận trả lời', 'Answered by briefs'),
      admin: { defaultColumns: ['title', 'audience', 'state'] },
    },
    { name: 'answeredAt', type: 'date', label: label('Phản hồi lúc', 'Answered at'), admin: { readOnly: true }, access: { create: () => false, update: () => false } },
    // What the poller found, for the record and the reports.
    { name: 'source', type: 'relationship', relationTo: slugs.monitoringSources, label: label('Nguồn theo dõi', 'Monitored feed'), access: foundOnly },
    {
      name: 'matches',
      type: 'array',
      label: label('Từ khóa khớp', 'Matched keywords'),
      admin: { readOnly: true },
      access: foundOnly,
      fields: [{ name: 'keyword', type: 'text', required: true, label: label('Từ khóa', 'Keyword') }, ruleLanguageField()],
    },
    {
      name: 'storyKey',
      type: 'text',
      index: true,
      label: label('Dấu vân tay tiêu đề', 'Story key'),
      admin: { readOnly: true, description: label('Tiêu đề đã chuẩn hóa, để gộp cùng một bài đăng lại ở nhiều báo.', 'The normalized title, to merge one story carried by several outlets.') },
      access: foundOnly,
    },
    {
      name: 'alsoAt',
      type: 'array',
      label: label('Cũng đăng tại', 'Also carried by'),
      admin: { readOnly: true },
      access: foundOnly,
      fields: [
        { name: 'source', type: 'relationship', relationTo: slugs.monitoringSources, label: label('Nguồn theo dõi', 'Monitored feed') },
        { name: 'outlet', type: 'text', label: label('Cơ quan báo chí', 'Outlet') },
        { name: 'url', type: 'text', label: label('Địa chỉ', 'URL') },
        { name: 'seenAt', type: 'date', label: label('Phát hiện lúc', 'Seen at') },
      ],
    },
    { name: 'articleText', type: 'textarea', label: label('Nội dung bài viết (trích xuất)', 'Article text (extracted)'), admin: { readOnly: true }, access: foundOnly },
  ],
  endpoints: [reportEndpoint, searchEndpoint],
  hooks: {
    beforeChange: [stampAnsweredAt],
    afterChange: [auditTriage, indexClippingEntry],
    afterDelete: [unindexClippingEntry],
  },
  timestamps: true,
}
