import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

const never = () => false

/**
 * Requests and items served per agency API client per day (Asia/Ho_Chi_Minh). One row per client and
 * day (`key` = "clientId:YYYY-MM-DD", unique), written only by the server's usage recorder
 * (src/feed/usage.ts) with atomic increments; admins read it, nobody edits it.
 */
export const ApiUsage: CollectionConfig = {
  slug: slugs.apiUsage,
  graphQL: { singularName: 'ApiUsageDay', pluralName: 'ApiUsageDays' },
  labels: { singular: label('Lượt dùng API theo ngày', 'API usage (day)'), plural: label('Lượt dùng API theo ngày', 'API usage per day') },
  access: { read: adminOnly, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'day',
    defaultColumns: ['day', 'client', 'requests', 'items', 'updatedAt'],
    group: label('API cho cơ quan báo chí', 'Agency API'),
    description: label(
      'Số yêu cầu và số bài đã cấp cho từng khách hàng mỗi ngày (giờ Việt Nam). Chỉ đọc.',
      'Requests and items served to each client per day (Vietnam time). Read-only.',
    ),
  },
  defaultSort: '-day',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'client', type: 'relationship', relationTo: slugs.apiClients, required: true, index: true, label: label('Khách hàng', 'Client') },
    { name: 'day', type: 'text', required: true, index: true, label: label('Ngày (YYYY-MM-DD)', 'Day (YYYY-MM-DD)') },
    { name: 'requests', type: 'number', required: true, defaultValue: 0, label: label('Số yêu cầu', 'Requests') },
    { name: 'items', type: 'number', required: true, defaultValue: 0, label: label('Số bài đã cấp', 'Items served') },
  ],
  timestamps: true,
}
