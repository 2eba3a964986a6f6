import { hashKey, KEY_PATTERN } from '../../../src/feed/keys'
import { scopeOf, assertInScope } from '../../../src/feed/auth'
import { CACHE_TTL_MS } from '../../../src/feed/clientCache'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient, storedText } from './helpers'

const HOUR = 3_600_000
const clock = manualClock()
let ctx: TestContext
let server: TestServer
let admin: TestUser
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload({ API_KEY_ROTATION_GRACE_HOURS: '24' }, { custom: { clock } })
  server = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
})
afterAll(async () => {
  const { closeFeed } = await import('../../../src/feed/shutdown')
  await server?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})
beforeEach(() => clock.set(new Date()))

const me = (key: string | null, authorization?: string) => call(server, '/feed/v1/me', { key, authorization })

function expect401(res: Awaited<ReturnType<typeof me>>, message: RegExp) {
  expect(res.status).toBe(401)
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  const body = res.json() as { errors: { message: string }[] }
  expect(body.errors).toHaveLength(1)
  expect(body.errors[0].message).toMatch(message)
}

describe('creating a client', () => {
  it('shows the key once, as doc.key of the create response, and stores only its SHA-256', async () => {
    const created = await createClient(server, admin, { types: ['press-release'], languages: ['vi', 'en'] })
    expect(created.key).toMatch(KEY_PATTERN)
    expect(created.doc.keyPrefix).toBe(created.key.slice(0, 10))
    expect(created.doc).not.toHaveProperty('keyHash')

    // Never readable again: REST by an admin, the Local API with access, GraphQL.
    const read = await call(server, `/api/${slugs.apiClients}/${created.id}`, { user: admin })
    expect(read.status).toBe(200)
    expect(read.text).not.toContain(created.key)
    expect(read.json()).not.toHaveProperty('key')
    expect(read.json()).not.toHaveProperty('keyHash')
    expect(read.json()).not.toHaveProperty('previousKeyHash')
    const list = await call(server, `/api/${slugs.apiClients}?limit=10`, { user: admin })
    expect(list.text).not.toContain(created.key)
    expect(list.text).not.toContain(hashKey(created.key))
    const gql = await call(server, '/api/graphql', { method: 'POST', user: admin, body: { query: `{ ApiClient(id: ${created.id}) { name keyPrefix } }` } })
    expect(gql.text).not.toContain(created.key)
    // Nor can an admin search by hash.
    const byHash = await call(server, `/api/${slugs.apiClients}?where[keyHash][equals]=${hashKey(created.key)}`, { user: admin })
    expect(byHash.status).toBe(400)
    expect(byHash.text).toContain('cannot be queried')

    // In the database: the hash, never the key.
    const row = (await ctx.payload.db.findOne({ collection: slugs.apiClients, where: { id: { equals: created.id } } })) as Record<string, unknown>
    expect(row.keyHash).toBe(hashKey(created.key))
    const stored = await storedText(ctx)
    expect(stored).toContain(hashKey(created.key))
    expect(stored).not.toContain(created.key)
    expect(stored).not.toContain(created.key.slice(12))

    // The key works.
    const res = await me(created.key)
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ name: 'Thông tấn xã Việt Nam', types: ['press-release'], languages: ['vi', 'en'], embargoPrivilege: false, rateLimitPerMinute: 120, restrictedBriefings: false })
  })

  it('ignores hashes and prefixes sent by the admin, and refuses other staff', async () => {
    const created = await createClient(server, admin, { keyHash: hashKey('qtn_chosen'), previousKeyHash: 'x', keyPrefix: 'mine' })
    const row = (await ctx.payload.db.findOne({ collection: slugs.apiClients, where: { id: { equals: created.id } } })) as Record<string, unknown>
    expect(row.keyHash).toBe(hashKey(created.key))
    expect(row.previousKeyHash ?? null).toBeNull()
    expect(row.keyPrefix).toBe(created.key.slice(0, 10))

    const patch = await call(server, `/api/${slugs.apiClients}/${created.id}`, { method: 'PATCH', user: admin, body: { keyHash: 'abc', previousKeyHash: 'def', name: 'Renamed' } })
    expect(patch.status).toBe(200)
    const after = (await ctx.payload.db.findOne({ collection: slugs.apiClients, where: { id: { equals: created.id } } })) as Record<string, unknown>
    expect(after).toMatchObject({ name: 'Renamed', keyHash: hashKey(created.key) })
    expect(after.previousKeyHash ?? null).toBeNull()

    expect((await call(server, `/api/${slugs.apiClients}`, { method: 'POST', user: editor, body: { name: 'x' } })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: editor })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST' })).status).toBe(401)
    expect((await call(server, `/api/${slugs.apiClients}/999999/rotate`, { method: 'POST', user: admin })).status).toBe(404)
  })

  it('gives a new key to a duplicated client, never the original one', async () => {
    const created = await createClient(server, admin)
    const copy = await ctx.payload.duplicate({ collection: slugs.apiClients, id: created.id, overrideAccess: true })
    const row = (await ctx.payload.db.findOne({ collection: slugs.apiClients, where: { id: { equals: copy.id } } })) as Record<string, unknown>
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(row.keyHash).not.toBe(hashKey(created.key))
  })
})

