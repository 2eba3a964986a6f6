import type { CollectionConfig, Field } from 'payload'

import { editorial } from '../../src/access/editorial'
import { staffOnly } from '../../src/access/staffOnly'
import { monitoringLimits, slugs } from '../../src/domain'
import { countryCodeField, monitoringLanguageField } from '../../src/fields/monitoring'
import { label } from '../../src/lib/labels'
import { httpUrl } from '../../src/lib/validators'
import { sourceEndpoints } from './endpoints/sourceEndpoints'

const never = () => false

/** Written by the poller alone (src/monitoring/poll.ts, Local API): read-only everywhere else. */
const healthFields: Field[] = [
  { name: 'lastCheckedAt', type: 'date', label: label('Kiểm tra lần cuối', 'Last checked') },
  { name: 'lastSuccessAt', type: 'date', label: label('Thành công lần cuối', 'Last success') },
  { name: 'lastError', type: 'text', label: label('Lỗi gần nhất', 'Last error') },
  { name: 'lastErrorAt', type: 'date', label: label('Lỗi lúc', 'Last error at') },
  { name: 'consecutiveFailures', type: 'number', label: label('Số lần lỗi liên tiếp', 'Failures in a row'), defaultValue: 0 },
  { name: 'nextPollAt', type: 'date', index: true, label: label('Lần lấy tin tiếp theo', 'Next poll') },
  { name: 'itemsFound', type: 'number', label: label('Số tin đã thu thập', 'Clippings found'), defaultValue: 0 },
  { name: 'lastStatus', type: 'number', label: label('Mã HTTP gần nhất', 'Last HTTP status') },
  // Validators of the last answer, sent back so an unchanged feed answers 304.
  { name: 'etag', type: 'text', admin: { hidden: true } },
  { name: 'lastModified', type: 'text', admin: { hidden: true } },
]

/**
 * Feeds of the outlets the office follows (theo dõi dư luận báo chí). The poller reads each one
 * every `intervalMinutes` through the `monitoring` job queue and keeps the entries that mention the
 * province as clippings. Staff read; editors (and publishers, admins) manage. OPML import/export,
 * health and "poll now": endpoints/sourceEndpoints.ts.
 */
export const MonitoringSources: CollectionConfig = {
  slug: slugs.monitoringSources,
  graphQL: { singularName: 'MonitoringSource', pluralName: 'MonitoringSources' },
  labels: { singular: label('Nguồn theo dõi', 'Monitored feed'), plural: label('Nguồn theo dõi báo chí', 'Monitored feeds') },
  access: {
    read: staffOnly,
    create: editorial,
    update: editorial,
    delete: editorial,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'country', 'language', 'active', 'health.lastSuccessAt', 'health.lastError'],
    group: label('Theo dõi báo chí', 'Press monitoring'),
    description: label(
      'Các nguồn tin (RSS, Atom, JSON Feed) được tự động kiểm tra để thu thập bài viết nhắc đến Quảng Trị.',
      'Feeds (RSS, Atom, JSON Feed) polled for articles that mention Quảng Trị.',
    ),
  },
  fields: [
    { name: 'name', type: 'text', label: label('Tên nguồn', 'Name'), required: true },
    {
      name: 'url',
      type: 'text',
      label: label('Địa chỉ nguồn tin (RSS/Atom/JSON Feed)', 'Feed URL (RSS/Atom/JSON Feed)'),
      required: true,
      unique: true,
      validate: httpUrl(label('Địa chỉ nguồn tin', 'Feed URL')),
    },
    { name: 'outlet', type: 'text', label: label('Cơ quan báo chí', 'Outlet'), required: true },
    { name: 'partner', type: 'relationship', relationTo: slugs.partners, label: label('Đối tác', 'Partner') },
    {
      type: 'row',
      fields: [
        monitoringLanguageField({ required: true, defaultValue: 'vi' }),
        countryCodeField({ required: true, defaultValue: 'VN' }),
      ],
    },
    {
      name: 'intervalMinutes',
      type: 'number',
      label: label('Chu kỳ kiểm tra (phút)', 'Poll every (minutes)'),
      required: true,
      defaultValue: monitoringLimits.defaultIntervalMinutes,
      min: monitoringLimits.minIntervalMinutes,
      max: monitoringLimits.maxIntervalMinutes,
    },
    { name: 'active', type: 'checkbox', label: label('Đang theo dõi', 'Active'), defaultValue: true },
    {
      name: 'fetchArticles',
      type: 'checkbox',
      label: label('Tải cả nội dung bài viết', 'Also fetch the article text'),
      defaultValue: false,
      admin: { description: label('Chậm hơn; dùng khi nguồn chỉ có tóm tắt ngắn.', 'Slower; for feeds that carry short summaries only.') },
    },
    {
      name: 'health',
      type: 'group',
      label: label('Tình trạng', 'Health'),
      admin: { readOnly: true },
      access: { create: never, update: never },
      fields: healthFields,
    },
  ],
  endpoints: sourceEndpoints,
  timestamps: true,
}
