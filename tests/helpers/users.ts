import { randomUUID } from 'node:crypto'

import { getFieldsToSign, jwtSign, type Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

let counter = 0

export type TestUser = { user: User; token: string; email: string; password: string }

const PASSWORD = 'correct horse battery staple'

/**
 * The stored credential of PASSWORD, hashed once per database by Payload itself (the first user is
 * created and signed in the ordinary way) and reused for every other account: Payload hashes with
 * PBKDF2 at 600,000 iterations, about 0.25 s per hash, twice per account (create, sign-in), and most
 * suites make several accounts without being about passwords.
 */
const credentials = new WeakMap<Payload, { salt: string; hash: string }>()

/**
 * A real staff account, signed in: `token` goes in `Authorization: JWT <token>`. Every account has the
 * same real password (`password`), so suites about signing in sign in with it as usual.
 */
export async function createUser(payload: Payload, roles: Role[], name = roles.join('+')): Promise<TestUser> {
  counter += 1
  const email = `${name.replace(/[^a-z]+/gi, '-')}-${counter}-${Date.now()}@test.local`.toLowerCase()
  const stored = credentials.get(payload)
  if (!stored) {
    const user = await payload.create({ collection: 'users', data: { email, password: PASSWORD, name, roles } })
    const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    if (!token) throw new Error('login returned no token')
    const row = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as { salt: string; hash: string }
    credentials.set(payload, { salt: row.salt, hash: row.hash })
    return { user, token, email, password: PASSWORD }
  }
  // The row as Payload's create and login would leave it: the hashed password and one session.
  const collectionConfig = payload.collections.users.config
  const now = new Date()
  const sid = randomUUID()
  const session = { id: sid, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + collectionConfig.auth.tokenExpiration * 1000).toISOString() }
  const row = await payload.db.create({ collection: 'users', data: { email, name, roles, ...stored, sessions: [session], createdAt: now.toISOString(), updatedAt: now.toISOString() } })
  const user = await payload.findByID({ collection: 'users', id: row.id as number, overrideAccess: true, depth: 0 })
  const { token } = await jwtSign({
    fieldsToSign: getFieldsToSign({ collectionConfig, email, sid, user: { ...user, collection: 'users' } }),
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  return { user, token, email, password: PASSWORD }
}

export const authHeader = (u: TestUser) => ({ Authorization: `JWT ${u.token}` })
