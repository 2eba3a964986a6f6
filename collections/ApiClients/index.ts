import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { feedTypes } from '../../src/feed/types'
import { label } from '../../src/lib/labels'
import { locales, slugs } from '../../src/domain'
import { keyEndpoints } from './endpoints/keyEndpoints'
import { forgetDeletedClient, issueKeyOnCreate, revealIssuedKey } from './hooks/keyHooks'

const never = () => false

/**
 * Agency API clients (press agencies, broadcasters, partners). A client's key is shown once, when it
 * is created or rotated, and stored only as a SHA-256 hash (keys are 32 random bytes, so a fast hash
 * is enough). Admins manage clients; nobody reads a hash through any API.
 *
 * - Create (`POST /api/api-clients`, admin, or the admin UI): the answer carries the key once as `doc.key`.
 * - Rotate: `POST /api/api-clients/:id/rotate` → `{ key, doc }`; the old key works for the grace period.
 * - Revoke: `active: false`, or `POST /api/api-clients/:id/revoke`.
 */
export const apiClientsCollection = ({ rotationGraceHours = 24 }: { rotationGraceHours?: number } = {}): CollectionConfig => ({
  slug: slugs.apiClients,
  graphQL: { singularName: 'ApiClient', pluralName: 'ApiClients' },
  labels: { singular: label('Khách hàng API', 'API client'), plural: label('Khách hàng API', 'API clients') },
  access: {
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'partner', 'active', 'embargoPrivilege', 'lastUsedAt'],
    group: label('API cho cơ quan báo chí', 'Agency API'),
  },
  fields: [
    { name: 'name', type: 'text', label: label('Tên', 'Name'), required: true },
    // The key, once (after create or rotation), and the "Rotate key" button. Nothing is stored.
    { name: 'keyOnce', type: 'ui', admin: { components: { Field: '/admin/apiClients/KeyOnce#KeyOnce' } } },
    { name: 'partner', type: 'relationship', relationTo: slugs.partners, label: label('Đối tác', 'Partner') },
    { name: 'active', type: 'checkbox', label: label('Đang hoạt động', 'Active'), defaultValue: true },
    {
      name: 'types',
      type: 'select',
      hasMany: true,
      label: label('Loại nội dung được phép (trống = tất cả)', 'Content types allowed (empty = all)'),
      options: Object.keys(feedTypes),
      admin: {
        description: label(
          'Chọn "briefing" là cấp quyền nhận cả tài liệu lập luận hạn chế; để trống chỉ nhận tài liệu lập luận công khai.',
          'Naming "briefing" grants the briefings scope: restricted argument briefs too; empty gives public briefs only.',
        ),
      },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('Ngôn ngữ được phép (trống = tất cả)', 'Languages allowed (empty = all)'),
      options: [...locales],
    },
    {
      name: 'embargoPrivilege',
      type: 'checkbox',
      label: label('Được nhận bài đang cấm đăng', 'Receives embargoed items'),
      defaultValue: false,
    },
    {
      name: 'rateLimitPerMinute',
      type: 'number',
      label: label('Giới hạn yêu cầu mỗi phút', 'Requests per minute'),
      defaultValue: 120,
      min: 1,
      max: 100_000,
      required: true,
    },
    {
      name: 'keyPrefix',
      type: 'text',
      label: label('Tiền tố khóa', 'Key prefix'),
      admin: { readOnly: true, description: label('Để nhận ra khóa; khóa đầy đủ chỉ hiện một lần.', 'To recognise the key; the full key is shown once.') },
      access: { create: never, update: never },
    },
    { name: 'keyHash', type: 'text', index: true, admin: { hidden: true }, access: { read: never, create: never, update: never } },
    { name: 'previousKeyHash', type: 'text', index: true, admin: { hidden: true }, access: { read: never, create: never, update: never } },
    {
      name: 'previousKeyExpiresAt',
      type: 'date',
      label: label('Khóa cũ hết hạn lúc', 'Previous key expires at'),
      admin: { readOnly: true },
      access: { create: never, update: never },
    },
    { name: 'lastUsedAt', type: 'date', label: label('Dùng lần cuối', 'Last used'), admin: { readOnly: true }, access: { create: never, update: never } },
  ],
  hooks: {
    beforeChange: [issueKeyOnCreate],
    afterChange: [revealIssuedKey],
    afterDelete: [forgetDeletedClient],
  },
  endpoints: keyEndpoints({ rotationGraceHours }),
  timestamps: true,
})

/** With the default grace period (24 h); the server builds it with API_KEY_ROTATION_GRACE_HOURS. */
export const ApiClients: CollectionConfig = apiClientsCollection()
