import type { Access } from 'payload'

import { isStaff } from './roles'

export const staffOnly: Access = ({ req }) => isStaff(req.user)
