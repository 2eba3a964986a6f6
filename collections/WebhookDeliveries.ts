import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { label } from '../src/lib/labels'
import { redeliverEndpoint } from '../src/webhooks/redeliver'
import { slugs } from '../src/domain'

const never = () => false

/** One row per delivery attempt: what was sent where, when, and what came back. */
export const WebhookDeliveries: CollectionConfig = {
  slug: slugs.webhookDeliveries,
  graphQL: { singularName: 'WebhookDelivery', pluralName: 'WebhookDeliveries' },
  labels: { singular: label('Lần gửi webhook', 'Webhook delivery'), plural: label('Nhật ký gửi webhook', 'Webhook deliveries') },
  access: { read: adminOnly, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'deliveryId',
    defaultColumns: ['createdAt', 'endpoint', 'eventType', 'seq', 'attempt', 'outcome', 'responseStatus', 'error'],
    group: label('API cho cơ quan báo chí', 'Agency API'),
    description: label(
      'Gửi lại một lần: POST /api/webhook-deliveries/{id}/redeliver (quản trị).',
      'Redeliver one: POST /api/webhook-deliveries/{id}/redeliver (admin).',
    ),
  },
  defaultSort: '-createdAt',
  endpoints: [redeliverEndpoint],
  fields: [
    { name: 'endpoint', type: 'relationship', relationTo: slugs.webhookEndpoints, required: true, index: true },
    { name: 'deliveryId', type: 'text', required: true, index: true },
    { name: 'seq', type: 'number', required: true, index: true },
    { name: 'eventType', type: 'text', required: true },
    { name: 'itemCollection', type: 'text' },
    { name: 'itemId', type: 'text' },
    { name: 'attempt', type: 'number', required: true },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: ['delivered', 'failed', 'gaveUp', 'redelivered', 'redeliveryFailed'],
    },
    { name: 'responseStatus', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
  ],
  timestamps: true,
}
