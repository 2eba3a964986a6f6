import { createClient as createRedis } from 'redis'

import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from './helpers'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

let ctx: TestContext
let one: TestServer
let two: TestServer
let admin: TestUser

beforeAll(async () => {
  ctx = await bootPayload({ REDIS_URL })
  // Two app instances (two createApp, as two processes would be): each has its own limiter.
  one = await startServer(ctx)
  two = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  const { closeFeed } = await import('../../../src/feed/shutdown')
  await one?.close()
  await two?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})

describe('rate limit shared through Redis', () => {
  it('counts the requests of both instances against one limit', async () => {
    const client = await createClient(one, admin, { name: 'Shared', rateLimitPerMinute: 4 })
    const other = await createClient(one, admin, { name: 'Unaffected', rateLimitPerMinute: 4 })
    expect((await call(one, '/feed/v1/me', { key: client.key })).status).toBe(200)
    expect((await call(two, '/feed/v1/me', { key: client.key })).status).toBe(200)
    expect((await call(one, '/feed/v1/me', { key: client.key })).status).toBe(200)
    const fourth = await call(two, '/feed/v1/me', { key: client.key })
    expect(fourth.status).toBe(200)
    expect(fourth.headers.get('ratelimit')).toMatch(/^"per-key"; r=0; t=\d+/)
    const limitedOnOne = await call(one, '/feed/v1/me', { key: client.key })
    const limitedOnTwo = await call(two, '/feed/v1/me', { key: client.key })
    expect(limitedOnOne.status).toBe(429)
    expect(limitedOnTwo.status).toBe(429)
    expect(Number(limitedOnTwo.headers.get('retry-after'))).toBeGreaterThan(0)

    expect((await call(two, '/feed/v1/me', { key: other.key })).status).toBe(200)

    // The counter really lives in Redis, under the feed's prefix.
    const redis = createRedis({ url: REDIS_URL })
    await redis.connect()
    try {
      const keys = await redis.keys(`rl:feed:*:${client.id}`)
      expect(keys.length).toBeGreaterThanOrEqual(1)
      const counts = await Promise.all(keys.map((k) => redis.get(k)))
      expect(counts.map(Number)).toContain(6)
    } finally {
      await redis.close()
    }
  })
})
