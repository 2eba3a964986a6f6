import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isStaff } from '../src/access/roles'
import { label } from '../src/lib/labels'
import { actions } from '../src/workflow/states'
import { slugs } from '../src/domain'

/** The author is whoever is signed in, never what the client claims. */
const setNoteAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.author = req.user.id
  return data
}

/**
 * The review thread of an item: who wrote what, when, and the transition it belongs to. Notes come
 * with transitions (POST …/workflow with a `note`) or on their own from any staff member.
 */
export const ReviewNotes: CollectionConfig = {
  slug: slugs.reviewNotes,
  graphQL: { singularName: 'ReviewNote', pluralName: 'ReviewNotes' },
  labels: { singular: label('Ghi chú duyệt', 'Review note'), plural: label('Ghi chú duyệt', 'Review notes') },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: ({ req }) => isStaff(req.user),
    update: () => false,
    delete: () => false,
  },
  admin: { hidden: true },
  defaultSort: 'createdAt',
  fields: [
    { name: 'itemCollection', type: 'text', required: true, index: true },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'text', type: 'textarea', required: true, label: label('Nội dung', 'Text') },
    { name: 'action', type: 'select', options: [...actions], label: label('Thao tác', 'Transition') },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('Người viết', 'Author'),
      access: { create: () => false, update: () => false },
    },
  ],
  hooks: {
    beforeChange: [setNoteAuthor],
  },
  timestamps: true,
}
