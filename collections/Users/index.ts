import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { isStaff, roles } from '../../src/access/roles'
import { selfOrAdmin } from '../../src/access/selfOrAdmin'
import { staffOnly } from '../../src/access/staffOnly'
import { label } from '../../src/lib/labels'
import { accountLock, slugs } from '../../src/domain'
import { selfOrReviewers } from './access/selfOrReviewers'
import { refuseRoleChange } from './hooks/refuseRoleChange'

const roleLabels = {
  contributor: label('Cộng tác viên (soạn thảo)', 'Contributor'),
  editor: label('Biên tập viên (duyệt)', 'Editor'),
  publisher: label('Người xuất bản', 'Publisher'),
  admin: label('Quản trị', 'Administrator'),
} as const

export type UsersOptions = {
  /** The session cookie only over HTTPS: true when PUBLIC_URL is https. */
  secureCookie: boolean
}

/**
 * Staff accounts. Sign-in is limited per address and per account in front of Payload
 * (src/auth/), below Payload's own lock (`accountLock`); only admins unlock accounts
 * (advisory GHSA-jg8r-5jh2-v2xj: Payload's default lets any signed-in user unlock anyone).
 */
export const usersCollection = ({ secureCookie }: UsersOptions): CollectionConfig => ({
  slug: slugs.users,
  graphQL: { singularName: 'User', pluralName: 'Users' },
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: staffOnly,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('Hệ thống', 'System'),
  },
  auth: {
    maxLoginAttempts: accountLock.maxLoginAttempts,
    lockTime: accountLock.lockTimeMs,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookie },
  },
  fields: [
    { name: 'name', type: 'text', label: label('Họ tên', 'Name'), required: true },
    {
      // Payload's own email field, with who may read it.
      name: 'email',
      type: 'email',
      access: { read: selfOrReviewers },
    },
    {
      name: 'roles',
      type: 'select',
      label: label('Vai trò', 'Roles'),
      hasMany: true,
      // No default: whoever creates an account chooses its roles.
      required: true,
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        create: ({ req }) => adminOnly({ req }) === true,
        update: ({ req }) => adminOnly({ req }) === true,
      },
      hooks: { beforeValidate: [refuseRoleChange] },
    },
  ],
  timestamps: true,
})
