import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and publishers maintain reference data (topics, partners). */
export const editorial: Access = ({ req }) => hasRole(req.user, 'editor', 'publisher')
