import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { isStaff, roles } from '../src/access/roles'
import { selfOrAdmin } from '../src/access/selfOrAdmin'
import { staffOnly } from '../src/access/staffOnly'
import { label } from '../src/lib/labels'
import { slugs } from '../src/domain'

const roleLabels = {
  contributor: label('Cộng tác viên (soạn thảo)', 'Contributor'),
  editor: label('Biên tập viên (duyệt)', 'Editor'),
  publisher: label('Người xuất bản', 'Publisher'),
  admin: label('Quản trị', 'Administrator'),
} as const

export const Users: CollectionConfig = {
  slug: slugs.users,
  graphQL: { singularName: 'User', pluralName: 'Users' },
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: staffOnly,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('Hệ thống', 'System'),
  },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    { name: 'name', type: 'text', label: label('Họ tên', 'Name'), required: true },
    {
      name: 'roles',
      type: 'select',
      label: label('Vai trò', 'Roles'),
      hasMany: true,
      required: true,
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        create: ({ req }) => adminOnly({ req }) === true,
        update: ({ req }) => adminOnly({ req }) === true,
      },
    },
  ],
  timestamps: true,
}
