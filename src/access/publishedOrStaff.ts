import type { Access, Where } from 'payload'

import { isStaff } from './roles'

export const publishedOnly: Where = { _status: { equals: 'published' } }

/**
 * Staff read everything; everyone else reads published documents only. Payload does not hide
 * drafts by itself: without this row rule `find({ draft: false })` returns never-published drafts.
 */
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : publishedOnly)