describe('refusing keys', () => {
  it('answers 401 JSON with WWW-Authenticate for a missing, malformed, unknown or revoked key', async () => {
    expect401(await me(null), /API key is required/)
    expect401(await me(null, 'Basic dXNlcjpwYXNz'), /Malformed Authorization/)
    expect401(await me(null, 'Bearer'), /Malformed Authorization/)
    expect401(await me('not-a-key'), /Invalid API key/)
    expect401(await me('qtn_' + 'A'.repeat(43)), /Invalid API key/)
    // Every path behind the key, existing or not.
    expect401(await call(server, '/feed/v1/nothing-here', { key: 'qtn_' + 'B'.repeat(43) }), /Invalid API key/)

    const created = await createClient(server, admin)
    expect((await me(created.key)).status).toBe(200)
    const off = await call(server, `/api/${slugs.apiClients}/${created.id}`, { method: 'PATCH', user: admin, body: { active: false } })
    expect(off.status).toBe(200)
    expect401(await me(created.key), /revoked/)
    // Reactivated: the same key works again.
    await call(server, `/api/${slugs.apiClients}/${created.id}`, { method: 'PATCH', user: admin, body: { active: true } })
    expect((await me(created.key)).status).toBe(200)

    const revoke = await call(server, `/api/${slugs.apiClients}/${created.id}/revoke`, { method: 'POST', user: admin })
    expect(revoke.status).toBe(200)
    expect(revoke.json()).toMatchObject({ doc: { id: created.id, active: false } })
    expect401(await me(created.key), /revoked/)

    // A deleted client's key is unknown at once.
    const other = await createClient(server, admin)
    expect((await me(other.key)).status).toBe(200)
    expect((await call(server, `/api/${slugs.apiClients}/${other.id}`, { method: 'DELETE', user: admin })).status).toBe(200)
    expect401(await me(other.key), /Invalid API key/)
  })
})

