import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { vi } from '@payloadcms/translations/languages/vi'

import { accountLock } from '../../../src/domain'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { forgotPassword, freshAddress, graphql, lockState, post, signIn, startApp } from './helpers'

// Small limits keep the test short (each sign-in hashes a password); the ratios are those of the defaults.
const PER_IP = 3
const PER_ACCOUNT = 5
const RESETS_PER_ACCOUNT = 2

let ctx: TestContext
let server: TestServer
let mailDir: string

beforeAll(async () => {
  mailDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-mail-'))
  ctx = await bootPayload({
    // The tests speak for many clients, each from its own X-Forwarded-For address.
    TRUST_PROXY: 'true',
    LOGIN_LIMIT_PER_IP_PER_15MIN: String(PER_IP),
    LOGIN_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT),
    PASSWORD_RESET_LIMIT_PER_ACCOUNT_PER_HOUR: String(RESETS_PER_ACCOUNT),
    MAIL_CAPTURE_DIR: mailDir,
  })
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await fs.rm(mailDir, { recursive: true, force: true })
})

const WRONG = 'not the password at all'
const tooManyFromAddress = { errors: [{ message: expect.stringMatching(/^Too many failed sign-in attempts from this address: try again in \d+ minutes?\.$/) }] }
const tooManyForAccount = {
  errors: [
    {
      message:
        'Too many failed sign-ins for this account: it can be signed in to only from a device that has signed in to it before, until its owner does or an administrator unlocks it.',
    },
  ],
}

function expectRefused(res: { status: number; headers: Headers }, maxSeconds: number) {
  expect(res.status).toBe(429)
  const retryAfter = Number(res.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
}

describe('per-address limit on sign-in', () => {
  it('stops an outsider at one address before the account lock, and the owner then signs in from another address', async () => {
    const owner = await createUser(ctx.payload, ['editor'])
    const outsider = freshAddress()
    for (let i = 0; i < PER_IP; i++) expect((await signIn(server, owner.email, WRONG, outsider)).status).toBe(401)
    const refused = await signIn(server, owner.email, WRONG, outsider)
    expectRefused(refused, 15 * 60)
    expect(refused.json()).toEqual(tooManyFromAddress)
    // Refused attempts never reach Payload: the account's count stays where the limit stopped it.
    for (let i = 0; i < 3; i++) expect((await signIn(server, owner.email, WRONG, outsider)).status).toBe(429)
    expect(await lockState(ctx, owner.email)).toEqual({ loginAttempts: PER_IP, lockUntil: null })

    const ownSignIn = await signIn(server, owner.email, owner.password, freshAddress())
    expect(ownSignIn.status).toBe(200)
    expect(typeof ownSignIn.json().token).toBe('string')
    const after = await lockState(ctx, owner.email)
    expect(after.loginAttempts).toBeLessThan(accountLock.maxLoginAttempts)
    expect(after).toEqual({ loginAttempts: 0, lockUntil: null })
  })

  it('charges only failures: an address signs in successfully as often as it likes', async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    const office = freshAddress()
    for (let i = 0; i < PER_IP + 2; i++) expect((await signIn(server, user.email, user.password, office)).status).toBe(200)
    for (let i = 0; i < PER_IP; i++) expect((await signIn(server, user.email, WRONG, office)).status).toBe(401)
    expect((await signIn(server, user.email, WRONG, office)).status).toBe(429)
  })

  it('takes the address from Express (TRUST_PROXY): without a trusted proxy, X-Forwarded-For cannot spread the attempts', async () => {
    const direct = await startApp(ctx, { trustProxy: false })
    try {
      const user = await createUser(ctx.payload, ['contributor'])
      for (let i = 0; i < PER_IP; i++) expect((await signIn(direct, user.email, WRONG, freshAddress())).status).toBe(401)
      const refused = await signIn(direct, user.email, WRONG, freshAddress())
      expectRefused(refused, 15 * 60)
      expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: PER_IP, lockUntil: null })
    } finally {
      await direct.close()
    }
  })

  it('counts the admin’s own form (multipart with _payload) like JSON', async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    const address = freshAddress()
    const form = () => {
      const data = new FormData()
      data.set('_payload', JSON.stringify({ email: user.email, password: WRONG }))
      return data
    }
    for (let i = 0; i < PER_IP; i++) {
      const res = await fetch(`${server.url}/api/${slugs.users}/login`, { method: 'POST', headers: { 'x-forwarded-for': address }, body: form() })
      expect(res.status).toBe(401)
    }
    const refused = await fetch(`${server.url}/api/${slugs.users}/login`, { method: 'POST', headers: { 'x-forwarded-for': address }, body: form() })
    expect(refused.status).toBe(429)
    expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: PER_IP, lockUntil: null })
  })
})

