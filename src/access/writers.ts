import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff who write or edit content. The workflow narrows this further per transition. */
export const writers: Access = ({ req }) => hasRole(req.user, 'contributor', 'editor', 'publisher')
