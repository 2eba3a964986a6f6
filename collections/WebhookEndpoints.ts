import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { label } from '../src/lib/labels'
import { prepareWebhookEndpoint, revealSecretOnce } from '../src/webhooks/hooks'
import { domainEventTypes } from '../src/workflow/events'
import { slugs } from '../src/domain'

const never = () => false

/**
 * Where an agency client wants to be told about changes. Registered by the client over the agency
 * API (`POST /feed/v1/webhooks`) or by an admin. The signing secret is shown once and kept
 * encrypted (it must be readable to sign); `lastSeq` is how far in the event log this endpoint has
 * been served, so nothing is lost across restarts and everything arrives in order.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: slugs.webhookEndpoints,
  graphQL: { singularName: 'WebhookEndpoint', pluralName: 'WebhookEndpoints' },
  labels: { singular: label('Webhook', 'Webhook'), plural: label('Webhook', 'Webhooks') },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'client', 'events', 'active', 'lastSeq', 'failures', 'nextAttemptAt'],
    group: label('API cho cơ quan báo chí', 'Agency API'),
  },
  fields: [
    { name: 'client', type: 'relationship', relationTo: slugs.apiClients, required: true, index: true, label: label('Khách hàng API', 'API client') },
    { name: 'url', type: 'text', required: true, label: label('Địa chỉ nhận (HTTPS)', 'Target URL (HTTPS)') },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Sự kiện', 'Events'),
      options: [...domainEventTypes],
      defaultValue: [...domainEventTypes],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Đang hoạt động', 'Active') },
    { name: 'secretEncrypted', type: 'text', admin: { hidden: true }, access: { read: never, create: never, update: never } },
    {
      name: 'lastSeq',
      type: 'number',
      defaultValue: 0,
      label: label('Đã gửi đến sự kiện số', 'Delivered up to event'),
      admin: { readOnly: true },
      access: { create: never, update: never },
    },
    { name: 'failures', type: 'number', defaultValue: 0, label: label('Số lần lỗi liên tiếp', 'Consecutive failures'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'failingSince', type: 'date', label: label('Lỗi từ', 'Failing since'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'nextAttemptAt', type: 'date', label: label('Thử lại lúc', 'Next attempt'), admin: { readOnly: true }, access: { create: never, update: never } },
    // Which process is serving the endpoint now, and until when (src/webhooks/lease.ts).
    { name: 'leaseOwner', type: 'text', admin: { hidden: true }, access: { create: never, update: never } },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true }, access: { create: never, update: never } },
  ],
  hooks: {
    beforeChange: [prepareWebhookEndpoint],
    afterChange: [revealSecretOnce],
  },
  timestamps: true,
}
