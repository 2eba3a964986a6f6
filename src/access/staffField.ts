import type { FieldAccess } from 'payload'

import { isStaff } from './roles'

/** A field only staff may read or write (the document itself may be public). */
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
