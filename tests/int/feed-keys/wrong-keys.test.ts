import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { createClient, type Res } from './helpers'

const LIMIT = 3

let ctx: TestContext
let server: TestServer
let admin: TestUser

beforeAll(async () => {
  // The tests speak for several clients, each from its own X-Forwarded-For address.
  ctx = await bootPayload({ TRUST_PROXY: 'true', FEED_BAD_KEY_LIMIT_PER_IP_PER_15MIN: String(LIMIT) })
  server = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

async function me(ip: string, authorization?: string): Promise<Res> {
  const headers: Record<string, string> = { 'x-forwarded-for': ip }
  if (authorization) headers.authorization = authorization
  const res = await fetch(`${server.url}/feed/v1/me`, { headers })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

let guess = 0
/** A well-formed key nobody was given. */
const wrongKey = () => `Bearer qtn_${String(++guess).padStart(43, 'G')}`

describe('wrong API keys from one address', () => {
  it(`are answered 429 after ${LIMIT} within 15 minutes, before any key is looked up; other addresses and valid keys are unaffected`, async () => {
    const client = await createClient(server, admin, { name: 'Thông tấn xã Việt Nam', rateLimitPerMinute: 1000 })
    const guesser = '198.51.100.7'
    const agency = '198.51.100.8'

    for (let i = 0; i < LIMIT - 1; i++) expect((await me(guesser, wrongKey())).status).toBe(401)
    // A malformed key is a wrong key too; a missing one is not a guess.
    expect((await me(guesser, 'Bearer not-a-key')).status).toBe(401)
    const refused = await me(guesser, wrongKey())
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Too many invalid API keys from this address: try again in \d+ minutes?\.$/) }] })
    // Refused before the lookup: even a valid key gets no answer from this address now.
    expect((await me(guesser, `Bearer ${client.key}`)).status).toBe(429)

    // Valid keys never count: the agency's address, after many good requests, still has its whole allowance.
    for (let i = 0; i < 2 * LIMIT; i++) expect((await me(agency, `Bearer ${client.key}`)).status).toBe(200)
    expect((await me(agency)).status).toBe(401)
    for (let i = 0; i < LIMIT; i++) expect((await me(agency, wrongKey())).status).toBe(401)
    expect((await me(agency, wrongKey())).status).toBe(429)

    // Keyless routes are not concerned.
    const feed = await fetch(`${server.url}/feed/v1/vi/rss.xml`, { headers: { 'x-forwarded-for': guesser } })
    expect(feed.status).toBe(200)
  })
})
