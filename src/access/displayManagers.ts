import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors (and admins) run the border-gate information points and their screens. */
export const displayManagers: Access = ({ req }) => hasRole(req.user, 'editor')