describe('per-account limit on sign-in', () => {
  it('after distributed failures, lets only addresses the account signed in from try it, so the owner still signs in and the account never locks', async () => {
    const owner = await createUser(ctx.payload, ['publisher'])
    const home = freshAddress()
    expect((await signIn(server, owner.email, owner.password, home)).status).toBe(200)

    // Guesses from several addresses, each below its own limit.
    const [first, second] = [freshAddress(), freshAddress()]
    for (let i = 0; i < PER_IP; i++) expect((await signIn(server, owner.email, WRONG, first)).status).toBe(401)
    for (let i = 0; i < PER_ACCOUNT - PER_IP; i++) expect((await signIn(server, owner.email, WRONG, second)).status).toBe(401)
    expect(await lockState(ctx, owner.email)).toEqual({ loginAttempts: PER_ACCOUNT, lockUntil: null })

    // A new address is turned away, whatever the password.
    const stranger = freshAddress()
    const refused = await signIn(server, owner.email, WRONG, stranger)
    expectRefused(refused, 15 * 60)
    expect(refused.json()).toEqual(tooManyForAccount)
    expect((await signIn(server, owner.email, owner.password, stranger)).status).toBe(429)
    expect(await lockState(ctx, owner.email)).toEqual({ loginAttempts: PER_ACCOUNT, lockUntil: null })

    // Other accounts are not concerned.
    const colleague = await createUser(ctx.payload, ['contributor'])
    expect((await signIn(server, colleague.email, colleague.password, stranger)).status).toBe(200)

    // The owner, at home, signs in; that resets the count and reopens the account.
    expect((await signIn(server, owner.email, owner.password, home)).status).toBe(200)
    expect(await lockState(ctx, owner.email)).toEqual({ loginAttempts: 0, lockUntil: null })
    expect((await signIn(server, owner.email, owner.password, freshAddress())).status).toBe(200)
  })

  it('cannot be raced: parallel guesses from many new addresses stop at the limit', async () => {
    const owner = await createUser(ctx.payload, ['contributor'])
    const answers = await Promise.all(Array.from({ length: 3 * PER_ACCOUNT }, () => signIn(server, owner.email, WRONG, freshAddress())))
    const failed = answers.filter((a) => a.status === 401).length
    // Attempts still in flight count with those already failed, so at most the limit get through.
    expect(failed).toBeGreaterThan(0)
    expect(failed).toBeLessThanOrEqual(PER_ACCOUNT)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(3 * PER_ACCOUNT - failed)
    expect(await lockState(ctx, owner.email)).toEqual({ loginAttempts: failed, lockUntil: null })
  })
})

describe('GraphQL sign-in', () => {
  const login = (alias: string, email: string, password: string) => `${alias}: loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token }`

  it('counts every loginUser of a document, aliases and several operations included, before any runs', async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    const aliases = Array.from({ length: PER_IP + 1 }, (_, i) => login(`a${i}`, user.email, WRONG)).join('\n')
    const refused = await graphql(server, `mutation { ${aliases} }`, { ip: freshAddress() })
    expectRefused(refused, 15 * 60)
    expect(refused.json()).toEqual(tooManyFromAddress)

    const operations = `mutation One { ${login('a', user.email, WRONG)} ${login('b', user.email, WRONG)} ${login('c', user.email, WRONG)} }
      mutation Two { ${login('a', user.email, WRONG)} ${login('b', user.email, WRONG)} ${login('c', user.email, WRONG)} }`
    expect((await graphql(server, operations, { operationName: 'One', ip: freshAddress() })).status).toBe(429)
    expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: 0, lockUntil: null })
  })

  it('charges failed logins (literal or variables) and gives back successful ones', async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    const address = freshAddress()
    const withVariables = 'mutation SignIn($e: String!, $p: String) { first: loginUser(email: $e, password: $p) { token } second: loginUser(email: $e, password: $p) { token } }'
    for (let i = 0; i < 2; i++) {
      const ok = await graphql(server, withVariables, { variables: { e: user.email, p: user.password }, ip: address })
      expect(ok.status).toBe(200)
      const data = ok.json().data as Record<string, { token: string }>
      expect([typeof data.first.token, typeof data.second.token]).toEqual(['string', 'string'])
    }
    const failed = await graphql(server, withVariables, { variables: { e: user.email, p: WRONG }, ip: address })
    expect(failed.status).toBe(200)
    expect(failed.json().data).toEqual({ first: null, second: null })
    expect((await graphql(server, `mutation { ${login('x', user.email, WRONG)} }`, { ip: address })).status).toBe(200)
    expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: PER_IP, lockUntil: null })
    expect((await graphql(server, `mutation { ${login('x', user.email, user.password)} }`, { ip: address })).status).toBe(429)
  })

  it('refuses a document it cannot read with 400, running nothing', async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    const res = await graphql(server, `mutation { ${login('a', user.email, WRONG)} `, { ip: freshAddress() })
    expect(res.status).toBe(400)
    expect(res.json()).toEqual({ errors: [{ message: expect.stringMatching(/^The GraphQL query could not be parsed: Syntax Error/) }] })
    expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: 0, lockUntil: null })
  })
})

