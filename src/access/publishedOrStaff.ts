import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Collections with Payload drafts but outside the editorial workflow (exhibitions): staff read
 * every document, the public only what is published. Payload does not hide drafts by itself.
 */
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : { _status: { equals: 'published' } })
