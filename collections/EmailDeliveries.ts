import type { CollectionConfig } from 'payload'

import { subscriberManagers } from '../src/access/subscriberManagers'
import { label } from '../src/lib/labels'
import { deliveryStatuses, locales, slugs } from '../src/domain'

const never = () => false


/**
 * One email to one subscriber for one mailing, unique per (mailing, subscriber): a fan-out that
 * runs twice cannot queue anyone twice. Workers claim queued rows under a lease (`leaseOwner`,
 * `leaseUntil`), send, and mark each row `sent` the moment the SMTP server accepts it. `messageId`
 * is fixed when the row is created, so a message re-sent after a crash carries the same Message-ID.
 */
export const EmailDeliveries: CollectionConfig = {
  slug: slugs.emailDeliveries,
  graphQL: { singularName: 'EmailDelivery', pluralName: 'EmailDeliveries' },
  labels: { singular: label('Thư đã gửi', 'Email delivery'), plural: label('Nhật ký gửi thư', 'Email deliveries') },
  access: { read: subscriberManagers, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['updatedAt', 'mailing', 'email', 'language', 'status', 'attempts', 'smtpCode', 'lastError'],
    group: label('Thư điện tử', 'Email'),
  },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['mailing', 'subscriber'], unique: true }, { fields: ['status', 'nextAttemptAt'] }],
  fields: [
    { name: 'mailing', type: 'relationship', relationTo: slugs.mailings, required: true, index: true },
    // Empty once the subscriber's personal data is erased: the delivery still counts in reports.
    { name: 'subscriber', type: 'relationship', relationTo: slugs.subscribers, index: true },
    { name: 'email', type: 'text', required: true, index: true },
    { name: 'language', type: 'select', required: true, options: [...locales] },
    { name: 'accredited', type: 'checkbox', defaultValue: false },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', options: [...deliveryStatuses] },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'leaseOwner', type: 'text' },
    { name: 'leaseUntil', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'messageId', type: 'text', required: true },
    { name: 'items', type: 'json', label: label('Tin trong bản tổng hợp', 'Items in the digest') },
    { name: 'smtpCode', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
