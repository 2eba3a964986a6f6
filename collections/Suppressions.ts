import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { emailHashOf, normalizeEmailAddress } from '../src/email/addresses'

import { subscriberManagers } from '../src/access/subscriberManagers'
import { unsubscribeSuppressed } from '../src/subscribers/staff/unsubscribeSuppressed'
import { label } from '../src/lib/labels'
import { suppressionReasons, slugs } from '../src/domain'


/**
 * Addresses never to be mailed again (hard bounces, complaints, staff decisions, erasures). Keyed
 * by the SHA-256 of the normalized address, so that after an erasure (Decree 13/2023) the address
 * itself is gone while the office can still honour "never again". `email` is kept otherwise, for
 * staff to read.
 */
/** The hash follows the address whenever one is given. */
const hashEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string' && data.email.trim()) {
    data.email = normalizeEmailAddress(data.email)
    data.emailHash = emailHashOf(data.email)
  }
  return data
}

export const Suppressions: CollectionConfig = {
  slug: slugs.suppressions,
  graphQL: { singularName: 'Suppression', pluralName: 'Suppressions' },
  labels: { singular: label('Địa chỉ chặn gửi', 'Suppressed address'), plural: label('Danh sách chặn gửi', 'Suppression list') },
  access: { read: subscriberManagers, create: subscriberManagers, update: subscriberManagers, delete: subscriberManagers },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'reason', 'detail', 'createdAt'],
    group: label('Thư điện tử', 'Email'),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'emailHash', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'email', type: 'email', label: label('Email (trống nếu đã xóa dữ liệu)', 'Email (empty once erased)') },
    { name: 'reason', type: 'select', required: true, options: [...suppressionReasons], label: label('Lý do', 'Reason') },
    { name: 'detail', type: 'text', label: label('Chi tiết', 'Detail') },
  ],
  hooks: { beforeValidate: [hashEmail], afterChange: [unsubscribeSuppressed] },
  timestamps: true,
}
