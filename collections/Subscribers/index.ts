import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { hasRole } from '../../src/access/roles'
import { subscriberManagers } from '../../src/access/subscriberManagers'
import { label } from '../../src/lib/labels'
import { contentCollections, frequencies, locales, slugs, subscriberStatuses } from '../../src/domain'
import { normalizeEmail } from './hooks/normalizeEmail'
import { refuseDirectDelete } from './hooks/refuseDirectDelete'
import { subscriberEndpoints } from '../../src/subscribers/staff/endpoints'

const never = () => false
const languageLabels = { vi: 'Tiếng Việt', en: 'English', lo: 'ພາສາລາວ' } as const

/**
 * Journalists who receive releases by email. Public sign-up goes through /subscribe (double
 * opt-in); staff can add, import, export and erase. `tokenVersion` is part of every link token:
 * raising it voids all links already sent (used on erasure and when an address is re-confirmed).
 */
export const Subscribers: CollectionConfig = {
  slug: slugs.subscribers,
  graphQL: { singularName: 'Subscriber', pluralName: 'Subscribers' },
  labels: { singular: label('Người nhận tin', 'Subscriber'), plural: label('Người nhận tin qua email', 'Email subscribers') },
  // Removal is erasure only (see refuseDirectDelete): no API deletes a subscriber.
  access: { read: subscriberManagers, create: subscriberManagers, update: subscriberManagers, delete: nobody },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'outlet', 'language', 'frequency', 'status', 'accredited', 'updatedAt'],
    listSearchableFields: ['email', 'name', 'outlet', 'country'],
    group: label('Thư điện tử', 'Email'),
    components: {
      beforeListTable: ['/admin/email/SubscriberListTools#SubscriberListTools'],
      edit: { beforeDocumentControls: ['/admin/email/PersonalDataButtons#PersonalDataButtons'] },
    },
  },
  endpoints: subscriberEndpoints,
  defaultSort: '-createdAt',
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true, label: label('Email', 'Email') },
    { name: 'name', type: 'text', label: label('Họ tên', 'Name') },
    { name: 'outlet', type: 'text', label: label('Cơ quan báo chí', 'Outlet') },
    { name: 'country', type: 'text', label: label('Quốc gia', 'Country') },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      label: label('Ngôn ngữ nhận tin', 'Language'),
      options: locales.map((l) => ({ value: l, label: languageLabels[l] })),
    },
    { name: 'topics', type: 'relationship', relationTo: slugs.topics, hasMany: true, label: label('Chủ đề (trống = tất cả)', 'Topics (empty = all)') },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      label: label('Loại nội dung (trống = tất cả)', 'Content types (empty = all)'),
      options: [...contentCollections],
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'immediately',
      label: label('Tần suất', 'Frequency'),
      options: [
        { value: frequencies[0], label: label('Ngay khi phát hành', 'Immediately') },
        { value: frequencies[1], label: label('Tổng hợp hằng ngày', 'Daily digest') },
        { value: frequencies[2], label: label('Tổng hợp hằng tuần', 'Weekly digest') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('Trạng thái', 'Status'),
      options: [
        { value: subscriberStatuses[0], label: label('Chờ xác nhận', 'Pending') },
        { value: subscriberStatuses[1], label: label('Đang nhận', 'Active') },
        { value: subscriberStatuses[2], label: label('Đã hủy', 'Unsubscribed') },
        { value: subscriberStatuses[3], label: label('Thư bị trả lại', 'Bounced') },
        { value: subscriberStatuses[4], label: label('Báo spam', 'Complained') },
      ],
    },
    { name: 'statusReason', type: 'text', label: label('Lý do trạng thái', 'Status reason'), admin: { readOnly: true } },
    {
      name: 'accredited',
      type: 'checkbox',
      defaultValue: false,
      label: label('Phóng viên được công nhận (nhận tin cấm đăng sớm)', 'Accredited (receives embargoed releases early)'),
      // Only staff set it: never from the public form (which writes with overrideAccess and never passes it).
      access: { create: ({ req }) => hasRole(req.user, 'editor', 'publisher'), update: ({ req }) => hasRole(req.user, 'editor', 'publisher') },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('Ghi nhận đồng ý', 'Consent record'),
      admin: { readOnly: true },
      fields: [
        { name: 'at', type: 'date', label: label('Thời điểm', 'Time'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'ip', type: 'text', label: label('Địa chỉ IP', 'IP address') },
        { name: 'textVersion', type: 'text', label: label('Phiên bản văn bản đồng ý', 'Consent text version') },
        { name: 'source', type: 'select', options: ['form', 'api', 'import', 'admin'], label: label('Nguồn', 'Source') },
      ],
    },
    { name: 'confirmedAt', type: 'date', label: label('Xác nhận lúc', 'Confirmed at'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'unsubscribedAt', type: 'date', label: label('Hủy lúc', 'Unsubscribed at'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastDigestAt', type: 'date', label: label('Bản tổng hợp gần nhất', 'Last digest'), admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'tokenVersion',
      type: 'number',
      defaultValue: 1,
      required: true,
      admin: { hidden: true },
      access: { read: never, create: never, update: never },
    },
  ],
  hooks: { beforeOperation: [refuseDirectDelete], beforeValidate: [normalizeEmail] },
  timestamps: true,
}
