import type { CollectionConfig } from 'payload'

import { subscriberManagers } from '../src/access/subscriberManagers'
import { mailingEndpoints } from '../src/email/admin/endpoints/mailingEndpoints'
import { label } from '../src/lib/labels'
import { mailingAudiences, mailingKinds, mailingStatuses, slugs } from '../src/domain'

const never = () => false


/**
 * One send: a release (on its `published` or `embargoLifted` event), a correction or withdrawal
 * (to everyone who received the original), or one digest period. `key` makes it idempotent (the
 * event seq and audience, or the digest period): the job that creates it can run twice and still
 * make one. `fanoutCursor` is how far the fan-out into `email-deliveries` has come, so a fan-out
 * interrupted by a crash resumes where it stopped. A mailing whose event was already older than
 * EMAIL_MAX_EVENT_AGE_HOURS when it was planned is `skipped`, with the reason: recorded, not mailed.
 * Written by the email jobs only.
 */
export const Mailings: CollectionConfig = {
  slug: slugs.mailings,
  graphQL: { singularName: 'Mailing', pluralName: 'Mailings' },
  labels: { singular: label('Đợt gửi thư', 'Mailing'), plural: label('Các đợt gửi thư', 'Mailings') },
  access: { read: subscriberManagers, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['createdAt', 'kind', 'itemCollection', 'itemId', 'version', 'audience', 'status', 'skipReason'],
    group: label('Thư điện tử', 'Email'),
    components: { beforeListTable: ['/admin/email/MailingReportLinks#MailingReportLinks'] },
  },
  endpoints: mailingEndpoints,
  defaultSort: '-createdAt',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'kind', type: 'select', required: true, options: [...mailingKinds] },
    { name: 'audience', type: 'select', required: true, options: [...mailingAudiences] },
    { name: 'seq', type: 'number', index: true, label: label('Số sự kiện', 'Event seq') },
    { name: 'itemCollection', type: 'text', index: true },
    { name: 'itemId', type: 'text', index: true },
    { name: 'version', type: 'number' },
    { name: 'embargoUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea', label: label('Ghi chú công khai (đính chính, thu hồi)', 'Public note (correction, withdrawal)') },
    { name: 'frequency', type: 'select', options: ['daily', 'weekly'], label: label('Kỳ tổng hợp', 'Digest period') },
    { name: 'periodEnd', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'status', type: 'select', required: true, defaultValue: 'fanningOut', index: true, options: [...mailingStatuses] },
    { name: 'skipReason', type: 'text', label: label('Lý do không gửi', 'Why it was not sent'), admin: { readOnly: true, condition: (data) => data?.status === 'skipped' } },
    { name: 'fanoutCursor', type: 'text', admin: { readOnly: true } },
    { name: 'recipients', type: 'number', defaultValue: 0, admin: { readOnly: true } },
  ],
  timestamps: true,
}
