import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

let counter = 0

export type TestUser = { user: User; token: string; email: string; password: string }

/** A real staff account, signed in: `token` goes in `Authorization: JWT <token>`. */
export async function createUser(payload: Payload, roles: Role[], name = roles.join('+')): Promise<TestUser> {
  counter += 1
  const email = `${name.replace(/[^a-z]+/gi, '-')}-${counter}-${Date.now()}@test.local`.toLowerCase()
  const password = 'correct horse battery staple'
  const user = await payload.create({ collection: 'users', data: { email, password, name, roles } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('login returned no token')
  return { user, token, email, password }
}

export const authHeader = (u: TestUser) => ({ Authorization: `JWT ${u.token}` })
