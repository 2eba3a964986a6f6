import express from 'express'
import type { AddressInfo } from 'node:net'

import { rateLimitPerClient } from '../../../src/feed/rateLimit'
import type { FeedDeps } from '../../../src/feed/types'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from './helpers'

let ctx: TestContext
let server: TestServer
let admin: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  const { closeFeed } = await import('../../../src/feed/shutdown')
  await server?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})

describe('rate limit per key (memory store)', () => {
  it('answers 429 with Retry-After and RateLimit headers after the client’s own limit, other clients unaffected', async () => {
    const small = await createClient(server, admin, { name: 'Small', rateLimitPerMinute: 3 })
    const other = await createClient(server, admin, { name: 'Other', rateLimitPerMinute: 5 })

    for (let i = 1; i <= 3; i++) {
      const res = await call(server, '/feed/v1/me', { key: small.key })
      expect(res.status).toBe(200)
      expect(res.headers.get('ratelimit-policy')).toMatch(/^"per-key"; q=3; w=60; pk=:[A-Za-z0-9+/=]+:$/)
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"per-key"; r=${3 - i}; t=\\d+$`))
    }
    const limited = await call(server, '/feed/v1/me', { key: small.key })
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(limited.headers.get('content-type')).toMatch(/application\/json/)
    expect(limited.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Rate limit exceeded: 3 requests per minute/) }] })

    // Another client has its own budget.
    for (let i = 0; i < 5; i++) expect((await call(server, '/feed/v1/me', { key: other.key })).status).toBe(200)
    expect((await call(server, '/feed/v1/me', { key: other.key })).status).toBe(429)

    // A bad key is refused before it can use anyone's budget.
    expect((await call(server, '/feed/v1/me', { key: 'qtn_' + 'C'.repeat(43) })).status).toBe(401)
  })

  it('applies a changed limit at once in this process', async () => {
    const client = await createClient(server, admin, { name: 'Grows', rateLimitPerMinute: 1 })
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(429)
    await call(server, `/api/api-clients/${client.id}`, { method: 'PATCH', user: admin, body: { rateLimitPerMinute: 10 } })
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
  })

  it('counts in this process’s memory, and logs once, when Redis cannot be reached (the limit still holds)', async () => {
    const errors: unknown[] = []
    const logger = { error: (...args: unknown[]) => errors.push(args), warn: () => undefined, info: () => undefined, debug: () => undefined }
    const deps = { payload: ctx.payload, env: { ...ctx.env, redisUrl: 'redis://127.0.0.1:1' }, logger } as unknown as FeedDeps
    const app = express()
    app.use((req, _res, next) => {
      req.apiClient = { id: 'unreachable', name: 'x', types: [], languages: [], embargoPrivilege: false, rateLimitPerMinute: 1 }
      next()
    })
    app.use(rateLimitPerClient(deps))
    app.get('/', (_req, res) => void res.json({ ok: true }))
    const listening = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listening.once('listening', resolve))
    try {
      const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`
      const started = Date.now()
      expect((await fetch(url)).status).toBe(200)
      expect((await fetch(url)).status).toBe(429)
      expect((await fetch(url)).status).toBe(429)
      expect(Date.now() - started).toBeLessThan(10_000)
      // Logged once, not once per request.
      expect(errors).toHaveLength(1)
    } finally {
      listening.close()
      listening.closeAllConnections()
    }
  })
})
