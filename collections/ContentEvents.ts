import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/roles'
import { label } from '../src/lib/labels'
import { refuseDeletes, refuseUpdates } from '../src/workflow/appendOnly'
import { domainEventTypes } from '../src/workflow/events'
import { slugs } from '../src/domain'

/**
 * The durable record of domain events (published, corrected, withdrawn, embargoLifted), written in
 * the same transaction as the transition. Ordered by `seq`; `key` is unique, so one event per item,
 * version and type is recorded once however often a transition or job is retried.
 */
export const ContentEvents: CollectionConfig = {
  slug: slugs.contentEvents,
  graphQL: { singularName: 'ContentEvent', pluralName: 'ContentEvents' },
  labels: { singular: label('Sự kiện nội dung', 'Content event'), plural: label('Sự kiện nội dung', 'Content events') },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: { hidden: true },
  defaultSort: 'seq',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    // The change feed's cursor: in commit order (see recordDomainEvent), unique, gap-free per database.
    { name: 'seq', type: 'number', required: true, unique: true, index: true },
    { name: 'type', type: 'select', required: true, index: true, options: [...domainEventTypes] },
    { name: 'itemCollection', type: 'text', required: true, index: true },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'version', type: 'number', required: true },
    { name: 'locales', type: 'json', required: true },
    { name: 'occurredAt', type: 'date', required: true },
    { name: 'embargoUntil', type: 'date' },
    { name: 'note', type: 'textarea' },
  ],
  hooks: {
    beforeChange: [refuseUpdates],
    beforeDelete: [refuseDeletes],
  },
  timestamps: true,
}
