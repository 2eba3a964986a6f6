import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createClient as createRedis } from 'redis'

import { emailHashOf } from '../../../src/email/addresses'
import { installOf } from '../../../src/limits/counters'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'
import { freshAddress, logSink, lockState, post, signIn, startApp } from './helpers'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
/** Nothing listens there: every Redis command fails at once. */
const NO_REDIS = 'redis://127.0.0.1:1'
const PER_IP = 3
const WRONG = 'not the password at all'

let ctx: TestContext
let one: TestServer
let two: TestServer
let admin: TestUser
let mailDir: string

beforeAll(async () => {
  mailDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-mail-'))
  ctx = await bootPayload({ REDIS_URL, TRUST_PROXY: 'true', LOGIN_LIMIT_PER_IP_PER_15MIN: String(PER_IP), MAIL_CAPTURE_DIR: mailDir })
  // Two app instances (two createApp, as two processes would be): each has its own limiters.
  one = await startServer(ctx)
  two = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  await one?.close()
  await two?.close()
  await ctx?.destroy()
  await fs.rm(mailDir, { recursive: true, force: true })
})

describe('sign-in limits shared through Redis', () => {
  it('count the failures of both instances against one limit, keyed without any address in clear', async () => {
    const user = await createUser(ctx.payload, ['editor'])
    const address = freshAddress()
    expect((await signIn(one, user.email, WRONG, address)).status).toBe(401)
    expect((await signIn(two, user.email, WRONG, address)).status).toBe(401)
    expect((await signIn(one, user.email, WRONG, address)).status).toBe(401)
    expect((await signIn(two, user.email, WRONG, address)).status).toBe(429)
    expect((await signIn(one, user.email, user.password, address)).status).toBe(429)
    expect(await lockState(ctx, user.email)).toEqual({ loginAttempts: PER_IP, lockUntil: null })

    // The owner signs in elsewhere; that address is then known to the account, in Redis.
    const home = freshAddress()
    expect((await signIn(two, user.email, user.password, home)).status).toBe(200)

    const redis = createRedis({ url: REDIS_URL })
    await redis.connect()
    try {
      const install = installOf(ctx.env)
      expect(await redis.get(`rl:signin:${install}:ip:${address}`)).toBe(String(PER_IP + 2))
      expect(await redis.get(`rl:signin:${install}:known:${emailHashOf(user.email)}:${home}`)).toBe('1')
      const keys = await redis.keys(`rl:signin:${install}:*`)
      expect(keys.some((k) => k.includes('@'))).toBe(false)
    } finally {
      await redis.close()
    }
  })
})

describe('every limit while Redis does not answer', () => {
  it('holds, counted in this process’s memory, and the outage is logged without a line per request', async () => {
    const sink = logSink()
    const started = Date.now()
    const down = await startApp(
      ctx,
      { redisUrl: NO_REDIS, feedBadKeyLimitPerIpPer15Min: 2, email: { ...ctx.env.email, limitPerIpPerHour: 1 } },
      sink.logger,
    )
    let requests = 0
    try {
      // Sign-in, per address.
      const user = await createUser(ctx.payload, ['contributor'])
      const address = freshAddress()
      for (let i = 0; i < PER_IP; i++) expect((await signIn(down, user.email, WRONG, address)).status).toBe(401)
      expect((await signIn(down, user.email, WRONG, address)).status).toBe(429)
      requests += PER_IP + 1

      // The sign-up form, per address.
      const signupFrom = freshAddress()
      expect((await post(down, '/subscribe', { email: 'first@press.example', consent: true }, { ip: signupFrom })).status).toBe(202)
      expect((await post(down, '/subscribe', { email: 'second@press.example', consent: true }, { ip: signupFrom })).status).toBe(429)
      requests += 2

      // The agency API, per key, and wrong keys per address.
      const client = await createClient(one, admin, { name: 'Limited', rateLimitPerMinute: 1 })
      expect((await call(down, '/feed/v1/me', { key: client.key })).status).toBe(200)
      expect((await call(down, '/feed/v1/me', { key: client.key })).status).toBe(429)
      for (let i = 0; i < 2; i++) expect((await call(down, '/feed/v1/me', { key: 'qtn_' + 'D'.repeat(43) })).status).toBe(401)
      expect((await call(down, '/feed/v1/me', { key: 'qtn_' + 'D'.repeat(43) })).status).toBe(429)
      requests += 5
    } finally {
      await down.close()
    }
    const outage = sink.lines().filter((l) => l.msg === "rate limits: Redis did not answer; counting in this process's memory until it does")
    expect(outage.length).toBeGreaterThanOrEqual(1)
    // At most one line per 10 s (and the first at once), however many requests failed over.
    expect(outage.length).toBeLessThanOrEqual(Math.floor((Date.now() - started) / 10_000) + 1)
    expect(outage.length).toBeLessThan(requests)
  })
})
