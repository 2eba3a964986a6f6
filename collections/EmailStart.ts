import type { CollectionConfig } from 'payload'

import { subscriberManagers } from '../src/access/subscriberManagers'
import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

const never = () => false

/**
 * Where email starts on this database: written once, the first time an email sender runs here
 * (src/email/send/start.ts). Events up to `afterSeq` (the history the database already held) and
 * digest periods that ended before `startedAt` are never mailed. One row, under a unique key, so
 * two processes starting at once agree on one start.
 */
export const EmailStart: CollectionConfig = {
  slug: slugs.emailStart,
  graphQL: { singularName: 'EmailStart', pluralName: 'EmailStarts' },
  labels: { singular: label('Mốc bắt đầu gửi thư', 'Email start'), plural: label('Mốc bắt đầu gửi thư', 'Email start') },
  access: { read: subscriberManagers, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['startedAt', 'afterSeq'],
    group: label('Thư điện tử', 'Email'),
    description: label(
      'Thư điện tử chỉ gửi cho các sự kiện sau mốc này; lịch sử có sẵn trong cơ sở dữ liệu khi bắt đầu không được gửi.',
      'Email is sent only for events after this mark; the history the database held when email started is not mailed.',
    ),
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'afterSeq', type: 'number', required: true, label: label('Sau sự kiện số', 'After event seq'), admin: { readOnly: true } },
    { name: 'startedAt', type: 'date', required: true, label: label('Bắt đầu lúc', 'Started at'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
