import type { CollectionConfig } from 'payload'

import { hasRole } from '../src/access/roles'
import { label } from '../src/lib/labels'
import { refuseDeletes, refuseUpdates } from '../src/workflow/appendOnly'
import { actions, states } from '../src/workflow/states'
import { slugs } from '../src/domain'

const never = () => false

/**
 * Every workflow transition and every change to a published item: who, when, what, from → to.
 * Append-only: written by the server alone, never changed or deleted (see appendOnly.ts).
 */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  labels: { singular: label('Nhật ký', 'Audit entry'), plural: label('Nhật ký thao tác', 'Audit log') },
  access: {
    read: ({ req }) => hasRole(req.user, 'editor', 'publisher'),
    create: never,
    update: never,
    delete: never,
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'actorName', 'event', 'itemCollection', 'itemTitle', 'fromState', 'toState'],
    group: label('Hệ thống', 'System'),
    description: label('Chỉ ghi thêm, không sửa hoặc xóa được.', 'Append-only: entries cannot be changed or deleted.'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'event',
      type: 'select',
      label: label('Thao tác', 'Event'),
      required: true,
      index: true,
      options: [
        ...actions.map((value) => ({ value, label: value })),
        { value: 'edit', label: label('Sửa bài đã xuất bản', 'Edit of a published item') },
        { value: 'scheduledPublish', label: label('Xuất bản theo lịch', 'Scheduled publish') },
        { value: 'embargoLifted', label: label('Hết hạn cấm đăng', 'Embargo lifted') },
        { value: 'subscriberErased', label: label('Xóa dữ liệu người nhận tin', 'Subscriber data erased') },
        { value: 'clippingTriage', label: label('Phân loại tin theo dõi', 'Clipping triage') },
      ],
    },
    { name: 'summary', type: 'text', label: label('Tóm tắt', 'Summary') },
    { name: 'itemCollection', type: 'text', label: label('Loại nội dung', 'Collection'), required: true, index: true },
    { name: 'itemId', type: 'text', label: label('Mã mục', 'Item id'), required: true, index: true },
    { name: 'itemTitle', type: 'text', label: label('Tiêu đề', 'Title') },
    { name: 'actor', type: 'relationship', relationTo: slugs.users, label: label('Người thực hiện', 'Actor') },
    { name: 'actorName', type: 'text', label: label('Người thực hiện', 'Actor') },
    { name: 'fromState', type: 'select', options: [...states], label: label('Từ', 'From') },
    { name: 'toState', type: 'select', options: [...states], label: label('Sang', 'To') },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
    { name: 'locales', type: 'json', label: label('Ngôn ngữ', 'Languages') },
    { name: 'changedFields', type: 'json', label: label('Trường thay đổi', 'Changed fields') },
  ],
  hooks: {
    beforeChange: [refuseUpdates],
    beforeDelete: [refuseDeletes],
  },
  timestamps: true,
}
