import type { FieldAccess } from 'payload'

import { hasRole } from '../../../src/access/roles'

/**
 * Who reads a staff member's email address: the person themself, editors and publishers (they send
 * work back to its authors and coordinate releases, and need to reach them outside the newsroom)
 * and admins. Contributors see colleagues by name only. Without a document (a `where` on the field)
 * only editors, publishers and admins may query by address.
 */
export const selfOrReviewers: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'editor', 'publisher')) return true
  return Boolean(req.user && doc && req.user.collection === 'users' && String((doc as { id?: unknown }).id) === String(req.user.id))
}