describe('rotation', () => {
  it('issues a new key once; the old one works during the grace period and not after', async () => {
    const created = await createClient(server, admin)
    expect((await me(created.key)).status).toBe(200)

    const rotated = await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: admin })
    expect(rotated.status).toBe(200)
    const body = rotated.json() as { key: string; doc: Record<string, unknown> }
    expect(body.key).toMatch(KEY_PATTERN)
    expect(body.key).not.toBe(created.key)
    expect(body.doc.key).toBe(body.key)
    expect(body.doc).not.toHaveProperty('keyHash')
    expect(body.doc).not.toHaveProperty('previousKeyHash')
    expect(new Date(body.doc.previousKeyExpiresAt as string).getTime()).toBe(clock.now().getTime() + 24 * HOUR)
    expect((await storedText(ctx)).includes(body.key)).toBe(false)

    expect((await me(body.key)).status).toBe(200)
    expect((await me(created.key)).status).toBe(200)
    clock.advance(24 * HOUR - 1000)
    expect((await me(created.key)).status).toBe(200)
    clock.advance(1000)
    expect401(await me(created.key), /grace period has ended/)
    expect((await me(body.key)).status).toBe(200)

    // A second rotation: only the last two keys ever work.
    const again = (await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: admin })).json() as { key: string }
    expect401(await me(created.key), /Invalid API key/)
    expect((await me(body.key)).status).toBe(200)
    expect((await me(again.key)).status).toBe(200)

    // Grace 0: the old key stops at once (a leaked key).
    const now = (await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: admin, body: { graceHours: 0 } })).json() as { key: string }
    expect401(await me(again.key), /Invalid API key/)
    expect((await me(now.key)).status).toBe(200)
    expect((await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: admin, body: { graceHours: -1 } })).status).toBe(400)

    // Revocation also ends the grace period.
    const last = (await call(server, `/api/${slugs.apiClients}/${created.id}/rotate`, { method: 'POST', user: admin })).json() as { key: string }
    expect((await me(now.key)).status).toBe(200)
    await call(server, `/api/${slugs.apiClients}/${created.id}/revoke`, { method: 'POST', user: admin })
    await call(server, `/api/${slugs.apiClients}/${created.id}`, { method: 'PATCH', user: admin, body: { active: true } })
    expect((await me(last.key)).status).toBe(200)
    expect401(await me(now.key), /Invalid API key/)
  })
})

describe('last use', () => {
  it('records lastUsedAt in the background, at most once a minute', async () => {
    const created = await createClient(server, admin)
    const read = async () => ((await ctx.payload.findByID({ collection: slugs.apiClients, id: created.id })) as { lastUsedAt?: string | null }).lastUsedAt
    expect(await read()).toBeFalsy()
    const first = clock.now()
    expect((await me(created.key)).status).toBe(200)
    await waitFor(async () => (await read()) === first.toISOString())
    clock.advance(30_000)
    expect((await me(created.key)).status).toBe(200)
    await new Promise((r) => setTimeout(r, 200))
    expect(await read()).toBe(first.toISOString())
    clock.advance(31_000)
    const third = clock.now()
    expect((await me(created.key)).status).toBe(200)
    await waitFor(async () => (await read()) === third.toISOString())
    // Recording use does not clear the key cache: the key still resolves from memory.
    expect(CACHE_TTL_MS).toBeGreaterThan(1000)
  })
})

describe('scope', () => {
  it('tells what is in scope; empty lists mean everything; out of scope is a plain 404', () => {
    const all = scopeOf({ id: 1, name: 'a', types: [], languages: [], embargoPrivilege: false, rateLimitPerMinute: 1 })
    expect(all.allows('publications', 'lo')).toBe(true)
    expect(all.types).toEqual(['press-release', 'publication', 'training-material', 'partner-media', 'briefing'])
    const some = scopeOf({ id: 2, name: 'b', types: ['press-releases'], languages: ['en'], embargoPrivilege: false, rateLimitPerMinute: 1 })
    expect(some.allows('press-releases')).toBe(true)
    expect(some.allows('press-releases', 'en')).toBe(true)
    expect(some.allows('press-releases', 'vi')).toBe(false)
    expect(some.allows('publications', 'en')).toBe(false)
    expect(some.allows('users')).toBe(false)
    expect(() => assertInScope({ id: 2, name: 'b', types: ['press-releases'], languages: ['en'], embargoPrivilege: false, rateLimitPerMinute: 1 }, 'publications')).toThrow(
      expect.objectContaining({ status: 404, message: 'Item not found' }),
    )
  })
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time')
    await new Promise((r) => setTimeout(r, 25))
  }
}
