import type { PayloadRequest } from 'payload'

export const roles = ['contributor', 'editor', 'publisher', 'admin'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The one place roles are checked. An admin holds every role. */
export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  const held = (user as { roles?: Role[] | null }).roles ?? []
  if (held.includes('admin')) return true
  return wanted.some((role) => held.includes(role))
}

/** Any signed-in staff member, whatever their role. */
export function isStaff(user: MaybeUser): boolean {
  return hasRole(user, ...roles)
}
