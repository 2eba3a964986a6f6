import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { label } from '../src/lib/labels'
import { contentCollections, locales, slugs } from '../src/domain'

const never = () => false

/**
 * Who received what, when: one row per client, item, language and version per flush window of the
 * usage recorder (a few seconds). `fetchedAt` is the first delivery in that window, `lastFetchedAt`
 * the last, `count` how many times. Written only by src/feed/usage.ts; admins read it.
 */
export const ApiFetches: CollectionConfig = {
  slug: slugs.apiFetches,
  graphQL: { singularName: 'ApiFetch', pluralName: 'ApiFetches' },
  labels: { singular: label('Lượt cấp bài qua API', 'API fetch'), plural: label('Nhật ký cấp bài qua API', 'API fetch log') },
  access: { read: adminOnly, create: never, update: never, delete: never },
  admin: {
    defaultColumns: ['fetchedAt', 'client', 'itemCollection', 'itemId', 'locale', 'version', 'count'],
    group: label('API cho cơ quan báo chí', 'Agency API'),
    description: label('Khách hàng nào đã nhận bài nào, phiên bản nào, lúc nào. Chỉ đọc.', 'Which client received which item and version, when. Read-only.'),
  },
  defaultSort: '-fetchedAt',
  fields: [
    { name: 'client', type: 'relationship', relationTo: slugs.apiClients, required: true, index: true, label: label('Khách hàng', 'Client') },
    { name: 'itemCollection', type: 'select', options: [...contentCollections], required: true, index: true, label: label('Loại nội dung', 'Collection') },
    { name: 'itemId', type: 'text', required: true, index: true, label: label('Mã bài', 'Item id') },
    { name: 'locale', type: 'select', options: [...locales], label: label('Ngôn ngữ', 'Language') },
    { name: 'version', type: 'number', label: label('Phiên bản', 'Version') },
    { name: 'fetchedAt', type: 'date', required: true, index: true, label: label('Nhận lúc', 'Fetched at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastFetchedAt', type: 'date', label: label('Lần cuối', 'Last fetched') },
    { name: 'count', type: 'number', required: true, defaultValue: 1, label: label('Số lần', 'Times') },
  ],
  timestamps: false,
}
