import type { Access } from 'payload'

import { hasRole } from './roles'

/** Subscribers are personal data (Decree 13/2023): editors, publishers and admins manage them; contributors do not see them. */
export const subscriberManagers: Access = ({ req }) => hasRole(req.user, 'editor', 'publisher')