describe('password reset requests', () => {
  it(`are charged to the address, and at most ${RESETS_PER_ACCOUNT} an hour go to one account (REST and GraphQL)`, async () => {
    const user = await createUser(ctx.payload, ['contributor'])
    for (let i = 0; i < RESETS_PER_ACCOUNT; i++) expect((await forgotPassword(server, user.email, freshAddress())).status).toBe(200)
    const refused = await forgotPassword(server, user.email.toUpperCase(), freshAddress())
    expectRefused(refused, 3600)
    expect(refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Too many password-reset requests for this account: try again in \d+ minutes?\.$/) }] })
    const viaGraphQL = await graphql(server, `mutation { forgotPasswordUser(email: ${JSON.stringify(user.email)}) }`, { ip: freshAddress() })
    expect(viaGraphQL.status).toBe(429)

    // One address asking for many accounts is stopped by the address limit.
    const address = freshAddress()
    for (let i = 0; i < PER_IP; i++) expect((await forgotPassword(server, `nobody-${i}@example.org`, address)).status).toBe(200)
    expect((await forgotPassword(server, 'nobody-else@example.org', address)).status).toBe(429)
    const aliases = Array.from({ length: PER_IP + 1 }, (_, i) => `r${i}: forgotPasswordUser(email: "someone-${i}@example.org")`).join(' ')
    expect((await graphql(server, `mutation { ${aliases} }`, { ip: freshAddress() })).status).toBe(429)
  })
})

describe('unlocking an account', () => {
  // Payload's own refusal, in the admin's default language.
  const notAllowed = vi.translations.error.notAllowedToPerformAction

  async function lockedUser(): Promise<TestUser> {
    const user = await createUser(ctx.payload, ['contributor'])
    const lockUntil = new Date(Date.now() + accountLock.lockTimeMs).toISOString()
    await ctx.payload.db.updateOne({ collection: slugs.users, id: user.user.id, data: { loginAttempts: accountLock.maxLoginAttempts, lockUntil } })
    return user
  }

  it('is refused with 403 to contributors, editors and publishers (REST and GraphQL), changing nothing, and done by an admin', async () => {
    const locked = await lockedUser()
    const before = await lockState(ctx, locked.email)
    expect(before.loginAttempts).toBe(accountLock.maxLoginAttempts)
    expect(before.lockUntil).not.toBeNull()
    for (const role of ['contributor', 'editor', 'publisher'] as const) {
      const staff = await createUser(ctx.payload, [role])
      const rest = await post(server, `/api/${slugs.users}/unlock`, { email: locked.email }, { headers: { authorization: `JWT ${staff.token}` } })
      expect(rest.status).toBe(403)
      expect(rest.json()).toEqual({ errors: [{ message: notAllowed }] })
      const gql = await graphql(server, `mutation { unlockUser(email: ${JSON.stringify(locked.email)}) }`, { token: staff.token })
      expect(gql.json()).toMatchObject({ data: null, errors: [{ message: notAllowed, path: ['unlockUser'] }] })
      // Unlocking themselves is refused too.
      expect((await post(server, `/api/${slugs.users}/unlock`, { email: staff.email }, { headers: { authorization: `JWT ${staff.token}` } })).status).toBe(403)
    }
    expect(await lockState(ctx, locked.email)).toEqual(before)

    // An admin unlocks, through REST or GraphQL.
    const admin = await createUser(ctx.payload, ['admin'])
    expect((await post(server, `/api/${slugs.users}/unlock`, { email: locked.email }, { headers: { authorization: `JWT ${admin.token}` } })).status).toBe(200)
    expect(await lockState(ctx, locked.email)).toEqual({ loginAttempts: 0, lockUntil: null })
    const second = await lockedUser()
    const gql = await graphql(server, `mutation { unlockUser(email: ${JSON.stringify(second.email)}) }`, { token: admin.token })
    expect(gql.json()).toEqual({ data: { unlockUser: true } })
    expect(await lockState(ctx, second.email)).toEqual({ loginAttempts: 0, lockUntil: null })
  })
})
