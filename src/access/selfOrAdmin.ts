import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins manage every account; others only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
