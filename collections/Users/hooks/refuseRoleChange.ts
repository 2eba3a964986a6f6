import { APIError, type FieldHook } from 'payload'

import { hasRole } from '../../../src/access/roles'
import type { User } from '../../../src/payload-types'

const asSet = (value: unknown): string => JSON.stringify([value ?? []].flat().map(String).sort())

/**
 * Only an admin changes roles. The field's update access alone would drop a non-admin's change
 * silently (200, roles unchanged), so the caller would believe it worked: this hook, which runs
 * before field access, compares with the stored roles and refuses the whole update with 403.
 * Sending the roles unchanged (the admin's account form does) is not a change.
 */
export const refuseRoleChange: FieldHook<User, User['roles'] | undefined> = ({ value, previousValue, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || hasRole(req.user, 'admin')) return value
  if (asSet(value) !== asSet(previousValue)) {
    throw new APIError('Only an administrator can change roles', 403, null, true)
  }
  return value
}
